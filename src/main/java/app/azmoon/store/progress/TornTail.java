package app.azmoon.store.progress;

import app.azmoon.store.InvalidDataException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/**
 * Makes the log safe to append to before the first append: its last line must be whole.
 *
 * <p>A crash or {@code kill -9} during an append can leave half a line at the end, say {@code
 * {"bank":"korean-war","card":"kw-1","at":"2026-03-01T1} with no newline. Appending after it would
 * glue the next review onto it and turn a harmless torn line into a corrupt one in the middle. So
 * the torn bytes are copied to {@code reviews.jsonl.torn-20260301T100000Z} (forced to disk) and only
 * then cut from the log. A last line that is whole but lacks its newline (another tool wrote it so)
 * is kept and gets its newline.
 *
 * <p>Only one line can be cut short by one crash. If the line before a bad last line is bad too,
 * the damage is something else, and it stops with {@link InvalidDataException} without touching
 * the file: setting aside line after line would quietly eat a damaged log from the end.
 */
final class TornTail {
  private TornTail() {}

  /** Repairs the end of the log; returns the warning to show, if anything was set aside. */
  static Optional<String> repair(FileChannel channel, Path file, InstantSource clock, Disk disk)
      throws IOException {
    long size = channel.size();
    if (size == 0) {
      return Optional.empty();
    }
    long lastNewline = LogReading.lastNewlineBefore(channel, size);
    boolean terminated = lastNewline == size - 1;
    long start = terminated ? LogReading.lastNewlineBefore(channel, size - 1) + 1 : lastNewline + 1;
    long end = terminated ? size - 1 : size;
    if (problem(channel, file, start, end, 0).isEmpty()) {
      if (!terminated) {
        disk.writeFully(channel, ByteBuffer.wrap(new byte[] {'\n'}), size);
        disk.force(channel);
      }
      return Optional.empty();
    }
    if (terminated
        && (end - start > LogScanner.MAX_LINE_BYTES || isWholeJson(channel, start, end))) {
      // Complete JSON with a bad value was written whole, not cut short by a crash: corrupt. So is
      // an over-long line that ends in its newline: a crash cuts a line short, it never finishes
      // it.
      long line = newlinesBefore(channel, start) + 1;
      throw problem(channel, file, start, end, line).orElseThrow();
    }
    if (start > 0) {
      long previousStart = LogReading.lastNewlineBefore(channel, start - 1) + 1;
      if (problem(channel, file, previousStart, start - 1, 0).isPresent()) {
        long line = newlinesBefore(channel, previousStart) + 1;
        throw problem(channel, file, previousStart, start - 1, line).orElseThrow();
      }
    }
    Path aside = Io.freeName(file, ".torn-" + Io.stamp(clock.instant()));
    try (FileChannel out =
        FileChannel.open(aside, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
      for (long at = start; at < size; ) {
        chunk.clear();
        chunk.limit((int) Math.min(chunk.capacity(), size - at));
        Io.readFully(channel, chunk, at);
        chunk.flip();
        disk.writeFully(out, chunk, at - start);
        at += chunk.limit();
      }
      disk.force(out);
    }
    Io.forceFolder(aside.toAbsolutePath().getParent());
    disk.truncate(channel, start);
    disk.force(channel);
    return Optional.of(
        file
            + ": the last line was cut short (a crash while it was written?); its "
            + (size - start)
            + " bytes were moved to "
            + aside.getFileName()
            + " and every review before it is kept");
  }

  /** What is wrong with the line in [start, end), if anything; blank lines are fine. */
  private static Optional<InvalidDataException> problem(
      FileChannel channel, Path file, long start, long end, long line) throws IOException {
    if (end - start > LogScanner.MAX_LINE_BYTES) {
      return Optional.of(
          new InvalidDataException(
              new app.azmoon.store.Problem(
                  file.toString(), LogLine.clamp(line), 1, "", "the line is longer than 1 MiB")));
    }
    ByteBuffer bytes = ByteBuffer.allocate((int) (end - start));
    Io.readFully(channel, bytes, start);
    try {
      String text =
          LogScanner.decode(
              LogScanner.strictUtf8(),
              bytes.array(),
              0,
              bytes.limit(),
              file.toString(),
              line,
              start);
      LogLine.parse(text, file.toString(), line);
      return Optional.empty();
    } catch (InvalidDataException e) {
      return Optional.of(e);
    }
  }

  private static long newlinesBefore(FileChannel channel, long end) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(1 << 16);
    long count = 0;
    for (long at = 0; at < end; ) {
      chunk.clear();
      chunk.limit((int) Math.min(chunk.capacity(), end - at));
      Io.readFully(channel, chunk, at);
      for (int i = 0; i < chunk.limit(); i++) {
        if (chunk.get(i) == '\n') {
          count++;
        }
      }
      at += chunk.limit();
    }
    return count;
  }

  static List<String> asList(Optional<String> warning) {
    return warning.map(List::of).orElse(List.of());
  }

  /** Whether the bytes are one complete JSON value (whatever its fields say). */
  private static boolean isWholeJson(FileChannel channel, long start, long end) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate((int) Math.min(end - start, 1 << 20));
    channel.read(bytes, start);
    try {
      com.google.gson.JsonParser.parseString(
          new String(bytes.array(), 0, bytes.position(), java.nio.charset.StandardCharsets.UTF_8));
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
