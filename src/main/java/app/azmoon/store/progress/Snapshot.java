package app.azmoon.store.progress;

import java.util.Objects;

/**
 * Card state as of a point in the review log, so start-up replays only the reviews after it.
 *
 * <p>The payload is the caller's own JSON — for the scheduler, say, {@code {"params":"fsrs6-…",
 * "cards":{"korean-war/kw-1":{"s":3.2,"d":5.1,"due":…}}}} — kept as text so the store needs to know
 * nothing about it. Put in it whatever makes it invalid too (scheduler parameters, a format number)
 * and rebuild from the full log when that does not match.
 */
public record Snapshot(LogPosition covered, String payloadJson) {
  public Snapshot {
    Objects.requireNonNull(covered);
    Objects.requireNonNull(payloadJson);
  }
}
