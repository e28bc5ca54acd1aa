package app.azmoon.store.progress;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The two ways to read the log, shared by the locked writer and lock-free readers: everything, or a
 * snapshot plus the tail after it.
 *
 * <p>A snapshot is trusted when the log still holds, at the offset it covers, a line with the hash
 * it recorded, and the bytes before that offset still have the CRC-32C it recorded. The checksum is
 * one sequential read of the covered bytes without parsing (about a tenth of a second for a million
 * reviews), so start-up costs that read plus the parsing of the tail.
 */
final class LogReading {
  private LogReading() {}

  /** Every review; {@code crc} is reset and ends as the checksum of the bytes read. */
  static LogContents full(
      FileChannel channel,
      String file,
      boolean lastMayBeTorn,
      List<String> earlierWarnings,
      CRC32C crc)
      throws IOException {
    Replay replay = new Replay(file);
    crc.reset();
    LogScanner.Scanned scanned =
        LogScanner.scan(channel, file, LogPosition.START, lastMayBeTorn, replay, crc);
    return contents(replay, scanned, earlierWarnings);
  }

  static <P> Resumed<P> resume(
      FileChannel channel,
      String file,
      boolean lastMayBeTorn,
      SnapshotFile snapshots,
      SnapshotFile.PayloadReader<P> payloads,
      List<String> earlierWarnings,
      CRC32C crc)
      throws IOException {
    SnapshotFile.Loaded<P> loaded = snapshots.load(payloads);
    if (loaded.covered() == null) {
      return rebuild(channel, file, lastMayBeTorn, earlierWarnings, loaded.whyNot(), crc);
    }
    LogPosition covered = loaded.covered();
    Optional<String> mismatch = mismatch(channel, covered, crc);
    if (mismatch.isPresent()) {
      return rebuild(channel, file, lastMayBeTorn, earlierWarnings, mismatch.get(), crc);
    }
    Replay replay = new Replay(file);
    LogScanner.Scanned scanned =
        LogScanner.scan(channel, file, covered, lastMayBeTorn, replay, crc);
    if (replay.firstUnmatchedUndo() >= 0) {
      return rebuild(
          channel,
          file,
          lastMayBeTorn,
          earlierWarnings,
          "the undo on line "
              + replay.firstUnmatchedUndo()
              + " may cancel a review the snapshot covers",
          crc);
    }
    return new Resumed<>(
        Optional.of(loaded.payload()),
        contents(replay, scanned, earlierWarnings),
        Optional.empty());
  }

  private static <P> Resumed<P> rebuild(
      FileChannel channel,
      String file,
      boolean lastMayBeTorn,
      List<String> earlierWarnings,
      String reason,
      CRC32C crc)
      throws IOException {
    return new Resumed<>(
        Optional.empty(),
        full(channel, file, lastMayBeTorn, earlierWarnings, crc),
        Optional.of(reason));
  }

  private static LogContents contents(
      Replay replay, LogScanner.Scanned scanned, List<String> earlierWarnings) {
    List<String> warnings = new ArrayList<>(earlierWarnings);
    scanned.tornWarning().ifPresent(warnings::add);
    warnings.addAll(replay.warnings());
    return new LogContents(replay.reviews(), warnings, scanned.end());
  }

  /**
   * Why the log no longer starts with what {@code covered} describes, or empty if it does; then
   * {@code crc} holds the checksum of the covered bytes.
   */
  static Optional<String> mismatch(FileChannel channel, LogPosition covered, CRC32C crc)
      throws IOException {
    long size = channel.size();
    crc.reset();
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
    if (covered.crc32c() == LogPosition.UNKNOWN) {
      return Optional.of("the snapshot has no checksum of the log (an older Azmoon made it)");
    }
    ByteBuffer line = ByteBuffer.allocate((int) length);
    Io.readFully(channel, line, start);
    if (!LogScanner.sha256(line.array(), 0, (int) length).equals(covered.lastLineSha256())
        || checksum(channel, covered.bytes(), crc) != covered.crc32c()) {
      return Optional.of("the log differs from the one the snapshot was made from");
    }
    return Optional.empty();
  }

  /** The CRC-32C of the first {@code bytes} bytes, read in large sequential blocks. */
  private static long checksum(FileChannel channel, long bytes, CRC32C crc) throws IOException {
    ByteBuffer block = ByteBuffer.allocateDirect(1 << 20);
    for (long at = 0; at < bytes; ) {
      block.clear();
      block.limit((int) Math.min(block.capacity(), bytes - at));
      Io.readFully(channel, block, at);
      block.flip();
      crc.update(block);
      at += block.limit();
    }
    return crc.getValue();
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
