package app.azmoon.store.progress;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Small file helpers shared by the progress store. */
final class Io {
  /** Time stamps in side-file names: sortable, no colons (Windows and some tools dislike them). */
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private Io() {}

  /** A short, plain reason for a message: "permission denied", "No space left on device". */
  static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? "input/output error" : e.getMessage(); // never a class name
  }

  static String stamp(Instant at) {
    return STAMP.format(at);
  }

  /** {@code base} with {@code suffix}, or with {@code suffix-2}, {@code -3}… if that is taken. */
  static Path freeName(Path base, String suffix) {
    Path candidate = base.resolveSibling(base.getFileName() + suffix);
    for (int n = 2; Files.exists(candidate); n++) {
      candidate = base.resolveSibling(base.getFileName() + suffix + "-" + n);
    }
    return candidate;
  }

  /** Writes all of {@code bytes} at {@code position}. */
  static void writeFully(FileChannel channel, ByteBuffer bytes, long position) throws IOException {
    long at = position;
    while (bytes.hasRemaining()) {
      at += channel.write(bytes, at);
    }
  }

  static void readFully(FileChannel channel, ByteBuffer into, long position) throws IOException {
    long at = position;
    while (into.hasRemaining()) {
      int n = channel.read(into, at);
      if (n < 0) {
        throw new java.io.EOFException("the file ended early");
      }
      at += n;
    }
  }

  /** Forces a folder so a created or renamed entry survives a crash; not every system can. */
  static void forceFolder(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not supported here; the entry is as safe as this file system allows
    }
  }

  /** Whether {@code file} is a FIFO or a socket, which block or fail when opened as a file. */
  static boolean isPipeOrSocket(Path file) {
    try {
      int type = (Integer) Files.getAttribute(file, "unix:mode") & 0170000;
      return type == 0010000 || type == 0140000;
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
      return false; // missing (an empty log), or no such attribute on this system
    }
  }

  static void closeQuietly(Closeable c) {
    try {
      c.close();
    } catch (IOException e) {
      // nothing more to do: the failure that matters has been reported
    }
  }
}
