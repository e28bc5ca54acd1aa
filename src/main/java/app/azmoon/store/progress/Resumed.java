package app.azmoon.store.progress;

import java.util.Optional;

/**
 * What start-up replays. With a usable snapshot: its payload, and only the reviews after it.
 * Without one (missing, unreadable, or no longer matching the log): no payload, every review, and
 * why — the caller rebuilds its state and will usually write a new snapshot.
 *
 * <p>Either way the caller does the same thing: start from the payload (or from nothing) and replay
 * {@code replay().reviews()}. The payload is what the caller's {@link SnapshotFile.PayloadReader}
 * read from the snapshot as it was parsed, once (a JSON tree unless the caller reads it itself).
 */
public record Resumed<P>(Optional<P> payload, LogContents replay, Optional<String> rebuildReason) {

  public boolean fromSnapshot() {
    return payload.isPresent();
  }

  /** The payload as text: JSON when it was read as a tree. */
  public Optional<String> payloadJson() {
    return payload.map(Object::toString);
  }
}
