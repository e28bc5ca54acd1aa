package app.azmoon.store.progress;

import app.azmoon.store.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.InstantSource;
import java.util.Optional;

/**
 * Copies a file aside before its format is changed, so a migration that goes wrong, or a learner
 * who goes back to an older Azmoon, still has the original: {@code reviews.jsonl} → {@code
 * reviews.jsonl.bak-20260301T100000Z}.
 */
public final class Backups {
  private Backups() {}

  /**
   * Copies {@code file} beside itself, forced to disk, and returns the copy; empty when there is no
   * such file (nothing to lose).
   *
   * @throws StorageException when the copy cannot be made; the caller must not migrate then
   */
  public static Optional<Path> beforeMigration(Path file, InstantSource clock) {
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Path backup = Io.freeName(file, ".bak-" + Io.stamp(clock.instant()));
    try {
      Files.copy(file, backup, StandardCopyOption.COPY_ATTRIBUTES);
      try (FileChannel copy = FileChannel.open(backup, StandardOpenOption.WRITE)) {
        copy.force(true);
      }
      Io.forceFolder(backup.toAbsolutePath().getParent());
      return Optional.of(backup);
    } catch (IOException e) {
      throw new StorageException(
          file
              + ": cannot back it up before changing its format: "
              + Io.reason(e)
              + "; nothing was changed",
          e);
    }
  }
}
