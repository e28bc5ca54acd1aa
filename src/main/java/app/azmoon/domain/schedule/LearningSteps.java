package app.azmoon.domain.schedule;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The same-day steps of short-term mode, as ts-fsrs's basic scheduler takes them. On learning or
 * relearning step {@code i}: again goes back to the first step; hard waits halfway between the
 * first two steps (1.5 × the only step if there is one) and stays on step {@code i}; good moves to
 * step {@code i + 1}, or graduates to review on the last step; easy always graduates. A card on
 * review that is rated again goes to the relearning step it is on.
 *
 * <p>With steps 1m 10m: a new card rated hard waits round((1 + 10) / 2) = 6 minutes on step 0.
 */
final class LearningSteps {
  private LearningSteps() {}

  /** Where a step sends the card: after how many minutes, and to which step. */
  record Step(long minutes, int next) {}

  /** The step for {@code rating}, or empty when the rating leaves the steps (graduates). */
  static Optional<Step> of(Parameters p, State state, int current, Rating rating) {
    boolean relearning = state == State.RELEARNING || state == State.REVIEW;
    List<Duration> steps = relearning ? p.relearningSteps() : p.learningSteps();
    if (steps.isEmpty() || current >= steps.size()) {
      return Optional.empty();
    }
    if (state == State.REVIEW) {
      return rating == Rating.AGAIN
          ? Optional.of(new Step(minutes(steps.get(current)), 0))
          : Optional.empty();
    }
    long first = minutes(steps.get(0));
    switch (rating) {
      case AGAIN:
        return Optional.of(new Step(first, 0));
      case HARD:
        long hard =
            steps.size() == 1
                ? Math.round(first * 1.5)
                : Math.round((first + minutes(steps.get(1))) / 2.0);
        return Optional.of(new Step(hard, current));
      case GOOD:
        return current + 1 < steps.size()
            ? Optional.of(new Step(minutes(steps.get(current + 1)), current + 1))
            : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static long minutes(Duration step) {
    return step.toMinutes();
  }
}
