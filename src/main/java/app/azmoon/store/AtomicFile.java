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
      temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
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
}
