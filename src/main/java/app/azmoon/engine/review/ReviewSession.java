package app.azmoon.engine.review;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.answer.Verdict;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.schedule.CardState;
import app.azmoon.domain.schedule.Outcomes;
import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import app.azmoon.domain.schedule.Scheduler;
import app.azmoon.domain.schedule.State;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A flashcard review, whatever the front end: shows the next card, judges a typed answer if there
 * is one, takes a rating, writes it to the log before moving on, and can undo the last rating.
 *
 * <pre>{@code
 * ReviewSession s = new ReviewSession(queue, deckStates, scheduler, Language.FA, clock, log);
 * s.current();                 // the card
 * s.preview();                 // its four outcomes: "1 again 10m · 2 hard 1d · …"
 * s.typed("استالین");          // optional: pre-selects good when right, again when wrong
 * s.rate(Rating.GOOD);         // saved, then the next card
 * }</pre>
 */
public final class ReviewSession {
  /** A rating as saved: the card, the rating and when the card is next due. */
  public record Rated(Card card, Rating rating, Instant due, Optional<Verdict> verdict) {}

  /** The end of a session: how many rated, how many typed answers were right, the next due card. */
  public record Summary(int reviewed, int typed, int right, Optional<Instant> nextDue) {}

  /** Cards due within this long are shown again in the same session. */
  static final Duration LEARN_AHEAD = Duration.ofMinutes(20);

  private final Deque<Card> queue;
  private final Map<String, CardState> states;
  private final Scheduler scheduler;
  private final Language language;
  private final InstantSource clock;
  private final ReviewSink sink;
  private final Deque<Card> done = new ArrayDeque<>();
  private final List<Rated> rated = new ArrayList<>();
  private Optional<Verdict> verdict = Optional.empty();
  private Instant shownAt;
  private String typedAnswer;

  /**
   * {@code states} holds every card's state (not only the queue's), to tell when the next is due.
   */
  public ReviewSession(
      List<Card> queue,
      Map<String, CardState> states,
      Scheduler scheduler,
      Language language,
      InstantSource clock,
      ReviewSink sink) {
    this.queue = new ArrayDeque<>(queue);
    this.states = new HashMap<>(states);
    this.scheduler = scheduler;
    this.language = language;
    this.clock = clock;
    this.sink = sink;
  }

  /** Cards still to show, the current one included. */
  public int remaining() {
    return queue.size();
  }

  public Optional<Card> current() {
    Card card = queue.peekFirst();
    if (card != null && shownAt == null) {
      shownAt = clock.instant();
    }
    return Optional.ofNullable(card);
  }

  /** The four possible next states of the current card, to label the rating keys. */
  public Outcomes preview() {
    Card card = current().orElseThrow();
    return scheduler.next(card.state(), clock.instant(), card.question().id());
  }

  /** Judges a typed answer to the current card. */
  public Verdict typed(String answer) {
    Card card = current().orElseThrow();
    Verdict v = AnswerChecker.check(card.question(), answer, language);
    verdict = Optional.of(v);
    typedAnswer = answer;
    return v;
  }

  /** Good after a right typed answer, again after a wrong one; empty when nothing was typed. */
  public Optional<Rating> preselected() {
    return verdict.map(v -> v.correct() ? Rating.GOOD : Rating.AGAIN);
  }

  /** The right answer to show when the learner reveals the card. */
  public String answer() {
    return AnswerChecker.check(current().orElseThrow().question(), "", language).expected();
  }

  /** Rates the current card: the review is in the log when this returns. */
  public Rated rate(Rating rating) {
    Card card = current().orElseThrow();
    Instant now = clock.instant();
    Review review =
        new Review(
            card.bank().id(),
            card.question().id(),
            now,
            rating,
            Optional.ofNullable(typedAnswer),
            verdict.map(Verdict::correct),
            Optional.of(Duration.between(shownAt, now)));
    sink.append(review);
    CardState next = scheduler.review(card.state(), rating, now, card.question().id());
    queue.removeFirst();
    done.push(card);
    states.put(card.key(), next);
    // A card due again within minutes (a learning step) comes back at the end, as in Anki.
    if (!next.due().isAfter(now.plus(LEARN_AHEAD))) {
      queue.addLast(card.with(next));
    }
    Rated result = new Rated(card, rating, next.due(), verdict);
    rated.add(result);
    verdict = Optional.empty();
    typedAnswer = null;
    shownAt = null;
    return result;
  }

  /** Takes back the last rating: a correction is logged and the card is asked again. */
  public Optional<Card> undo() {
    if (done.isEmpty()) {
      return Optional.empty();
    }
    Card card = done.pop();
    Rated last = rated.remove(rated.size() - 1);
    sink.undo(card.bank().id(), card.question().id(), clock.instant());
    queue.removeIf(c -> c.key().equals(card.key()));
    queue.addFirst(card);
    states.put(card.key(), card.state());
    verdict = Optional.empty();
    typedAnswer = null;
    shownAt = null;
    return Optional.of(last.card());
  }

  public Summary summary() {
    int typed = (int) rated.stream().filter(r -> r.verdict().isPresent()).count();
    int right =
        (int) rated.stream().filter(r -> r.verdict().map(Verdict::correct).orElse(false)).count();
    Optional<Instant> nextDue =
        states.values().stream()
            .filter(s -> s.state() != State.NEW)
            .map(CardState::due)
            .min(Instant::compareTo);
    return new Summary(rated.size(), typed, right, nextDue);
  }
}
