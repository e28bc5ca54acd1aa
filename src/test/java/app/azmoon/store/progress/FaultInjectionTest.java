package app.azmoon.store.progress;

import static app.azmoon.store.progress.ReviewLogTest.CLOCK;
import static app.azmoon.store.progress.ReviewLogTest.T;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import app.azmoon.store.StorageException;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store over a {@link Disk} that fails its N-th call (a write, force, truncation or rename),
 * for every N a session makes: opening a log with a torn last line, resuming, writing a snapshot,
 * appending and undoing, and writing the snapshot again. After each failure the log holds exactly
 * what it held plus the reviews that were acknowledged, the snapshot is the old one or a whole new
 * one, no temporary file is left, and the next session starts and finds every review.
 */
class FaultInjectionTest {
  @TempDir Path root;

  /** Counts calls and fails the one numbered {@code failAt}; 0 never fails. */
  static final class FailingDisk implements Disk {
    private final int failAt;
    int calls;
    String failed = "";

    FailingDisk(int failAt) {
      this.failAt = failAt;
    }

    private void step(String what) throws IOException {
      if (++calls == failAt) {
        failed = what;
        throw new IOException("injected failure of " + what);
      }
    }

    @Override
    public int write(FileChannel channel, ByteBuffer bytes) throws IOException {
      step("write");
      return Disk.REAL.write(channel, bytes);
    }

    @Override
    public int write(FileChannel channel, ByteBuffer bytes, long at) throws IOException {
      step("write");
      return Disk.REAL.write(channel, bytes, at);
    }

    @Override
    public void force(FileChannel channel) throws IOException {
      step("force");
      Disk.REAL.force(channel);
    }

    @Override
    public void truncate(FileChannel channel, long size) throws IOException {
      step("truncate");
      Disk.REAL.truncate(channel, size);
    }

    @Override
    public void move(Path from, Path to) throws IOException {
      step("rename");
      Disk.REAL.move(from, to);
    }
  }

  private static final String KEPT =
      "{\"bank\":\"b\",\"card\":\"old-1\",\"at\":\"2026-03-01T09:00:00Z\",\"rating\":\"good\"}\n"
          + "{\"bank\":\"b\",\"card\":\"old-2\",\"at\":\"2026-03-01T09:01:00Z\",\"rating\":\"hard\"}\n";
  private static final String TORN = "{\"bank\":\"b\",\"card\":\"old-3\",\"at\":\"2026-03";

  /** What one run of the scenario saw acknowledged. */
  private record Run(List<Review> acknowledged, List<String> undone, boolean completed) {}

  private Run scenario(Path dir, Disk disk) {
    List<Review> acknowledged = new ArrayList<>();
    List<String> undone = new ArrayList<>();
    SnapshotFile snapshots = new SnapshotFile(dir.resolve(SnapshotFile.FILE_NAME), disk);
    try (ReviewLog log = ReviewLog.open(dir, CLOCK, disk)) {
      log.resume(snapshots);
      snapshots.write(new Snapshot(log.end(), "{\"step\":1}"));
      for (int i = 0; i < 4; i++) {
        Review r = Review.of("b", "new-" + i, T.plusSeconds(i), Rating.values()[i]);
        log.append(r);
        acknowledged.add(r);
      }
      log.appendUndo("b", "new-3", T.plusSeconds(10));
      undone.add("new-3");
      snapshots.write(new Snapshot(log.end(), "{\"step\":2}"));
      return new Run(acknowledged, undone, true);
    } catch (StorageException e) {
      assertThat(e).hasMessageContaining("injected failure");
      return new Run(acknowledged, undone, false);
    }
  }

  @Test
  void a_failure_at_any_step_loses_nothing_acknowledged_and_the_next_start_recovers()
      throws IOException {
    int steps = 0;
    for (int failAt = 1; ; failAt++) {
      Path dir = Files.createDirectories(root.resolve("n" + failAt));
      Path file = dir.resolve(ReviewLog.FILE_NAME);
      Files.writeString(file, KEPT + TORN);
      SnapshotFile real = SnapshotFile.in(dir);
      Snapshot old = new Snapshot(LogPosition.START, "{\"step\":0}");
      real.write(old);
      FailingDisk disk = new FailingDisk(failAt);
      Run run = scenario(dir, disk);
      String what = "failing call " + failAt + " (" + disk.failed + ")";
      if (run.completed()) {
        assertThat(disk.failed).as("every call was failed once before").isEmpty();
        steps = failAt - 1;
        break;
      }

      // The log: as it was, or repaired, then exactly the acknowledged lines.
      String text = Files.readString(file);
      String written = text.startsWith(KEPT + TORN) ? text.substring((KEPT + TORN).length()) : "";
      if (!text.startsWith(KEPT + TORN)) {
        assertThat(text).as(what).startsWith(KEPT);
        written = text.substring(KEPT.length());
      }
      List<String> lines = written.isEmpty() ? List.of() : Arrays.asList(written.split("\n", -1));
      assertThat(written.isEmpty() || written.endsWith("\n")).as(what).isTrue();
      long reviews = lines.stream().filter(l -> l.contains("\"rating\"")).count();
      assertThat(reviews).as(what).isEqualTo(run.acknowledged().size());
      // The torn bytes are never lost: still in the log, or in a forced copy beside it.
      try (Stream<Path> files = Files.list(dir)) {
        List<String> names = files.map(p -> p.getFileName().toString()).toList();
        assertThat(names).as(what).noneMatch(n -> n.endsWith(".tmp"));
        if (!text.startsWith(KEPT + TORN)) {
          assertThat(names).as(what).anyMatch(n -> n.startsWith(ReviewLog.FILE_NAME + ".torn-"));
        }
      }
      // The snapshot: the old one, or a whole new one.
      assertThat(real.read()).as(what).isPresent();
      String payload = real.read().orElseThrow().payloadJson();
      assertThat(payload).as(what).isIn("{\"step\":0}", "{\"step\":1}", "{\"step\":2}");

      // The next start, on a disk that works, finds every acknowledged review.
      try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
        Resumed<JsonElement> resumed = log.resume(real);
        List<Review> all = log.read().reviews();
        assertThat(all.subList(0, 2)).extracting(Review::card).containsExactly("old-1", "old-2");
        List<Review> mine = new ArrayList<>(run.acknowledged());
        mine.removeIf(r -> run.undone().contains(r.card()));
        assertThat(all.subList(2, all.size())).as(what).isEqualTo(mine);
        assertThat(resumed.replay().end()).as(what).isEqualTo(log.end());
      }
      assertThat(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).endsWith("\n");
    }
    // torn repair (copy, force, truncate, force), snapshot (write, force, rename) twice, and a
    // write and a force per line: every one of them was failed in its turn.
    assertThat(steps).isGreaterThanOrEqualTo(4 + 3 + 5 * 2 + 3);
  }
}
