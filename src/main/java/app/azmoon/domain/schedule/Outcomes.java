package app.azmoon.domain.schedule;

import java.util.List;
import java.util.Objects;

/**
 * The four possible next states of a card, one per rating, so a front end can label its keys before
 * the learner chooses.
 *
 * <p>For a new card with the default parameters: again 1m · hard 6m · good 10m · easy 8d; {@code
 * outcomes.get(Rating.GOOD).card()} is the state to keep when the learner presses 3.
 */
public record Outcomes(Outcome again, Outcome hard, Outcome good, Outcome easy) {
  public Outcomes {
    check(again, Rating.AGAIN);
    check(hard, Rating.HARD);
    check(good, Rating.GOOD);
    check(easy, Rating.EASY);
  }

  private static void check(Outcome outcome, Rating expected) {
    if (Objects.requireNonNull(outcome).rating() != expected) {
      throw new IllegalArgumentException(outcome.rating() + " given as " + expected);
    }
  }

  public Outcome get(Rating rating) {
    switch (rating) {
      case AGAIN:
        return again;
      case HARD:
        return hard;
      case GOOD:
        return good;
      default:
        return easy;
    }
  }

  /** Again, hard, good, easy, in that order. */
  public List<Outcome> all() {
    return List.of(again, hard, good, easy);
  }
}
