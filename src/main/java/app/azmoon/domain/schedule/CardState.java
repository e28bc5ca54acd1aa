package app.azmoon.domain.schedule;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the scheduler knows of one card after its reviews so far: its FSRS memory (stability in
 * days, difficulty from 1 to 10), when it is due, and its counts.
 *
 * <p>A new card rated good at 09:00 becomes {@code CardState[state=LEARNING, stability=2.3065,
 * difficulty≈2.1181, due=09:10, lastReview=09:00, reps=1, lapses=0, step=1]}.
 *
 * @param stability days until recall drops to 90%; 0 for a new card
 * @param difficulty from 1 (easy) to 10 (hard); 0 for a new card
 * @param due when the card should next be shown; {@link Instant#EPOCH} for a new card
 * @param lastReview when it was last reviewed; empty for a new card
 * @param reps reviews so far
 * @param lapses times it was forgotten (rated again) while on review
 * @param step the (re)learning step the card is on, counted from 0
 */
public record CardState(
    State state,
    double stability,
    double difficulty,
    Instant due,
    Optional<Instant> lastReview,
    int reps,
    int lapses,
    int step) {

  /** A card never reviewed: due at once, no memory yet. */
  public static final CardState NEW =
      new CardState(State.NEW, 0, 0, Instant.EPOCH, Optional.empty(), 0, 0, 0);

  public CardState {
    Objects.requireNonNull(state);
    Objects.requireNonNull(due);
    Objects.requireNonNull(lastReview);
    if (reps < 0 || lapses < 0 || step < 0) {
      throw new IllegalArgumentException("negative count: " + reps + " " + lapses + " " + step);
    }
    if (state != State.NEW && !(stability > 0 && difficulty >= 1 && difficulty <= 10)) {
      throw new IllegalArgumentException(
          "a reviewed card needs stability > 0 and difficulty in [1, 10], not "
              + stability
              + " and "
              + difficulty);
    }
  }

  /** Whether the card should be shown at {@code now}. */
  public boolean isDue(Instant now) {
    return !due.isAfter(now);
  }
}
