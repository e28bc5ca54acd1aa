package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
@Timeout(300)
class PlayInTmuxIT {
  @TempDir Path home;
  @TempDir Path tmuxDir;
  private Tmux tmux;

  @BeforeEach
  void needsTmuxAndTheJar() {
    assumeTrue(Tmux.installed(), "tmux is not installed");
    assertThat(Path.of("target/azmoon.jar")).exists();
  }

  @AfterEach
  void stopTmux() {
    if (tmux != null) {
      tmux.close();
    }
  }

  private void start(String env, String args) {
    tmux =
        Tmux.start(
            tmuxDir,
            100,
            50,
            "env -u VTE_VERSION -u KONSOLE_VERSION AZMOON_HOME="
                + home
                + " "
                + env
                + " ./azmoon "
                + args);
  }

  private void keys(String... keys) {
    tmux.keys(keys);
  }

  private String await(String text) throws InterruptedException {
    return tmux.await(text);
  }

  private void awaitPrompt() throws InterruptedException {
    tmux.awaitPrompt("answer>");
  }

  @Test
  void a_three_question_session_played_to_the_end() throws Exception {
    start("", "play --lang en --rtl terminal --order bank --count 3 --seed 1");
    await("Question 1/3");
    awaitPrompt();
    keys("September 1949", "Enter");
    await("✓ Right!");
    await("Question 2/3");
    awaitPrompt();
    keys("1950", "Enter");
    String wrong = await("✗ Not right.");
    assertThat(wrong).contains("Answer: 1949");
    await("Question 3/3");
    awaitPrompt();
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
    awaitPrompt();
    keys("September 1949", "Enter");
    await("Question 2/3");
    awaitPrompt();
    keys("C-d");
    String end = await("EXIT=");
    assertThat(end).contains("Score: 1 of 1 (100%)", "Answered 1 of 3 questions", "EXIT=0");
  }

  @Test
  void ctrl_c_asks_first_and_a_second_one_quits_saving_the_record_with_exit_130() throws Exception {
    start("", "play --lang en --rtl terminal --order bank --count 3 --seed 1");
    await("Question 1/3");
    awaitPrompt();
    keys("September 1949", "Enter");
    await("Question 2/3");
    awaitPrompt();
    keys("C-c");
    tmux.awaitPrompt("Press Ctrl-C again to quit");
    keys("C-c");
    String end = await("EXIT=");
    assertThat(end).contains("Score: 1 of 1 (100%)", "Session saved", "EXIT=130");
    try (var sessions = Files.list(home.resolve("sessions"))) {
      assertThat(sessions.toList())
          .singleElement()
          .satisfies(f -> assertThat(f).content().contains("\"answer\": \"September 1949\""));
    }
  }

  @Test
  void review_rates_with_one_key_and_ctrl_c_asks_first_as_in_play() throws Exception {
    start("", "review --new 2 --lang en --rtl terminal --no-fuzz");
    await("Card 1/2 · new");
    awaitPrompt();
    keys("Enter"); // reveal
    await("1 again 1m · 2 hard 6m · 3 good 10m");
    tmux.awaitPrompt("Rate with 1–4");
    keys("C-c"); // a key in raw mode, not a signal: it asks first
    tmux.awaitPrompt("Press Ctrl-C again to quit");
    keys("x"); // anything else goes on
    tmux.awaitPrompt("Rate with 1–4");
    keys("3");
    await("Card 2/3");
    awaitPrompt();
    keys("Enter");
    tmux.awaitPrompt("Rate with 1–4"); // card 2's, at the cursor: card 1's is on screen too
    keys("C-c");
    tmux.awaitPrompt("Press Ctrl-C again to quit");
    keys("C-c");
    String end = await("EXIT=");
    assertThat(end).contains("Reviewed 1 cards", "EXIT=130"); // saved, and interrupted
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
    tmux.awaitPrompt("\uFEA6\uFEB3\uFE8E\uFB58>"); // "پاسخ>" shaped, in visual order
    keys("ژوئن 1949", "Enter");
    await("EXIT=0");
  }
}
