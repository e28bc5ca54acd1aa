package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kills a real {@code azmoon review} with SIGKILL at a random moment while ratings stream in, and
 * checks that every review it acknowledged is in the log, and that the log still opens.
 */
@Timeout(300)
class ReviewKillIT {
  @TempDir Path home;

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
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
    // The log still opens: a torn last line is set aside, nothing else is lost.
    Process again = start();
    again.getOutputStream().close();
    assertThat(again.waitFor()).isZero();
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
