package app.azmoon.domain.schedule;

import java.time.Duration;
import java.util.Objects;

/**
 * What one rating would do to a card: its next state and how long until it is due again.
 *
 * <p>A card in review rated good might give {@code Outcome[rating=GOOD, card=CardState[…due in 11
 * days…], interval=PT264H]}; {@code Intervals.format(interval)} shows it as "11d".
 */
public record Outcome(Rating rating, CardState card, Duration interval) {
  public Outcome {
    Objects.requireNonNull(rating);
    Objects.requireNonNull(card);
    Objects.requireNonNull(interval);
  }

  /** Whole days until due, 0 for a same-day step (the reference's {@code scheduled_days}). */
  public long scheduledDays() {
    return interval.toDays();
  }
}
