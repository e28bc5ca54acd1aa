package app.azmoon.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A session's result: its score, its time, and every first try, with the missed ones apart.
 *
 * <p>Three questions of one point each, two right and one skipped, give {@code earned} 2, {@code
 * max} 3 and {@code percent} 66.67.
 *
 * @param earned points from credit (hint costs taken off), without bonus
 * @param bonus speed-bonus points
 * @param max the points of every question asked, answered or skipped; in a drill, of every planned
 *     question
 * @param planned how many questions the session meant to ask
 * @param firstTries one feedback per question asked, in order, then in a drill one per question not
 *     reached; retries are not scored
 * @param tags per tag, points earned and points possible
 */
public record Summary(
    Instant started,
    Instant finished,
    double earned,
    double bonus,
    double max,
    int planned,
    int bestStreak,
    List<Feedback> firstTries,
    Map<String, TagScore> tags) {

  /** Points earned and possible for one tag. */
  public record TagScore(double earned, double max) {
    public double percent() {
      return max == 0 ? 0 : 100 * earned / max;
    }
  }

  public Summary {
    firstTries = List.copyOf(firstTries);
    tags = Map.copyOf(tags);
  }

  public double score() {
    return earned + bonus;
  }

  public double percent() {
    return max == 0 ? 0 : 100 * earned / max;
  }

  public Duration time() {
    return Duration.between(started, finished);
  }

  public long right() {
    return firstTries.stream().filter(f -> f.verdict().correct()).count();
  }

  /** Questions asked, answered or skipped: a drill's questions not reached are not among them. */
  public int answered() {
    return (int) firstTries.stream().filter(f -> f.outcome() != Outcome.NOT_REACHED).count();
  }

  /** Questions passed over with {@code :skip}: among {@link #answered}, yet given no answer. */
  public int skipped() {
    return (int) firstTries.stream().filter(f -> f.outcome() == Outcome.SKIPPED).count();
  }

  /**
   * First tries that did not earn full credit, skipped and timed-out ones included; a drill's
   * questions not reached are left out, as the learner never saw them.
   */
  public List<Feedback> missed() {
    return firstTries.stream()
        .filter(f -> !f.verdict().correct() && f.outcome() != Outcome.NOT_REACHED)
        .toList();
  }
}
