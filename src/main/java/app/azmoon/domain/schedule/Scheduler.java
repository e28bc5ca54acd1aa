package app.azmoon.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * FSRS-6 scheduling, pure: given a card's state and the time of the review, every possible next
 * state. It owns no clock, no store and no randomness; fuzz comes from the card id and review
 * count.
 *
 * <p>{@code new Scheduler(Parameters.DEFAULT).next(CardState.NEW, now, "kw-text-stalin")} gives
 * again in 1 minute, hard in 6, good in 10 (the next learning step) and easy in 8 days; the caller
 * keeps {@code .get(rating).card()} once the learner has chosen.
 *
 * <p>In short-term mode (the default) learning and relearning follow the steps (see {@link
 * LearningSteps}); otherwise every rating, even of a new card, is scheduled in whole days with
 * again &lt; hard &lt; good &lt; easy, like ts-fsrs's long-term scheduler.
 */
public final class Scheduler {
  private static final long SECONDS_PER_DAY = 86_400;

  private static final long MINUTES_PER_DAY = 24 * 60;

  private final Parameters parameters;
  private final MemoryModel model;

  public Scheduler(Parameters parameters) {
    this.parameters = Objects.requireNonNull(parameters);
    this.model = new MemoryModel(parameters);
  }

  public Parameters parameters() {
    return parameters;
  }

  /**
   * The four outcomes of reviewing {@code card} at {@code now}. {@code cardId} is the question id
   * (as in {@link Review#card()}); with the review count it seeds the fuzz.
   */
  public Outcomes next(CardState card, Instant now, String cardId) {
    Turn turn = new Turn(card, now, Fuzz.seed(cardId, card.reps()));
    if (!parameters.shortTerm()) {
      return inDays(turn);
    }
    return card.state() == State.REVIEW ? fromReview(turn) : onSteps(turn);
  }

  /** The state after rating {@code card} at {@code now}. */
  public CardState review(CardState card, Rating rating, Instant now, String cardId) {
    return next(card, now, cardId).get(rating).card();
  }

  /** The state of a card after its whole history, oldest review first. */
  public CardState replay(List<Review> reviews) {
    return replay(CardState.NEW, reviews);
  }

  /**
   * The state after the reviews that followed {@code from}: a snapshot plus the log's tail gives
   * the same state as the whole log. All reviews must be of one card.
   */
  public CardState replay(CardState from, List<Review> reviews) {
    CardState card = from;
    Review first = reviews.isEmpty() ? null : reviews.get(0);
    for (Review r : reviews) {
      if (!r.card().equals(first.card()) || !r.bank().equals(first.bank())) {
        throw new IllegalArgumentException(
            "one card's reviews expected, got " + first.card() + " and " + r.card());
      }
      card = review(card, r.rating(), r.at(), r.card());
    }
    return card;
  }

  /** The probability that {@code card} is recalled at {@code now}; 0 for a new card. */
  public double retrievability(CardState card, Instant now) {
    if (card.state() == State.NEW || card.lastReview().isEmpty()) {
      return 0;
    }
    return model.retrievability(elapsed(card, now), card.stability());
  }

  /**
   * Days between two instants as the reference counts them: the difference of their UTC dates, so
   * 23:50 to 00:10 the next day is 1 day and 00:10 to 23:50 the same day is 0.
   */
  public static long elapsedDays(Instant from, Instant to) {
    // A UTC date is the epoch second's floor over 86,400: the same difference as LocalDate's,
    // without building two dates per review (a quarter of replaying a long log).
    return Math.floorDiv(to.getEpochSecond(), SECONDS_PER_DAY)
        - Math.floorDiv(from.getEpochSecond(), SECONDS_PER_DAY);
  }

  // A review log may hold a review older than the one before it (clocks move); count that as the
  // same day rather than failing the whole replay.
  private static int elapsed(CardState card, Instant now) {
    if (card.state() == State.NEW || card.lastReview().isEmpty()) {
      return 0;
    }
    return (int) Math.max(0, elapsedDays(card.lastReview().get(), now));
  }

  /** One review being scheduled: the card before it, when, and the fuzz seed. */
  private record Turn(CardState card, Instant now, long seed) {
    int elapsed() {
      return Scheduler.elapsed(card, now);
    }
  }

  /** New, learning or relearning in short-term mode: each rating takes a step or graduates. */
  private Outcomes onSteps(Turn t) {
    State stay = t.card().state() == State.NEW ? State.LEARNING : t.card().state();
    Outcome[] o = new Outcome[4];
    for (Rating g : Rating.values()) {
      o[g.ordinal()] = stepOrGraduate(t, g, memory(t, g), stay, t.card().lapses());
    }
    return new Outcomes(o[0], o[1], o[2], o[3]);
  }

  /** Review in short-term mode: again relearns (a lapse); the others are day intervals. */
  private Outcomes fromReview(Turn t) {
    Memory hard = memory(t, Rating.HARD);
    Memory good = memory(t, Rating.GOOD);
    Memory easy = memory(t, Rating.EASY);
    int h = interval(t, hard);
    int g = interval(t, good);
    int e = interval(t, easy);
    // Fuzz and rounding may tie or invert neighbours; the reference keeps hard < good < easy.
    h = Math.min(h, g);
    g = Math.max(g, h + 1);
    e = Math.max(e, g + 1);
    int lapses = t.card().lapses();
    return new Outcomes(
        stepOrGraduate(t, Rating.AGAIN, memory(t, Rating.AGAIN), State.RELEARNING, lapses + 1),
        inDays(t, Rating.HARD, hard, h, lapses),
        inDays(t, Rating.GOOD, good, g, lapses),
        inDays(t, Rating.EASY, easy, e, lapses));
  }

  /**
   * Long-term mode: every rating from every state is a day interval, again < hard < good < easy.
   */
  private Outcomes inDays(Turn t) {
    Memory[] m = new Memory[4];
    int[] days = new int[4];
    for (Rating g : Rating.values()) {
      m[g.ordinal()] = memory(t, g);
      days[g.ordinal()] = interval(t, m[g.ordinal()]);
    }
    days[0] = Math.min(days[0], days[1]);
    for (int i = 1; i < 4; i++) {
      days[i] = Math.max(days[i], days[i - 1] + 1);
    }
    int lapses = t.card().lapses();
    int lapsed = t.card().state() == State.NEW ? lapses : lapses + 1;
    return new Outcomes(
        inDays(t, Rating.AGAIN, m[0], days[0], lapsed),
        inDays(t, Rating.HARD, m[1], days[1], lapses),
        inDays(t, Rating.GOOD, m[2], days[2], lapses),
        inDays(t, Rating.EASY, m[3], days[3], lapses));
  }

  private Outcome stepOrGraduate(Turn t, Rating g, Memory m, State stay, int lapses) {
    Optional<LearningSteps.Step> step =
        LearningSteps.of(parameters, t.card().state(), t.card().step(), g);
    long minutes = step.map(LearningSteps.Step::minutes).orElse(0L);
    if (minutes > 0 && minutes < MINUTES_PER_DAY) {
      return outcome(t, g, stay, m, step.get().next(), Duration.ofMinutes(minutes), lapses);
    }
    if (minutes >= MINUTES_PER_DAY) {
      // A step of a day or more is served as review, yet keeps its place among the steps.
      return outcome(t, g, State.REVIEW, m, step.get().next(), Duration.ofMinutes(minutes), lapses);
    }
    return inDays(t, g, m, interval(t, m), lapses);
  }

  // Each interval is capped at the maximum before the ordering; like the reference, the ordering
  // may then go past it by a day or three (hard, good, easy all at the cap become max+1, +2, +3).
  private Outcome inDays(Turn t, Rating g, Memory m, int days, int lapses) {
    return outcome(t, g, State.REVIEW, m, 0, Duration.ofDays(days), lapses);
  }

  private Outcome outcome(
      Turn t, Rating g, State state, Memory m, int step, Duration interval, int lapses) {
    CardState c = t.card();
    CardState next =
        new CardState(
            state,
            m.stability(),
            m.difficulty(),
            t.now().plus(interval),
            Optional.of(t.now()),
            c.reps() + 1,
            lapses,
            step);
    return new Outcome(g, next, interval);
  }

  private Memory memory(Turn t, Rating g) {
    CardState c = t.card();
    if (c.state() == State.NEW) {
      return model.initial(g);
    }
    return model.next(new Memory(c.stability(), c.difficulty()), t.elapsed(), g);
  }

  /** The day interval for a memory, fuzzed when fuzz is on. */
  private int interval(Turn t, Memory m) {
    int days = model.interval(m.stability());
    return parameters.fuzz()
        ? Fuzz.apply(days, t.elapsed(), parameters.maximumInterval(), t.seed())
        : days;
  }
}
