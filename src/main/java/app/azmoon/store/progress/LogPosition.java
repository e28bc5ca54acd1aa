package app.azmoon.store.progress;

import java.util.Objects;

/**
 * How much of {@code reviews.jsonl} has been read: a byte offset at the end of a line, the number
 * of lines before it, and the SHA-256 (lowercase hex) of the last of those lines without its
 * newline.
 *
 * <p>After reading {@code {"bank":…}\n{"bank":…}\n} of 150 bytes the position is {@code (150, 2,
 * sha256(second line))}. The hash lets a snapshot check, in constant time, that the log it was made
 * from is still the log on disk.
 */
public record LogPosition(long bytes, long lines, String lastLineSha256) {
  /** The beginning of an empty log. */
  public static final LogPosition START = new LogPosition(0, 0, "");

  public LogPosition {
    Objects.requireNonNull(lastLineSha256);
    if (bytes < 0 || lines < 0 || (bytes == 0) != (lines == 0)) {
      throw new IllegalArgumentException(
          "not a log position: " + bytes + " bytes, " + lines + " lines");
    }
  }
}
