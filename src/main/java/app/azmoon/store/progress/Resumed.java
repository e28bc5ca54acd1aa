package app.azmoon.store.progress;

import com.google.gson.JsonElement;
import java.util.Optional;

/**
 * What start-up replays. With a usable snapshot: its payload, and only the reviews after it.
 * Without one (missing, unreadable, or no longer matching the log): no payload, every review, and
 * why — the caller rebuilds its state and will usually write a new snapshot.
 *
 * <p>Either way the caller does the same thing: start from the payload (or from nothing) and replay
 * {@code replay().reviews()}. The payload is kept as the tree the snapshot was parsed into, so it
 * is parsed once.
 */
public record Resumed(
    Optional<JsonElement> payload, LogContents replay, Optional<String> rebuildReason) {

  public boolean fromSnapshot() {
    return payload.isPresent();
  }

  /** The payload as JSON text. */
  public Optional<String> payloadJson() {
    return payload.map(JsonElement::toString);
  }
}
