package app.azmoon.store.progress;

import app.azmoon.domain.schedule.Review;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.LockedException;
import app.azmoon.store.StorageException;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;

/**
 * The learner's review history, {@code reviews.jsonl} in the data directory: append-only JSON
 * Lines, each review forced to disk before {@link #append} returns. A session holds the data
 * directory's {@link ReviewLock} for as long as the log is open.
 *
 * <pre>{@code
 * try (ReviewLog log = ReviewLog.open(dataDir, clock)) {          // LockedException if taken
 *   Resumed<JsonElement> start = log.resume(SnapshotFile.in(dataDir)); // payload + tail, or all
 *   start.replay().warnings().forEach(err::println);
 *   log.append(Review.of("korean-war", "kw-1", clock.instant(), Rating.GOOD));
 *   log.appendUndo("korean-war", "kw-1", clock.instant());        // "u": take it back
 *   SnapshotFile.in(dataDir).write(new Snapshot(log.end(), stateJson));
 * }
 * }</pre>
 *
 * <p>The log is never rewritten. Only two things ever shorten it, both at its very end: a torn last
 * line left by a crash, after it has been copied aside ({@link TornTail}), and the part of an
 * append that failed (a full disk), which was never reported saved. The line format is in {@code
 * docs/progress.md}.
 *
 * <p>Lines are appended with {@code O_APPEND}, each in one write: other tools may append to the log
 * while a session runs (the lock keeps out only other Azmoon sessions), and the system puts every
 * line after whatever was written before it instead of over it.
 */
public final class ReviewLog implements AutoCloseable {
  public static final String FILE_NAME = "reviews.jsonl";

  /** How a written line reaches the disk; tests watch it, the real one is {@code force(true)}. */
  interface Sync {
    void force(FileChannel channel) throws IOException;
  }

  private final ReviewLock lock;
  private final Path file;
  private final FileChannel channel;
  private final FileChannel appender;
  private final Disk disk;
  private final List<String> openWarnings;
  private final CRC32C crc = new CRC32C();
  private LogPosition end;
  private boolean endStale;
  private boolean closed;

  private ReviewLog(
      ReviewLock lock,
      Path file,
      FileChannel channel,
      FileChannel appender,
      Disk disk,
      List<String> openWarnings) {
    this.lock = lock;
    this.file = file;
    this.channel = channel;
    this.appender = appender;
    this.disk = disk;
    this.openWarnings = openWarnings;
  }

  /**
   * Locks the data directory (creating it if needed) and opens its log for appending, setting a
   * torn last line aside.
   *
   * @throws LockedException when another session holds the data directory
   * @throws StorageException when the directory or log cannot be created, read or written
   * @throws InvalidDataException when the end of the log is damaged beyond one torn line
   */
  public static ReviewLog open(Path dataDir, InstantSource clock) {
    return open(dataDir, clock, Disk.REAL);
  }

  static ReviewLog open(Path dataDir, InstantSource clock, Sync sync) {
    return open(
        dataDir,
        clock,
        new Disk() {
          @Override
          public void force(FileChannel channel) throws IOException {
            sync.force(channel);
          }
        });
  }

  static ReviewLog open(Path dataDir, InstantSource clock, Disk disk) {
    ReviewLock lock = ReviewLock.acquire(dataDir, clock);
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel = null;
    FileChannel appender = null;
    boolean opened = false;
    try {
      requireRegular(file, "cannot open the review log");
      boolean created = !Files.exists(file);
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      // Java will not open one channel both to read and to append: reading and repairs go through
      // the first, every review through this one.
      appender = FileChannel.open(file, StandardOpenOption.APPEND);
      if (created) {
        Io.forceFolder(dataDir);
      }
      Optional<String> torn = TornTail.repair(channel, file, clock, disk);
      ReviewLog log = new ReviewLog(lock, file, channel, appender, disk, TornTail.asList(torn));
      opened = true;
      return log;
    } catch (IOException e) {
      throw new StorageException(file + ": cannot open the review log: " + Io.reason(e), e);
    } finally {
      if (!opened) {
        if (channel != null) {
          Io.closeQuietly(channel);
        }
        if (appender != null) {
          Io.closeQuietly(appender);
        }
        lock.close();
      }
    }
  }

  /** Every review that stands, in log order; also sets {@link #end()}. */
  public synchronized LogContents read() {
    ensureOpen();
    try {
      LogContents contents = LogReading.full(channel, file.toString(), false, openWarnings, crc);
      setEnd(contents.end());
      return contents;
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /** The snapshot's payload and the reviews after it, or every review when it cannot be used. */
  public Resumed<JsonElement> resume(SnapshotFile snapshots) {
    return resume(snapshots, JsonParser::parseReader);
  }

  /** {@link #resume}, the payload read by {@code payloads} as the snapshot is parsed. */
  public synchronized <P> Resumed<P> resume(
      SnapshotFile snapshots, SnapshotFile.PayloadReader<P> payloads) {
    ensureOpen();
    try {
      Resumed<P> resumed =
          LogReading.resume(
              channel, file.toString(), false, snapshots, payloads, openWarnings, crc);
      setEnd(resumed.replay().end());
      return resumed;
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /** Writes one review and forces it to disk; when this returns, the review survives a crash. */
  public void append(Review review) {
    write(LogLine.format(review));
  }

  /**
   * Takes back the latest standing review of a card by appending an undo line; {@code at} is when
   * the learner undid it.
   */
  public void appendUndo(String bank, String card, Instant at) {
    write(LogLine.formatUndo(bank, card, at));
  }

  /**
   * Where the log ends, counting this session's appends (and lines other tools appended meanwhile):
   * what a snapshot written now covers.
   *
   * @throws IllegalStateException before {@link #read()} or {@link #resume}, which count the lines
   */
  public synchronized LogPosition end() {
    if (end == null) {
      throw new IllegalStateException("read or resume the review log first");
    }
    if (endStale) {
      // Another tool appended between our lines: count them as a fresh read would.
      try {
        setEnd(
            LogScanner.scan(channel, file.toString(), end, true, (line, entry) -> {}, crc).end());
      } catch (IOException e) {
        throw cannotRead(file, e);
      }
    }
    return end;
  }

  private void setEnd(LogPosition position) {
    end = position;
    endStale = false;
  }

  public Path file() {
    return file;
  }

  /** Closes the log and releases the data directory. */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    Io.closeQuietly(appender);
    Io.closeQuietly(channel);
    lock.close();
  }

  /**
   * Reads the log of {@code dataDir} without locking it, for commands that only look (cards,
   * stats). A bad last line — perhaps one a running session is writing — is left in place with a
   * warning.
   */
  public static LogContents readOnly(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    try (FileChannel channel = openToRead(file)) {
      return LogReading.full(channel, file.toString(), true, List.of(), new CRC32C());
    } catch (NoSuchFileException e) {
      return LogContents.empty();
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  /** {@link #resume} without the lock, as {@link #readOnly} reads. */
  public static Resumed<JsonElement> resumeReadOnly(Path dataDir, SnapshotFile snapshots) {
    return resumeReadOnly(dataDir, snapshots, JsonParser::parseReader);
  }

  /** {@link #resume(SnapshotFile, SnapshotFile.PayloadReader)} without the lock. */
  public static <P> Resumed<P> resumeReadOnly(
      Path dataDir, SnapshotFile snapshots, SnapshotFile.PayloadReader<P> payloads) {
    Path file = dataDir.resolve(FILE_NAME);
    try (FileChannel channel = openToRead(file)) {
      return LogReading.resume(
          channel, file.toString(), true, snapshots, payloads, List.of(), new CRC32C());
    } catch (NoSuchFileException e) {
      return new Resumed<>(
          Optional.empty(), LogContents.empty(), Optional.of("there is no review log yet"));
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
  }

  private static FileChannel openToRead(Path file) throws IOException {
    requireRegular(file, "cannot read the review log");
    return FileChannel.open(file, StandardOpenOption.READ);
  }

  /**
   * Refuses a FIFO or socket where the log should be: opening a FIFO waits for a writer for ever.
   * (A device is read by its size, which is 0, so it never blocks; a folder fails to open.)
   */
  private static void requireRegular(Path file, String what) {
    if (Io.isPipeOrSocket(file)) {
      throw new StorageException(
          file + ": " + what + ": it is a pipe or socket, not a regular file");
    }
  }

  private synchronized void write(String json) {
    ensureOpen();
    byte[] line = (json + "\n").getBytes(StandardCharsets.UTF_8);
    long before;
    try {
      before = channel.size();
    } catch (IOException e) {
      throw new StorageException(file + ": cannot save the review: " + Io.reason(e), e);
    }
    ByteBuffer bytes = ByteBuffer.wrap(line);
    try {
      // One write with O_APPEND: the line lands whole after whatever is there, even a line
      // another tool appended a moment ago.
      disk.writeFully(appender, bytes);
      disk.force(appender);
    } catch (IOException e) {
      throw new StorageException(
          file + ": cannot save the review: " + Io.reason(e) + rollBack(before, bytes.position()),
          e);
    }
    long after;
    try {
      after = channel.size();
    } catch (IOException e) {
      after = -1; // saved and forced; only the count of lines is unsure
    }
    if (end != null && !endStale && before == end.bytes() && after == before + line.length) {
      crc.update(line);
      end =
          new LogPosition(
              after, end.lines() + 1, LogScanner.sha256(line, 0, line.length - 1), crc.getValue());
    } else if (end != null) {
      endStale = true;
    }
  }

  /**
   * Cuts a failed append back off, so the log ends as it did: the review was never reported saved,
   * and half a line left at the end would only be set aside as torn next time. Only when the
   * written part is still the very end: a line another tool appended after it is not cut.
   */
  private String rollBack(long before, int written) {
    try {
      long size = channel.size();
      if (written == 0 && size == before) {
        return " (the review was not saved; the log is as it was)";
      }
      if (size != before + written) {
        return " (the review was not saved; the reviews before it are intact)";
      }
      disk.truncate(channel, before);
      disk.force(channel);
      return " (the review was not saved; the log is as it was)";
    } catch (IOException e) {
      return " (the review was not saved; the reviews before it are intact)";
    }
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the review log is closed");
    }
  }

  private static StorageException cannotRead(Path file, IOException e) {
    return new StorageException(file + ": cannot read the review log: " + Io.reason(e), e);
  }
}
