package app.azmoon.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a whole file or nothing: a temporary file beside it, forced to disk, renamed over the
 * target, then the folder forced so the rename survives a crash. A reader sees the old file or the
 * new one, never half of either. Only a regular file (or none) is replaced so: a symbolic link is
 * written through, a FIFO or a device is written as a stream, a folder is refused ({@link
 * OutputTarget}).
 */
public final class AtomicFile {
  private AtomicFile() {}

  public static void write(Path requested, String content) {
    Path target = requested;
    Path temp = null;
    try {
      OutputTarget.Resolved resolved = OutputTarget.resolve(requested);
      target = resolved.path();
      switch (resolved.kind()) {
        case FOLDER -> throw new StorageException(requested + ": is a folder, not a file");
        case STREAM -> {
          stream(target, content);
          return;
        }
        case REPLACE -> {
          // below
        }
      }
      Path dir = target.getParent();
      Files.createDirectories(dir);
      removeStale(dir);
      temp = Files.createFile(tempFor(target));
      readableByAll(temp);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
          channel.write(bytes);
        }
        channel.force(true);
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
      forceFolder(dir);
    } catch (IOException e) {
      throw new StorageException(requested + ": cannot write: " + reason(e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The write already failed; that is the error worth reporting.
        }
      }
    }
  }

  /**
   * Into a pipe or a device as it is: opened for appending, so that {@code /dev/stdout} redirected
   * into a file ({@code >} or {@code >>}) gets the text after whatever is already there.
   */
  private static void stream(Path target, String content) throws IOException {
    try (FileChannel channel =
        FileChannel.open(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      ByteBuffer bytes = ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8));
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
  }

  /** A temporary file is private (0600); the file it becomes is an ordinary one (0644). */
  private static void readableByAll(Path file) throws IOException {
    try {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: its defaults apply
    }
  }

  /**
   * Some file systems cannot open a folder for syncing; the rename is then as safe as they allow.
   */
  private static void forceFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not supported here
    }
  }

  static String reason(IOException e) {
    String m = e.getMessage();
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return m == null ? "an input/output error" : m;
  }

  /** Temporary files of this run: {@code .NAME.azmoon-PID-START-RANDOM.tmp}. */
  private static final java.util.regex.Pattern OURS =
      java.util.regex.Pattern.compile("\\..+\\.azmoon-(\\d+)-(\\d+)-\\d+\\.tmp");

  /** What earlier Azmoons named them ({@code .NAME1234567890.tmp}): no owner to ask. */
  private static final java.util.regex.Pattern EARLIER =
      java.util.regex.Pattern.compile("\\..+[^\\d]\\d{10,20}\\.tmp");

  /** An earlier Azmoon's temporary file this old is not being written any more. */
  private static final java.time.Duration EARLIER_STALE = java.time.Duration.ofHours(1);

  private static final java.util.Set<Path> CLEANED =
      java.util.concurrent.ConcurrentHashMap.newKeySet();

  private static final java.util.Random RANDOM = new java.util.Random();

  /**
   * A fresh name for a temporary file beside {@code target}, naming this process and when it
   * started, so a later run can tell a file whose writer was killed from one still being written.
   */
  public static Path tempFor(Path target) {
    ProcessHandle self = ProcessHandle.current();
    long started = startMillis(self);
    long random;
    synchronized (RANDOM) {
      random = RANDOM.nextLong() & Long.MAX_VALUE;
    }
    return target
        .toAbsolutePath()
        .resolveSibling(
            "."
                + target.getFileName()
                + ".azmoon-"
                + self.pid()
                + "-"
                + started
                + "-"
                + random
                + ".tmp");
  }

  /**
   * Deletes the temporary files a killed run left in {@code dir} (once per folder and run): only
   * names Azmoon makes, and only when the process that made them has ended — a run still writing
   * beside us keeps its file. Failing to delete costs nothing but the space.
   */
  public static void removeStale(Path dir) {
    if (!CLEANED.add(dir.toAbsolutePath())) {
      return;
    }
    try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
      entries.filter(AtomicFile::isStale).forEach(AtomicFile::deleteQuietly);
    } catch (IOException | java.io.UncheckedIOException e) {
      // an unlistable folder: the write that follows reports what matters
    }
  }

  private static boolean isStale(Path file) {
    String name = file.getFileName().toString();
    java.util.regex.Matcher ours = OURS.matcher(name);
    try {
      if (ours.matches()) {
        long pid = Long.parseLong(ours.group(1));
        long started = Long.parseLong(ours.group(2));
        return ProcessHandle.of(pid).map(p -> startMillis(p) != started).orElse(true)
            && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
      }
      if (EARLIER.matcher(name).matches()
          && Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        java.time.Instant modified = Files.getLastModifiedTime(file).toInstant();
        return modified.isBefore(java.time.Instant.now().minus(EARLIER_STALE));
      }
    } catch (IOException | NumberFormatException e) {
      return false;
    }
    return false;
  }

  /** When a process started, to tell it from a later one given the same id; 0 when unknown. */
  private static long startMillis(ProcessHandle process) {
    return process.info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // left for a later run
    }
  }
}
