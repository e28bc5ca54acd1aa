package app.azmoon.store.progress;

import java.util.Objects;

/**
 * How much of {@code reviews.jsonl} has been read: a byte offset at the end of a line, the number
 * of lines before it, the SHA-256 (lowercase hex) of the last of those lines without its newline,
 * and the CRC-32C of every byte before the offset ({@link #UNKNOWN} when not known).
 *
 * <p>After reading {@code {"bank":…}\n{"bank":…}\n} of 150 bytes the position is {@code (150, 2,
 * sha256(second line), crc32c(all 150 bytes))}. The hash and checksum let a snapshot check that the
 * log it was made from is still the log on disk, the checksum down to a single changed byte.
 */
public record LogPosition(long bytes, long lines, String lastLineSha256, long crc32c) {
  /** A checksum that was not computed: a snapshot with it is not trusted. */
  public static final long UNKNOWN = -1;

  /** The beginning of an empty log. */
  public static final LogPosition START = new LogPosition(0, 0, "", 0);

  public LogPosition {
    Objects.requireNonNull(lastLineSha256);
    if (bytes < 0 || lines < 0 || (bytes == 0) != (lines == 0)) {
      throw new IllegalArgumentException(
          "not a log position: " + bytes + " bytes, " + lines + " lines");
    }
    if (crc32c < UNKNOWN || crc32c > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("not a CRC-32C: " + crc32c);
    }
  }

  /** A position whose checksum is not known. */
  public LogPosition(long bytes, long lines, String lastLineSha256) {
    this(bytes, lines, lastLineSha256, UNKNOWN);
  }
}
