package app.azmoon.store.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The two ways to read the log, shared by the locked writer and lock-free readers: everything, or a
 * snapshot plus the tail after it.
 *
 * <p>A snapshot is trusted when the log still holds, at the offset it covers, a line with the hash
 * it recorded — a constant-time check, so start-up costs O(tail) however long the history.
 */
final class LogReading {
  private LogReading() {}

  static LogContents full(
      FileChannel channel, String file, boolean lastMayBeTorn, List<String> earlierWarnings)
      throws IOException {
    Replay replay = new Replay(file);
    LogScanner.Scanned scanned =
        LogScanner.scan(channel, file, LogPosition.START, lastMayBeTorn, replay);
    return contents(replay, scanned, earlierWarnings);
  }

  static Resumed resume(
      FileChannel channel,
      String file,
      boolean lastMayBeTorn,
      SnapshotFile snapshots,
      List<String> earlierWarnings)
      throws IOException {
    SnapshotFile.Loaded loaded = snapshots.load();
    if (loaded.snapshot().isEmpty()) {
      return rebuild(channel, file, lastMayBeTorn, earlierWarnings, loaded.whyNot());
    }
    Snapshot snapshot = loaded.snapshot().get();
    Optional<String> mismatch = mismatch(channel, snapshot.covered());
    if (mismatch.isPresent()) {
      return rebuild(channel, file, lastMayBeTorn, earlierWarnings, mismatch.get());
    }
    Replay replay = new Replay(file);
    LogScanner.Scanned scanned =
        LogScanner.scan(channel, file, snapshot.covered(), lastMayBeTorn, replay);
    if (replay.firstUnmatchedUndo() >= 0) {
      return rebuild(
          channel,
          file,
          lastMayBeTorn,
          earlierWarnings,
          "the undo on line "
              + replay.firstUnmatchedUndo()
              + " may cancel a review the snapshot covers");
    }
    return new Resumed(
        Optional.of(snapshot.payloadJson()),
        contents(replay, scanned, earlierWarnings),
        Optional.empty());
  }

  private static Resumed rebuild(
      FileChannel channel,
      String file,
      boolean lastMayBeTorn,
      List<String> earlierWarnings,
      String reason)
      throws IOException {
    return new Resumed(
        Optional.empty(), full(channel, file, lastMayBeTorn, earlierWarnings), Optional.of(reason));
  }

  private static LogContents contents(
      Replay replay, LogScanner.Scanned scanned, List<String> earlierWarnings) {
    List<String> warnings = new ArrayList<>(earlierWarnings);
    scanned.tornWarning().ifPresent(warnings::add);
    warnings.addAll(replay.warnings());
    return new LogContents(replay.reviews(), warnings, scanned.end());
  }

  /** Why the log no longer starts with what {@code covered} describes, or empty if it does. */
  static Optional<String> mismatch(FileChannel channel, LogPosition covered) throws IOException {
    long size = channel.size();
    if (covered.bytes() == 0) {
      return Optional.empty();
    }
    if (size < covered.bytes()) {
      return Optional.of(
          "the log is shorter ("
              + size
              + " bytes) than the snapshot covers ("
              + covered.bytes()
              + ")");
    }
    if (byteAt(channel, covered.bytes() - 1) != '\n') {
      return Optional.of("the snapshot does not end at the end of a line of the log");
    }
    long start = lastNewlineBefore(channel, covered.bytes() - 1) + 1;
    long length = covered.bytes() - 1 - start;
    if (length > LogScanner.MAX_LINE_BYTES) {
      return Optional.of("the log's line at the snapshot's end is too long to be a review");
    }
    ByteBuffer line = ByteBuffer.allocate((int) length);
    Io.readFully(channel, line, start);
    if (!LogScanner.sha256(line.array(), 0, (int) length).equals(covered.lastLineSha256())) {
      return Optional.of("the log differs from the one the snapshot was made from");
    }
    return Optional.empty();
  }

  static byte byteAt(FileChannel channel, long at) throws IOException {
    ByteBuffer one = ByteBuffer.allocate(1);
    Io.readFully(channel, one, at);
    return one.get(0);
  }

  /** The offset of the last newline in [0, before), or -1 if there is none; reads backwards. */
  static long lastNewlineBefore(FileChannel channel, long before) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(8192);
    long end = before;
    while (end > 0) {
      long start = Math.max(0, end - chunk.capacity());
      chunk.clear();
      chunk.limit((int) (end - start));
      Io.readFully(channel, chunk, start);
      for (int i = chunk.limit() - 1; i >= 0; i--) {
        if (chunk.get(i) == '\n') {
          return start + i;
        }
      }
      end = start;
    }
    return -1;
  }
}
