package app.azmoon.store.progress;

import static app.azmoon.store.progress.ReviewLogTest.CLOCK;
import static app.azmoon.store.progress.ReviewLogTest.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import app.azmoon.store.StorageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.InstantSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full disk and an unwritable directory end in {@link StorageException} with the old data intact.
 *
 * <p>CI runs as root, which ignores file permissions, so the main tests use failures root meets
 * too: a file-size limit ({@code ulimit -f}, which makes a write stop part-way with EFBIG exactly
 * as a full disk stops it with ENOSPC), {@code /dev/full}, and a data directory path that is a
 * file. The permission test runs only where permissions bite.
 */
@Timeout(300)
class StorageFailureTest {
  /** 64 KiB: bash's {@code ulimit -f} counts 1024-byte blocks. */
  private static final String LIMIT_64K = "ulimit -f 64";

  @TempDir Path dir;

  @Test
  void an_append_that_does_not_fit_leaves_the_log_as_it_was() throws Exception {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      for (int i = 0; Files.size(log.file()) < 60_000; i++) {
        log.append(Review.of("b", "c-" + i, T, Rating.GOOD));
      }
    }
    byte[] before = Files.readAllBytes(dir.resolve(ReviewLog.FILE_NAME));
    // 10 KB more: part of the line fits under the limit, the rest fails
    String out = ProgressChild.run(LIMIT_64K, "append-big", dir.toString(), "10000");
    assertThat(out)
        .startsWith("failed ")
        .contains("cannot save the review: File too large", "the log is as it was");
    assertThat(Files.readAllBytes(dir.resolve(ReviewLog.FILE_NAME))).isEqualTo(before);
  }

  @Test
  void a_snapshot_that_does_not_fit_leaves_the_old_one_intact() throws Exception {
    SnapshotFile snapshots = SnapshotFile.in(dir);
    snapshots.write(ProgressChild.payloadSnapshot(1000, 'a'));
    String out = ProgressChild.run(LIMIT_64K, "snapshot", dir.toString(), "100000");
    assertThat(out).startsWith("failed ").contains("cannot write");
    assertThat(snapshots.read()).hasValue(ProgressChild.payloadSnapshot(1000, 'a'));
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(snapshots.file()); // the temporary file was removed
    }
  }

  @Test
  void writing_to_a_full_device_is_a_storage_error() throws IOException {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.isWritable(full), "needs Linux's /dev/full");
    Files.createSymbolicLink(dir.resolve(ReviewLog.FILE_NAME), full);
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      assertThatThrownBy(() -> log.append(Review.of("b", "c", T, Rating.GOOD)))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("cannot save the review: No space left on device");
    }
  }

  @Test
  void a_data_directory_path_that_is_a_file_is_a_storage_error_and_the_file_is_untouched()
      throws IOException {
    Path file = Files.writeString(dir.resolve("data"), "mine");
    assertThatThrownBy(() -> ReviewLog.open(file, CLOCK)).isInstanceOf(StorageException.class);
    assertThatThrownBy(() -> SnapshotFile.in(file).write(new Snapshot(LogPosition.START, "{}")))
        .isInstanceOf(StorageException.class);
    assertThat(Files.readString(file)).isEqualTo("mine");
  }

  @Test
  void a_read_only_directory_is_a_storage_error_with_the_old_snapshot_intact() throws IOException {
    SnapshotFile snapshots = SnapshotFile.in(dir);
    snapshots.write(new Snapshot(LogPosition.START, "{\"old\":true}"));
    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(canCreateFileIn(dir), "permissions do not bind here (running as root)");
      assertThatThrownBy(() -> ReviewLog.open(dir, CLOCK))
          .isInstanceOf(StorageException.class)
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> snapshots.write(new Snapshot(LogPosition.START, "{}")))
          .isInstanceOf(StorageException.class);
      assertThat(snapshots.read().orElseThrow().payloadJson()).isEqualTo("{\"old\":true}");
    } finally {
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void a_backup_is_copied_beside_the_file_before_a_migration() throws IOException {
    Path log = Files.writeString(dir.resolve(ReviewLog.FILE_NAME), "old format\n");
    Path backup = Backups.beforeMigration(log, CLOCK).orElseThrow();
    assertThat(backup.getFileName().toString()).isEqualTo("reviews.jsonl.bak-20260301T100000Z");
    assertThat(Files.readString(backup)).isEqualTo("old format\n");
    assertThat(Backups.beforeMigration(log, CLOCK).orElseThrow().getFileName().toString())
        .isEqualTo("reviews.jsonl.bak-20260301T100000Z-2");
  }

  @Test
  void there_is_nothing_to_back_up_when_the_file_does_not_exist() {
    assertThat(Backups.beforeMigration(dir.resolve("none"), InstantSource.system())).isEmpty();
  }

  private static boolean canCreateFileIn(Path dir) {
    try {
      Files.delete(Files.createTempFile(dir, "probe", ""));
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
