package app.azmoon.store.progress;

import app.azmoon.store.LockedException;
import app.azmoon.store.StorageException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One writer per data directory: an operating-system lock on {@code azmoon.lock}, held until {@link
 * #close()}. The file's text names the holder so a second session can say who it is:
 *
 * <pre>{@code
 * {"pid":4242,"started":"2026-03-01T10:00:00Z","locked":"2026-03-01T10:02:13.250Z"}
 * }</pre>
 *
 * <p>The OS lock dies with its process (even after {@code kill -9}), so a lock file left by a dead
 * session never blocks; its text is informational and is overwritten by the next holder. The file
 * is never deleted: deleting it would let two sessions lock two different files of the same name.
 *
 * <p>Within one JVM the OS cannot help — POSIX locks belong to the process, and closing any channel
 * on the file drops them all — so holders are also kept in a registry that is checked before the
 * file is even opened.
 */
public final class ReviewLock implements AutoCloseable {
  public static final String FILE_NAME = "azmoon.lock";

  /** Lock files held by this JVM (by real path), with the text each holder wrote. */
  private static final Map<Path, String> HELD = new ConcurrentHashMap<>();

  private final Path dataDir;
  private final Path file;
  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private ReviewLock(Path dataDir, Path file, Path key, FileChannel channel, FileLock lock) {
    this.dataDir = dataDir;
    this.file = file;
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock of {@code dataDir}, creating the directory if needed.
   *
   * @throws LockedException when another session, in this process or another, holds it
   * @throws StorageException when the directory or lock file cannot be created or locked
   */
  public static ReviewLock acquire(Path dataDir, InstantSource clock) {
    Path file = dataDir.resolve(FILE_NAME);
    Path key;
    try {
      Files.createDirectories(dataDir);
      key = dataDir.toRealPath().resolve(FILE_NAME);
    } catch (IOException e) {
      throw new StorageException(
          dataDir + ": cannot use as the data directory: " + Io.reason(e), e);
    }
    // A FIFO, device or folder there would fail to lock with the system's words ("Illegal seek"),
    // or open a device: refused first, in words that say what to do.
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new StorageException(
          file + ": is not a regular file, so it cannot be the data directory's lock: remove it");
    }
    String holder = holderText(clock.instant());
    String previous = HELD.putIfAbsent(key, holder);
    if (previous != null) {
      throw locked(dataDir, file, previous);
    }
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw locked(dataDir, file, readAll(channel));
      }
      // Only now, holding the lock, may the previous holder's text be replaced.
      channel.truncate(0);
      Io.writeFully(channel, ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
      channel.force(true);
      ReviewLock acquired = new ReviewLock(dataDir, file, key, channel, lock);
      channel = null;
      return acquired;
    } catch (OverlappingFileLockException e) {
      // Another channel of this JVM locked it without the registry; treat it as any holder.
      throw locked(dataDir, file, "");
    } catch (IOException e) {
      throw new StorageException(file + ": cannot lock: " + Io.reason(e), e);
    } finally {
      if (channel != null) {
        HELD.remove(key);
        Io.closeQuietly(channel);
      }
    }
  }

  public Path file() {
    return file;
  }

  public Path dataDir() {
    return dataDir;
  }

  /** Releases the lock; the file and its text stay. */
  @Override
  public void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
    } catch (IOException e) {
      // Closing the channel below releases it anyway.
    } finally {
      Io.closeQuietly(channel);
      HELD.remove(key);
    }
  }

  private static String holderText(Instant now) {
    ProcessHandle self = ProcessHandle.current();
    JsonObject o = new JsonObject();
    o.addProperty("pid", self.pid());
    self.info().startInstant().ifPresent(t -> o.addProperty("started", t.toString()));
    o.addProperty("locked", now.toString());
    return o + "\n";
  }

  private static String readAll(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(4096);
    long at = 0;
    while (buffer.hasRemaining()) {
      int n = channel.read(buffer, at);
      if (n < 0) {
        break;
      }
      at += n;
    }
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }

  /** Builds the exception from the holder's text; text that is missing or garbled names no one. */
  private static LockedException locked(Path dataDir, Path file, String holderText) {
    long pid = -1;
    Instant started = null;
    try {
      JsonObject o = JsonParser.parseString(holderText).getAsJsonObject();
      pid = o.get("pid").getAsLong();
      if (o.has("started")) {
        started = Instant.parse(o.get("started").getAsString());
      } else if (o.has("locked")) {
        started = Instant.parse(o.get("locked").getAsString());
      }
    } catch (RuntimeException e) {
      // The holder has not written its text yet, or another tool wrote something else.
    }
    return new LockedException(dataDir, file, pid, started);
  }
}
