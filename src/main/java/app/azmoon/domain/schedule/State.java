package app.azmoon.domain.schedule;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a card is in its life, as FSRS names it: never seen, working through the learning steps, on
 * day-scale review, or back on the relearning steps after a lapse.
 *
 * <p>A new card rated good goes {@code NEW → LEARNING} (due in 10 minutes); good again graduates it
 * to {@code REVIEW} (due in days); forgetting it later sends it to {@code RELEARNING}.
 */
public enum State {
  NEW,
  LEARNING,
  REVIEW,
  RELEARNING;

  /** The lower-case name used in files and JSON output: "new", "learning", … */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a {@link #code()}, ignoring case and surrounding blanks. */
  public static Optional<State> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (State s : values()) {
      if (s.code().equals(t)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
