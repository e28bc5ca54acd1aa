package app.azmoon.store.progress;

import app.azmoon.store.InvalidDataException;
import app.azmoon.store.Problem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * Reads {@code reviews.jsonl} line by line from a position, with positional reads (the channel's
 * own position is left alone), so reading after a snapshot costs only the bytes after it.
 *
 * <p>Every line is decoded strictly as UTF-8 and parsed by {@link LogLine}; a bad line stops the
 * scan with its line number. The one exception, when {@code lastMayBeTorn}: a bad last line is what
 * a crash mid-write leaves, so it is reported as a warning and the scan ends before it.
 */
final class LogScanner {
  /** Far longer than any review; a guard against reading a garbage file into memory. */
  static final int MAX_LINE_BYTES = 1 << 20;

  /** Receives each entry with its 1-based line number. */
  interface Sink {
    void accept(long line, LogLine.Entry entry);
  }

  /** Where the scan ended, and a warning if a torn last line was left out. */
  record Scanned(LogPosition end, Optional<String> tornWarning) {}

  private LogScanner() {}

  /**
   * Reads from {@code from} to the end; {@code crc} must hold the checksum of the bytes before
   * {@code from} and is carried on over every line read, so the end position has its checksum.
   */
  static Scanned scan(
      FileChannel channel,
      String file,
      LogPosition from,
      boolean lastMayBeTorn,
      Sink sink,
      CRC32C crc)
      throws IOException {
    long size = channel.size();
    Lines lines = new Lines(channel, from.bytes(), size);
    CharsetDecoder decoder = strictUtf8();
    long line = from.lines();
    long end = from.bytes();
    long lastStart = -1;
    int lastLength = 0;
    while (lines.next()) {
      line++;
      LogLine.Entry entry;
      try {
        if (lines.tooLong) {
          throw new InvalidDataException(
              new Problem(file, LogLine.clamp(line), 1, "", "the line is longer than 1 MiB"));
        }
        String text = decode(decoder, lines.bytes, lines.off, lines.len, file, line, lines.start);
        entry = LogLine.parse(text, file, line);
      } catch (InvalidDataException e) {
        boolean last = !lines.terminated || lines.contentEnd + 1 == size;
        if (lastMayBeTorn && last) {
          String warning =
              file
                  + ": line "
                  + line
                  + " is incomplete or unreadable (a crash while it was written, or a session"
                  + " writing it now); it is ignored and left in place: "
                  + e.problems().get(0).message();
          return new Scanned(
              position(channel, end, line - 1, lastStart, lastLength, from, crc),
              Optional.of(warning));
        }
        throw e;
      }
      if (entry != null) {
        sink.accept(line, entry);
      }
      crc.update(lines.bytes, lines.off, lines.len);
      if (lines.terminated) {
        crc.update('\n');
      }
      end = lines.contentEnd + (lines.terminated ? 1 : 0);
      lastStart = lines.start;
      lastLength = lines.len;
    }
    return new Scanned(
        position(channel, end, line, lastStart, lastLength, from, crc), Optional.empty());
  }

  private static LogPosition position(
      FileChannel channel,
      long end,
      long lines,
      long lastStart,
      int lastLength,
      LogPosition from,
      CRC32C crc)
      throws IOException {
    if (lastStart < 0) {
      return new LogPosition(from.bytes(), from.lines(), from.lastLineSha256(), crc.getValue());
    }
    ByteBuffer last = ByteBuffer.allocate(lastLength);
    Io.readFully(channel, last, lastStart);
    return new LogPosition(end, lines, sha256(last.array(), 0, lastLength), crc.getValue());
  }

  static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Decodes one line, never with replacement characters; drops a byte-order mark at the start of
   * the file, which some editors on Windows write.
   */
  static String decode(
      CharsetDecoder decoder,
      byte[] bytes,
      int off,
      int len,
      String file,
      long line,
      long fileOffset) {
    decoder.reset();
    ByteBuffer in = ByteBuffer.wrap(bytes, off, len);
    CharBuffer out = CharBuffer.allocate(len);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      throw new InvalidDataException(
          new Problem(
              file,
              LogLine.clamp(line),
              out.position() + 1,
              "",
              String.format(
                  Locale.ROOT,
                  "not valid UTF-8: byte 0x%02X at offset %d of the file",
                  bytes[bad] & 0xFF,
                  fileOffset + bad - off)));
    }
    out.flip();
    String text = out.toString();
    return fileOffset == 0 && text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  static String sha256(byte[] bytes, int off, int len) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(bytes, off, len);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Splits the bytes in [from, size) into lines. A line inside the buffer is handed out in place;
   * one that spans buffers is gathered into {@code carry}, up to {@link #MAX_LINE_BYTES}.
   */
  private static final class Lines {
    private final FileChannel channel;
    private final long size;
    private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
    private long bufferStart;
    private int bufferLength;
    private int at;
    private byte[] carry = new byte[512];
    private int carryLength;

    long start;

    /** Where the line's bytes end in the file (its newline, or the end of the file). */
    long contentEnd;

    byte[] bytes;
    int off;
    int len;
    boolean terminated;
    boolean tooLong;

    Lines(FileChannel channel, long from, long size) {
      this.channel = channel;
      this.size = size;
      this.bufferStart = from;
    }

    boolean next() throws IOException {
      start = bufferStart + at;
      if (start >= size) {
        return false;
      }
      carryLength = 0;
      tooLong = false;
      while (true) {
        if (at == bufferLength && !refill()) {
          contentEnd = size;
          return hand(carry, 0, carryLength, false);
        }
        byte[] array = buffer.array();
        int newline = at;
        while (newline < bufferLength && array[newline] != '\n') {
          newline++;
        }
        contentEnd = bufferStart + newline;
        if (newline < bufferLength && carryLength == 0 && !tooLong) {
          int from = at;
          at = newline + 1;
          return hand(array, from, newline - from, true);
        }
        gather(array, at, newline - at);
        at = newline;
        if (newline < bufferLength) {
          at++;
          return hand(carry, 0, carryLength, true);
        }
      }
    }

    private boolean hand(byte[] array, int from, int length, boolean newline) {
      bytes = array;
      off = from;
      len = length;
      terminated = newline;
      return true;
    }

    private void gather(byte[] array, int from, int length) {
      if (carryLength + length > MAX_LINE_BYTES) {
        tooLong = true;
        return;
      }
      if (carryLength + length > carry.length) {
        carry = java.util.Arrays.copyOf(carry, Math.max(carry.length * 2, carryLength + length));
      }
      System.arraycopy(array, from, carry, carryLength, length);
      carryLength += length;
    }

    private boolean refill() throws IOException {
      long next = bufferStart + bufferLength;
      if (next >= size) {
        return false;
      }
      buffer.clear();
      buffer.limit((int) Math.min(buffer.capacity(), size - next));
      Io.readFully(channel, buffer, next);
      bufferStart = next;
      bufferLength = buffer.limit();
      at = 0;
      return true;
    }
  }
}
