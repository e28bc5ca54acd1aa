package app.azmoon.store.progress;

import static app.azmoon.store.progress.ReviewLogTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.store.Fifo;
import app.azmoon.store.LockedException;
import app.azmoon.store.StorageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(300)
class ReviewLockTest {
  @TempDir Path dir;

  @Test
  void a_second_session_in_the_same_process_is_refused_naming_this_process() {
    try (ReviewLog first = ReviewLog.open(dir, CLOCK)) {
      assertThat(first.file()).exists();
      assertThatThrownBy(() -> ReviewLog.open(dir, CLOCK))
          .isInstanceOfSatisfying(
              LockedException.class,
              e -> {
                assertThat(e.pid()).hasValue(ProcessHandle.current().pid());
                assertThat(e.getMessage())
                    .startsWith(
                        dir
                            + " is in use by another Azmoon session (process "
                            + ProcessHandle.current().pid()
                            + ", started ");
              });
    }
  }

  @Test
  void the_same_directory_spelled_another_way_is_the_same_lock() throws IOException {
    Files.createDirectories(dir.resolve("sub"));
    try (ReviewLock first = ReviewLock.acquire(dir, CLOCK)) {
      assertThat(first.file()).exists();
      assertThatThrownBy(() -> ReviewLock.acquire(dir.resolve("sub/.."), CLOCK))
          .isInstanceOf(LockedException.class);
    }
  }

  @Test
  void a_lock_that_is_not_a_regular_file_is_refused_saying_so() throws Exception {
    Path fifo = Fifo.make(dir, ReviewLock.FILE_NAME);
    Path other = Files.createDirectories(dir.resolve("other"));
    Files.createSymbolicLink(other.resolve(ReviewLock.FILE_NAME), Path.of("/dev/zero"));
    Path third = Files.createDirectories(dir.resolve("third").resolve(ReviewLock.FILE_NAME));
    for (Path lock : new Path[] {fifo, other.resolve(ReviewLock.FILE_NAME), third}) {
      assertThatThrownBy(() -> ReviewLock.acquire(lock.getParent(), CLOCK))
          .isInstanceOf(StorageException.class)
          .hasMessage(
              lock
                  + ": is not a regular file, so it cannot be the data directory's lock: remove it");
      // Refused before anything was held: the next try meets the same words, not "locked".
      assertThatThrownBy(() -> ReviewLock.acquire(lock.getParent(), CLOCK))
          .hasMessageContaining("is not a regular file");
    }
  }

  @Test
  void closing_releases_the_lock() {
    ReviewLog.open(dir, CLOCK).close();
    ReviewLog.open(dir, CLOCK).close();
  }

  @Test
  void a_refused_attempt_in_this_process_does_not_drop_the_holders_os_lock() throws Exception {
    try (ReviewLock first = ReviewLock.acquire(dir, CLOCK)) {
      assertThat(first.file()).exists();
      assertThatThrownBy(() -> ReviewLock.acquire(dir, CLOCK)).isInstanceOf(LockedException.class);
      // POSIX drops every lock of a process when any of its channels on the file closes; the
      // refused attempt must not have opened the file at all.
      assertThat(ProgressChild.run("", "try", dir.toString()))
          .startsWith(
              "refused "
                  + dir
                  + " is in use by another Azmoon session (process "
                  + ProcessHandle.current().pid());
    }
  }

  @Test
  void a_session_in_another_process_is_refused_naming_that_process() throws Exception {
    Process child = ProgressChild.start("", "hold", dir.toString());
    try {
      waitUntilLocked(child);
      assertThatThrownBy(() -> ReviewLog.open(dir, CLOCK))
          .isInstanceOfSatisfying(
              LockedException.class,
              e -> {
                assertThat(e.pid()).hasValue(child.pid());
                assertThat(e.started()).isPresent();
                assertThat(e.getMessage()).contains("(process " + child.pid() + ", started ");
              });
    } finally {
      child.getOutputStream().close(); // lets it end cleanly
      child.waitFor(20, TimeUnit.SECONDS);
    }
    ReviewLog.open(dir, CLOCK).close();
  }

  @Test
  void a_lock_left_by_a_killed_process_does_not_block() throws Exception {
    Process child = ProgressChild.start("", "hold", dir.toString());
    waitUntilLocked(child);
    child.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
    assertThat(Files.readString(dir.resolve(ReviewLock.FILE_NAME)))
        .contains("\"pid\":" + child.pid());
    try (ReviewLock lock = ReviewLock.acquire(dir, CLOCK)) {
      assertThat(Files.readString(lock.file()))
          .contains(
              "\"pid\":" + ProcessHandle.current().pid(), "\"locked\":\"2026-03-01T10:00:00Z\"");
    }
  }

  @Test
  void a_lock_file_naming_a_dead_process_is_only_text() throws IOException {
    Files.writeString(dir.resolve(ReviewLock.FILE_NAME), "{\"pid\":999999999}\n");
    ReviewLock.acquire(dir, CLOCK).close();
  }

  @Test
  void a_data_directory_that_cannot_be_created_is_a_storage_error() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
    assertThatThrownBy(() -> ReviewLock.acquire(file.resolve("azmoon"), CLOCK))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("cannot use as the data directory");
  }

  private static void waitUntilLocked(Process child) throws IOException {
    BufferedReader out = ProgressChild.output(child);
    String line = out.readLine();
    assertThat(line).as("the child's first line").startsWith("locked");
  }
}
