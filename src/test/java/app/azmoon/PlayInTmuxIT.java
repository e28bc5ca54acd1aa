package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program in a real terminal: the {@code ./azmoon} launcher inside tmux, driven with
 * send-keys and read with capture-pane, as a learner would see it. Runs in {@code mvn verify} after
 * the jar is packaged, wherever tmux is installed.
 */
@Timeout(120)
class PlayInTmuxIT {
  private static final String SOCKET = "azmoon-it-" + ProcessHandle.current().pid();

  @TempDir Path home;
  private final String session = "play";

  @BeforeEach
  void needsTmuxAndTheJar() {
    assumeTrue(run("tmux", "-V").startsWith("tmux"), "tmux is not installed");
    assertThat(Path.of("target/azmoon.jar")).exists();
  }

  @AfterEach
  void stopTmux() {
    run("tmux", "-L", SOCKET, "kill-server");
  }

  private void start(String env, String args) {
    String command =
        "env -u VTE_VERSION -u KONSOLE_VERSION AZMOON_HOME="
            + home
            + " "
            + env
            + " ./azmoon "
            + args
            + "; echo EXIT=$?; sleep 60";
    run("tmux", "-L", SOCKET, "new-session", "-d", "-s", session, "-x", "100", "-y", "50", command);
  }

  private void keys(String... keys) {
    List<String> command =
        new ArrayList<>(List.of("tmux", "-L", SOCKET, "send-keys", "-t", session));
    command.addAll(List.of(keys));
    run(command.toArray(String[]::new));
  }

  private String screen() {
    return run("tmux", "-L", SOCKET, "capture-pane", "-p", "-t", session);
  }

  /** Waits until the screen shows {@code text}, and returns the screen. */
  private String await(String text) throws InterruptedException {
    String shown = "";
    for (int i = 0; i < 200; i++) {
      shown = screen();
      if (shown.contains(text)) {
        return shown;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("the screen never showed \"" + text + "\":\n" + shown);
  }

  @Test
  void a_three_question_session_played_to_the_end() throws Exception {
    start("", "play --lang en --rtl terminal --order bank --count 3 --seed 1");
    await("Question 1/3");
    keys("September 1949", "Enter");
    await("✓ Right!");
    await("Question 2/3");
    keys("1950", "Enter");
    String wrong = await("✗ Not right.");
    assertThat(wrong).contains("Answer: 1949");
    await("Question 3/3");
    keys("1949", "Enter");
    String end = await("EXIT=");
    assertThat(end)
        .contains("Score: 2 of 3 (66.7%)", "Answered 3 of 3 questions, 2 right", "EXIT=0");
    try (var sessions = Files.list(home.resolve("sessions"))) {
      assertThat(sessions.count()).isEqualTo(1);
    }
  }

  @Test
  void ctrl_d_ends_the_session_with_the_summary_of_what_was_answered() throws Exception {
    start("", "play --lang en --rtl terminal --order bank --count 3 --seed 1");
    await("Question 1/3");
    keys("September 1949", "Enter");
    await("Question 2/3");
    keys("C-d");
    String end = await("EXIT=");
    assertThat(end).contains("Score: 1 of 1 (100%)", "Answered 1 of 3 questions", "EXIT=0");
  }

  @Test
  void ctrl_c_asks_first_and_a_second_one_quits_with_the_summary() throws Exception {
    start("", "play --lang en --rtl terminal --order bank --count 3 --seed 1");
    await("answer>");
    keys("C-c");
    await("Press Ctrl-C again to quit");
    keys("C-c");
    String end = await("EXIT=");
    assertThat(end).contains("Summary", "EXIT=0");
  }

  @Test
  void review_rates_with_one_key_and_ctrl_c_at_the_key_saves_and_ends() throws Exception {
    start("", "review --new 2 --lang en --rtl terminal --no-fuzz");
    await("Card 1/2 · new");
    keys("Enter"); // reveal
    await("1 again 1m · 2 hard 6m · 3 good 10m");
    keys("3");
    await("Card 2/3");
    keys("Enter");
    await("Rate with 1–4");
    keys("C-c"); // a key in raw mode, not a signal
    String end = await("EXIT=");
    assertThat(end).contains("Reviewed 1 cards", "EXIT=0");
    assertThat(Files.readAllLines(home.resolve("reviews.jsonl")))
        .singleElement()
        .asString()
        .contains("\"rating\":\"good\"");
  }

  @Test
  void persian_reads_right_to_left_in_visual_mode() throws Exception {
    start("AZMOON_RTL=visual", "--order bank --count 1 --seed 1");
    // "پرسش ۱/۱" in visual order: the digits stay left to right, the word is reversed and joined.
    String shown = await("ﺶﺳﺮﭘ");
    String header = shown.lines().filter(l -> l.contains("ﺶﺳﺮﭘ")).findFirst().orElseThrow();
    assertThat(header.strip()).endsWith("۱/۱ ﺶﺳﺮﭘ");
    assertThat(header).startsWith(" "); // right-aligned
    keys("ژوئن 1949", "Enter");
    await("EXIT=0");
  }

  private static String run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      return out;
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }
}
