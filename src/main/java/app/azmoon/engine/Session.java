package app.azmoon.engine;

import app.azmoon.domain.answer.Verdict;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;

/**
 * One quiz session, whatever the front end: asks the planned questions in turn, judges answers,
 * keeps score and streak, and sums up. Clock and randomness come from outside, so a test drives it
 * with no terminal and a fixed clock.
 *
 * <pre>{@code
 * Session s = new Session(plan, Rules.DEFAULT, Language.FA, clock, random);
 * while (s.current().isPresent()) {
 *   Feedback f = s.answer(readLine());   // or s.skip(), s.hint()
 * }
 * Summary summary = s.summary();
 * }</pre>
 */
public final class Session {
  /** The question being asked: where it stands in the session and whether it is a retry. */
  public record Turn(Asked asked, int number, int total, boolean retry) {}

  private final Judge judge;
  private final Rules rules;
  private final Language language;
  private final InstantSource clock;
  private final RandomGenerator random;
  private final int planned;
  private final Deque<Asked> queue;
  private final Set<String> retrying = new HashSet<>();
  private final List<Feedback> firstTries = new ArrayList<>();
  private final Instant started;
  private Instant shownAt;
  private Set<Integer> removed = new HashSet<>();
  private boolean hinted;
  private double score;
  private int streak;
  private int bestStreak;
  private boolean ended;

  public Session(
      List<Asked> plan,
      Rules rules,
      Language language,
      InstantSource clock,
      RandomGenerator random) {
    this(plan, rules, language, clock, random, Judge.DIRECT);
  }

  /** A session whose answers {@code judge} judges (one shared by a class graded together). */
  public Session(
      List<Asked> plan,
      Rules rules,
      Language language,
      InstantSource clock,
      RandomGenerator random,
      Judge judge) {
    this.judge = judge;
    this.rules = rules;
    this.language = language;
    this.clock = clock;
    this.random = random;
    this.planned = plan.size();
    this.queue = new ArrayDeque<>(plan);
    this.started = clock.instant();
  }

  public Language language() {
    return language;
  }

  public Rules rules() {
    return rules;
  }

  /**
   * The question to ask now, or empty when the session is over; starts its clock when first seen.
   */
  public Optional<Turn> current() {
    if (ended || queue.isEmpty()) {
      return Optional.empty();
    }
    if (shownAt == null) {
      shownAt = clock.instant();
    }
    Asked asked = queue.peekFirst();
    boolean retry = retrying.contains(asked.key());
    int number = retry ? firstTries.size() : firstTries.size() + 1;
    return Optional.of(new Turn(asked, number, planned, retry));
  }

  /** Judges {@code answer} to the current question and moves on. */
  public Feedback answer(String answer) {
    Turn turn = current().orElseThrow(() -> new IllegalStateException("the session is over"));
    Verdict verdict = judge.judge(turn.asked(), answer, language);
    return settle(turn, answer, verdict, false);
  }

  /** Passes on the current question: no credit, and with retries on it comes back later. */
  public Feedback skip() {
    Turn turn = current().orElseThrow(() -> new IllegalStateException("the session is over"));
    return settle(turn, "", unanswered(turn.asked()), true);
  }

  /**
   * A hint for the current question, costing {@link Rules#HINT_COST} of its points: removes a wrong
   * option of a choice question, or reveals the start of a text, cloze, number or date answer.
   * Empty when the question has no (further) hint to give.
   */
  public Optional<Hint> hint() {
    Turn turn = current().orElseThrow(() -> new IllegalStateException("the session is over"));
    Question q = turn.asked().question();
    Optional<Hint> hint = Optional.empty();
    if (q instanceof Question.Choice c) {
      List<Integer> wrong =
          IntStream.range(0, c.choices().size())
              .filter(i -> !c.correct().contains(i) && !removed.contains(i))
              .boxed()
              .toList();
      // Keep one wrong option: a question with only right options left asks nothing.
      if (wrong.size() > 1) {
        removed.add(wrong.get(random.nextInt(wrong.size())));
        hint = Optional.of(new Hint(removed, List.of(), 0));
      }
    } else {
      hint = hinted ? Optional.empty() : reveal(q, language);
    }
    hint.ifPresent(h -> hinted = true);
    return hint;
  }

  /**
   * Ends the session now (:quit, Ctrl-D, Ctrl-C, the end of the answers); what was answered stays.
   * Under a drill's rules ({@link Rules#wholePlan()}) each planned question not yet asked becomes a
   * first try {@link Outcome#NOT_REACHED}, earning nothing, so the score is out of the whole plan.
   */
  public void end() {
    if (rules.wholePlan() && !ended) {
      for (Asked asked : queue) {
        if (!retrying.contains(asked.key())) {
          firstTries.add(
              new Feedback(
                  asked,
                  "",
                  unanswered(asked),
                  Outcome.NOT_REACHED,
                  0,
                  0,
                  Duration.ZERO,
                  false,
                  true,
                  0));
        }
      }
    }
    ended = true;
  }

  /** Points so far, bonus included. */
  public double score() {
    return score;
  }

  /** First tries answered fully right in a row, up to now. */
  public int streak() {
    return streak;
  }

  /** The options of the current question that hints have removed (bank indices). */
  public Set<Integer> removed() {
    return Set.copyOf(removed);
  }

  public boolean over() {
    return current().isEmpty();
  }

  public Summary summary() {
    Map<String, double[]> byTag = new LinkedHashMap<>();
    double earned = 0;
    double bonus = 0;
    double max = 0;
    for (Feedback f : firstTries) {
      double points = f.asked().question().info().points();
      earned += f.earned();
      bonus += f.bonus();
      max += points;
      for (String tag : f.asked().question().info().tags()) {
        double[] t = byTag.computeIfAbsent(tag, k -> new double[2]);
        t[0] += f.earned();
        t[1] += points;
      }
    }
    Map<String, Summary.TagScore> tags = new LinkedHashMap<>();
    byTag.forEach((tag, t) -> tags.put(tag, new Summary.TagScore(t[0], t[1])));
    return new Summary(
        started, clock.instant(), earned, bonus, max, planned, bestStreak, firstTries, tags);
  }

  private Feedback settle(Turn turn, String answer, Verdict verdict, boolean skipped) {
    Instant now = clock.instant();
    Duration took = Duration.between(shownAt, now);
    boolean timeUp = rules.timeLimit().map(limit -> took.compareTo(limit) > 0).orElse(false);
    if (timeUp) {
      verdict = Verdict.wrong(verdict.normalized(), verdict.expected());
    }
    Outcome outcome =
        skipped
            ? Outcome.SKIPPED
            : timeUp
                ? Outcome.TIME_UP
                : verdict.correct()
                    ? (verdict.typo() ? Outcome.TYPO : Outcome.RIGHT)
                    : verdict.credit() > 0 ? Outcome.PARTIAL : Outcome.WRONG;
    Asked asked = queue.removeFirst();
    boolean firstTry = !turn.retry();
    double points = asked.question().info().points();
    double earned = firstTry ? points * verdict.credit() * (hinted ? 1 - Rules.HINT_COST : 1) : 0;
    double bonus =
        firstTry && rules.speedBonus() && verdict.correct() ? earned * speedShare(took) : 0;
    score += earned + bonus;
    if (firstTry) {
      streak = verdict.correct() ? streak + 1 : 0;
      bestStreak = Math.max(bestStreak, streak);
    }
    if (rules.retryMissed() && !verdict.correct()) {
      retrying.add(asked.key());
      queue.addLast(asked);
    }
    Feedback feedback =
        new Feedback(
            asked, answer, verdict, outcome, earned, bonus, took, hinted, firstTry, streak);
    if (firstTry) {
      firstTries.add(feedback);
    }
    shownAt = null;
    removed = new HashSet<>();
    hinted = false;
    return feedback;
  }

  /** The verdict on no answer: no credit, the right answer as the question shows it. */
  private Verdict unanswered(Asked asked) {
    Verdict expected = judge.judge(asked, "", language);
    return Verdict.wrong("", expected.expected());
  }

  /** Kahoot's rule: the bonus falls linearly from the full share at once to none at the limit. */
  private double speedShare(Duration took) {
    Duration window = rules.timeLimit().orElse(Rules.BONUS_WINDOW);
    double used = (double) took.toMillis() / window.toMillis();
    return Rules.MAX_BONUS * Math.max(0, 1 - used);
  }

  /** The start of the answer, as a hint; empty for kinds that have none to give. */
  private static Optional<Hint> reveal(Question q, Language language) {
    if (q instanceof Question.Typed t) {
      return Optional.of(new Hint(Set.of(), List.of(firstLetter(t.accept().get(0))), 0));
    } else if (q instanceof Question.Cloze c) {
      List<String> starts =
          c.text(language).gaps().stream().map(g -> firstLetter(g.answers().get(0))).toList();
      return Optional.of(new Hint(Set.of(), starts, 0));
    } else if (q instanceof Question.Numeric n) {
      String plain = n.answer().abs().stripTrailingZeros().toPlainString();
      int digits = plain.contains(".") ? plain.indexOf('.') : plain.length();
      return Optional.of(new Hint(Set.of(), List.of(plain.substring(0, 1)), digits));
    } else if (q instanceof Question.Dated d) {
      String year = Integer.toString(d.answer().year());
      // A year-only answer would be given away by its year: show its first three digits.
      String start = d.answer().month() == 0 ? year.substring(0, Math.min(3, year.length())) : year;
      return Optional.of(new Hint(Set.of(), List.of(start), 0));
    }
    return Optional.empty();
  }

  private static String firstLetter(String s) {
    String stripped = s.strip();
    return stripped.isEmpty() ? "" : stripped.substring(0, stripped.offsetByCodePoints(0, 1));
  }
}
