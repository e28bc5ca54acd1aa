package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signals that end a real {@code azmoon play} fed by a pipe: SIGTERM, SIGHUP (the terminal closed)
 * and SIGINT save what was answered, then exit 143, 129 and 130; SIGKILL at any moment leaves the
 * sessions folder without a half-written record. Each signal is sent once the program has printed
 * what the test waits for, never after a fixed wait.
 *
 * <p>The kill loop runs 20 kills; {@code AZMOON_KILLS=200} runs more.
 */
@Timeout(900)
class PlaySignalsIT {
  private static final Path JAR = Path.of("target/azmoon.jar").toAbsolutePath();
  private static final long PATIENCE_SECONDS = 60;

  @TempDir Path home;

  @BeforeEach
  void needsTheJarAndKill() {
    assertThat(JAR).exists();
    assumeTrue(Files.isExecutable(Path.of("/bin/kill")), "kill sends the signals");
  }

  /** A running program, its standard output collected line by line. */
  private static final class Running {
    final Process process;
    final OutputStream in;
    private final List<String> lines = new ArrayList<>();

    Running(Process process) {
      this.process = process;
      this.in = process.getOutputStream();
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line; (line = out.readLine()) != null; ) {
                    synchronized (lines) {
                      lines.add(line);
                      lines.notifyAll();
                    }
                  }
                } catch (IOException e) {
                  // the process ended
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    void type(String line) throws IOException {
      in.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
    }

    /** Waits until a line of output contains {@code text}. */
    void await(String text) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
      synchronized (lines) {
        while (lines.stream().noneMatch(l -> l.contains(text))) {
          assertThat(System.nanoTime()).as("the program printed " + text).isLessThan(deadline);
          assertThat(process.isAlive()).as("still running, waiting for " + text).isTrue();
          lines.wait(1000);
        }
      }
    }

    void signal(String name) throws IOException, InterruptedException {
      Process kill =
          new ProcessBuilder("/bin/kill", "-s", name, String.valueOf(process.pid())).start();
      assertThat(kill.waitFor()).isZero();
    }

    int exitCode() throws InterruptedException {
      assertThat(process.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
      return process.exitValue();
    }
  }

  private Running play(String... more) throws IOException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                "-jar",
                JAR.toString(),
                "play",
                "--order",
                "bank",
                "--count",
                "3",
                "--lang",
                "en"));
    command.addAll(List.of(more));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("AZMOON_HOME", home.toString());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    return new Running(pb.start());
  }

  private List<Path> records() throws IOException {
    Path sessions = home.resolve("sessions");
    if (!Files.isDirectory(sessions)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(sessions)) {
      return files.sorted().toList();
    }
  }

  @ParameterizedTest(name = "SIG{0} → exit {1}")
  @CsvSource({"TERM, 143", "HUP, 129", "INT, 130"})
  void a_signal_saves_what_was_answered_then_exits_with_its_code(String signal, int code)
      throws Exception {
    Running play = play();
    play.await("Question 1/3");
    play.type("September 1949");
    play.await("Question 2/3");
    play.signal(signal);
    assertThat(play.exitCode()).isEqualTo(code);
    List<Path> records = records();
    assertThat(records).hasSize(1);
    JsonObject record = JsonParser.parseString(Files.readString(records.get(0))).getAsJsonObject();
    assertThat(record.getAsJsonArray("questions")).hasSize(1);
    assertThat(
            record.getAsJsonArray("questions").get(0).getAsJsonObject().get("answer").getAsString())
        .isEqualTo("September 1949");
    assertThat(record.get("score").getAsDouble()).isEqualTo(1.0);
  }

  @Test
  void a_signal_before_any_answer_saves_nothing_and_still_says_so_in_the_code() throws Exception {
    Running play = play();
    play.await("Question 1/3");
    play.signal("TERM");
    assertThat(play.exitCode()).isEqualTo(143);
    assertThat(records()).isEmpty();
  }

  @Test
  void a_piped_review_ended_by_a_signal_exits_with_its_code() throws Exception {
    ProcessBuilder pb =
        new ProcessBuilder("java", "-jar", JAR.toString(), "review", "--new", "5", "--lang", "en");
    pb.environment().put("AZMOON_HOME", home.toString());
    pb.redirectError(ProcessBuilder.Redirect.DISCARD);
    Running review = new Running(pb.start());
    review.type("good");
    review.await(" good ");
    review.signal("TERM");
    assertThat(review.exitCode()).isEqualTo(143);
    assertThat(Files.readAllLines(home.resolve("reviews.jsonl")))
        .singleElement()
        .asString()
        .contains("\"rating\":\"good\"");
  }

  /**
   * SIGKILL at random moments of a session that answers and saves: whatever the moment, every
   * record in the folder is whole, and a half-written temporary file left by a kill is gone after
   * the next session saves.
   */
  @Test
  void sigkill_at_any_moment_leaves_no_half_written_record() throws Exception {
    int kills = Integer.parseInt(System.getenv().getOrDefault("AZMOON_KILLS", "20"));
    Random random = new Random(kills);
    for (int i = 0; i < kills; i++) {
      Running play = play("--seed", String.valueOf(i));
      play.await("Question 1/3");
      // The answers and the end of input at once: the session runs to its save, and the kill
      // falls anywhere from the first answer to past the save.
      play.type("September 1949");
      play.type(":skip");
      play.type("1950");
      play.in.close();
      long killAt = System.nanoTime() + random.nextInt(400) * 1_000_000L;
      while (System.nanoTime() < killAt && play.process.isAlive()) {
        Thread.onSpinWait();
      }
      play.process.destroyForcibly();
      play.exitCode();
      for (Path record : records()) {
        if (!record.getFileName().toString().startsWith(".")) {
          JsonObject json = JsonParser.parseString(Files.readString(record)).getAsJsonObject();
          assertThat(json.get("format").getAsString()).isEqualTo("azmoon/session@1");
          assertThat(json.getAsJsonArray("questions")).hasSize(3);
        }
      }
    }
    Running last = play();
    last.await("Question 1/3");
    last.type("September 1949");
    last.in.close();
    assertThat(last.exitCode()).isZero();
    assertThat(records()).noneMatch(p -> p.getFileName().toString().endsWith(".tmp"));
  }
}
