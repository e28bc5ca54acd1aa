package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.schedule.Parameters;
import app.azmoon.domain.schedule.Scheduler;
import app.azmoon.store.progress.ProgressStore;
import app.azmoon.store.progress.ReviewLog;
import app.azmoon.store.progress.SnapshotFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Kills a real {@code azmoon review} with SIGKILL at a random moment while ratings stream in, and
 * checks that every review it acknowledged is in the log, that the log still opens, and that the
 * snapshot (kept, or deleted to be rebuilt) gives the card states a full replay gives.
 *
 * <p>20 kills (seeds 1–20) in {@code mvn verify}; {@code AZMOON_KILL_LOOPS=200 mvn verify} runs 200
 * (see docs/reliability.md).
 */
@Timeout(300)
class ReviewKillIT {
  @TempDir Path home;

  static LongStream seeds() {
    String loops = System.getenv("AZMOON_KILL_LOOPS");
    return LongStream.rangeClosed(1, loops == null ? 20 : Long.parseLong(loops.trim()));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void every_acknowledged_review_survives_a_kill(long seed) throws Exception {
    Random random = new Random(seed);
    Process review = start();
    List<String> acknowledged = Collections.synchronizedList(new ArrayList<>());
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader out =
                  new BufferedReader(
                      new InputStreamReader(review.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = out.readLine()) != null; ) {
                  synchronized (acknowledged) {
                    acknowledged.add(line);
                    acknowledged.notifyAll();
                  }
                }
              } catch (Exception e) {
                // the process was killed
              }
            });
    reader.start();
    OutputStream in = review.getOutputStream();
    // The kill comes at a random moment after the first acknowledgement, not during JVM start.
    in.write("good\n".getBytes(StandardCharsets.UTF_8));
    in.flush();
    // Generous: a JVM starting on a busy machine; the line wakes this thread, no fixed wait.
    synchronized (acknowledged) {
      long deadline = System.nanoTime() + 90_000_000_000L;
      while (acknowledged.isEmpty() && System.nanoTime() < deadline) {
        acknowledged.wait(1000);
      }
    }
    assertThat(acknowledged).as("the review started").isNotEmpty();
    long killAt = System.nanoTime() + random.nextInt(1000) * 1_000_000L;
    String[] ratings = {"again\n", "hard\n", "good\n", "easy\n"};
    try {
      while (System.nanoTime() < killAt && review.isAlive()) {
        in.write(ratings[random.nextInt(4)].getBytes(StandardCharsets.UTF_8));
        in.flush();
        Thread.sleep(random.nextInt(15));
      }
    } catch (java.io.IOException e) {
      // the process ended first
    }
    // What the learner was told before the kill; the summary, if the cards ran out first, is not
    // an acknowledgement.
    List<String> seen =
        List.copyOf(acknowledged).stream()
            .filter(l -> l.matches("\\S+ (again|hard|good|easy) \\S+Z"))
            .toList();
    review.destroyForcibly().waitFor();
    reader.join(5000);

    List<String> log =
        Files.exists(home.resolve("reviews.jsonl"))
            ? Files.readAllLines(home.resolve("reviews.jsonl"))
            : List.of();
    assertThat(log.size()).isGreaterThanOrEqualTo(seen.size());
    for (int i = 0; i < seen.size(); i++) {
      String[] ack = seen.get(i).split(" ");
      assertThat(log.get(i))
          .contains("\"card\":\"" + ack[0] + "\"", "\"rating\":\"" + ack[1] + "\"");
    }
    // Every other time the snapshot is deleted, and the next start must rebuild it.
    Path snapshot = home.resolve(SnapshotFile.FILE_NAME);
    if (seed % 2 == 0) {
      Files.deleteIfExists(snapshot);
    }
    // The log still opens: a torn last line is set aside, nothing else is lost.
    Process again = start();
    again.getOutputStream().close();
    assertThat(again.waitFor()).isZero();
    assertThat(snapshot).exists();
    assertThat(ReviewLog.resumeReadOnly(home, SnapshotFile.in(home)).fromSnapshot()).isTrue();
    // The parameters review uses by default, so the snapshot's states are the ones compared.
    Scheduler scheduler =
        new Scheduler(Parameters.DEFAULT.withRetention(0.9).withShortTerm(true).withFuzz(true));
    Instant later = Instant.now().plus(Duration.ofDays(3650));
    assertThat(ProgressStore.readStates(home, scheduler, later).states())
        .isEqualTo(ProgressStore.read(home, scheduler, later).states());
  }

  private Process start() throws java.io.IOException {
    ProcessBuilder pb =
        new ProcessBuilder(
            "java",
            "-jar",
            "target/azmoon.jar",
            "review",
            "--new",
            "500",
            "--limit",
            "1000",
            "--lang",
            "en");
    pb.environment().put("AZMOON_HOME", home.toString());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    return pb.start();
  }
}
