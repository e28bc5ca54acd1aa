package app.azmoon.engine;

import java.time.Duration;
import java.util.Optional;

/**
 * How a session scores: an optional time limit per question, a Kahoot-style speed bonus,
 * Quizlet-style retries of missed questions, and whether the whole plan counts.
 *
 * <p>{@code new Rules(Optional.of(Duration.ofSeconds(30)), true, false)}: 30 seconds a question,
 * faster right answers earn up to 50% more.
 *
 * @param wholePlan a drill's rule: a session ended early still scores out of every planned
 *     question, those not reached earning nothing; without it (play) a session ended early is
 *     judged on what it asked
 */
public record Rules(
    Optional<Duration> timeLimit, boolean speedBonus, boolean retryMissed, boolean wholePlan) {
  public static final Rules DEFAULT = new Rules(Optional.empty(), false, false);

  /** A drill marked from an answer sheet: no timing, no retries, every question counts. */
  public static final Rules DRILL = DEFAULT.forDrill();

  /** Without a time limit, the speed bonus runs out over this long. */
  public static final Duration BONUS_WINDOW = Duration.ofSeconds(30);

  /** A fast right answer earns up to this share of its points on top. */
  public static final double MAX_BONUS = 0.5;

  /** A hint costs this share of the question's points. */
  public static final double HINT_COST = 0.5;

  public Rules {
    if (timeLimit.isPresent() && (timeLimit.get().isNegative() || timeLimit.get().isZero())) {
      throw new IllegalArgumentException("a time limit must be positive");
    }
  }

  /** Play's rules: a session ended early is judged on what it asked. */
  public Rules(Optional<Duration> timeLimit, boolean speedBonus, boolean retryMissed) {
    this(timeLimit, speedBonus, retryMissed, false);
  }

  /** The same rules for a drill, where questions not reached count as 0. */
  public Rules forDrill() {
    return new Rules(timeLimit, speedBonus, retryMissed, true);
  }
}
