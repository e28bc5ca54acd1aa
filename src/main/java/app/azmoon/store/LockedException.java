package app.azmoon.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The data directory is held by another running session: one writer at a time keeps the review log
 * whole.
 *
 * <p>Its message names the holder: {@code /home/u/.local/share/azmoon is in use by another Azmoon
 * session (process 4242, started 2026-03-01T10:00:00Z); try again when it has ended}.
 */
public final class LockedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Path lockFile;
  private final long pid;
  private final transient Instant started;

  /**
   * @param pid the holder's process id, or -1 when the lock file does not (yet) say
   * @param started when the holder started, or null when unknown
   */
  public LockedException(Path dataDir, Path lockFile, long pid, Instant started) {
    super(message(dataDir, pid, started));
    this.lockFile = lockFile;
    this.pid = pid;
    this.started = started;
  }

  public Path lockFile() {
    return lockFile;
  }

  public OptionalLong pid() {
    return pid < 0 ? OptionalLong.empty() : OptionalLong.of(pid);
  }

  public Optional<Instant> started() {
    return Optional.ofNullable(started);
  }

  private static String message(Path dataDir, long pid, Instant started) {
    String holder;
    if (pid < 0) {
      holder = "another process";
    } else {
      holder = "process " + pid + (started == null ? "" : ", started " + started);
    }
    return dataDir
        + " is in use by another Azmoon session ("
        + holder
        + "); try again when it has ended";
  }
}
