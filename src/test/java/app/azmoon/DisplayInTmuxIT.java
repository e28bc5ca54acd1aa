package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.azmoon.text.Columns;
import app.azmoon.text.VisualOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What a learner sees of mixed Persian, numbers and Latin: the real jar in a real terminal (tmux),
 * in both right-to-left modes, read with capture-pane.
 *
 * <p>tmux does no bidi itself, so a pane shows what a terminal without bidi shows. In visual mode
 * that is the screen; it is read back the way a person reads it ({@link #read}). In terminal mode
 * the pane holds logical order, and a bidi terminal's view of it is the Unicode bidi algorithm
 * applied to each captured line ({@link #bidiTerminal}).
 *
 * <p>Each test runs its own tmux server on a socket in its own temporary directory, checks every
 * tmux command's exit code, waits for text on screen before each key it sends, and stops its server
 * afterwards; the shell keeps the pane open after the program exits.
 */
@Timeout(240)
class DisplayInTmuxIT {
  private static final Duration DEADLINE = Duration.ofSeconds(60);
  private static final int WIDTH = 100;

  /** The visual prompt: پاسخ joined, last letter first (خ final, س initial, ا final, پ initial). */
  private static final String VISUAL_PROMPT = "\uFEA6\uFEB3\uFE8E\uFB58> ";

  @TempDir Path tmp;
  private Path home;
  private Tmux tmux;

  @BeforeEach
  void needsTmuxAndTheJar() throws IOException {
    assumeTrue(Tmux.installed(), "tmux is not installed");
    assertThat(Path.of("target/azmoon.jar")).exists();
    home = Files.createDirectory(tmp.resolve("home"));
  }

  @AfterEach
  void stopTmux() {
    if (tmux != null) {
      tmux.close();
    }
  }

  // --- Review ----------------------------------------------------------------------------------

  /** The ratings of a new card with the default parameters and no fuzz: 1m, 6m, 10m, 8d. */
  private static final String RATINGS =
      "۱ دوباره ۱ دقیقه · ۲ سخت ۶ دقیقه · ۳ خوب ۱۰ دقیقه · ۴ آسان ۸ روز";

  /** The next due time in the Persian interface's own calendar: «۱۱ آذر ۱۴۰۵، ۰۹:۳۰». */
  private static final Pattern NEXT_DUE =
      Pattern.compile("موعد کارت بعدی: [۰-۹]{1,2} \\S+ [۰-۹]{4}، [۰-۹]{2}:[۰-۹]{2}");

  /** The same with --calendar gregorian: an ISO-like date that must read left to right. */
  private static final Pattern NEXT_DUE_GREGORIAN =
      Pattern.compile("موعد کارت بعدی: [۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");

  @Test
  void visual_review_reads_each_rating_with_its_own_interval_and_the_date_left_to_right()
      throws Exception {
    start("review --new 2 --no-fuzz --rtl visual");
    String prompt = await(s -> s.contains(VISUAL_PROMPT.strip()));
    assertThat(prompt.lines()).anyMatch(l -> l.startsWith(VISUAL_PROMPT.strip()));
    keys("Enter"); // reveal
    String shown = await(s -> s.lines().anyMatch(l -> read(l).equals(RATINGS)));
    String ratings = shown.lines().filter(l -> read(l).equals(RATINGS)).findFirst().get();
    assertThat(Columns.width(ratings)).as("right-aligned").isEqualTo(WIDTH);
    keys("3");
    await(s -> s.lines().anyMatch(l -> read(l).startsWith("کارت ۲/")));
    // Ctrl-D only once the line editor reads: typed before raw mode, the terminal would take it
    // as the end of a line nobody was reading, and it would never reach Azmoon.
    awaitAtCursor(VISUAL_PROMPT.strip());
    keys("C-d"); // at the answer prompt: the end, with the summary
    String end = await(s -> s.contains("EXIT="));
    assertThat(end).contains("EXIT=0");
    assertThat(end.lines().map(DisplayInTmuxIT::read)).anyMatch(l -> NEXT_DUE.matcher(l).matches());
  }

  @Test
  void terminal_review_prints_lines_a_bidi_terminal_reads_right() throws Exception {
    start("review --new 2 --no-fuzz --rtl terminal --calendar gregorian");
    await(s -> s.contains("پاسخ>"));
    keys("Enter");
    String shown = await(s -> s.contains("۴ آسان"));
    String ratings = shown.lines().filter(l -> l.contains("۴ آسان")).findFirst().get();
    assertThat(ratings.replace('\u00A0', ' ')).isEqualTo(RATINGS);
    assertThat(read(bidiTerminal(ratings))).isEqualTo(RATINGS);
    keys("3");
    await(s -> s.contains("کارت ۲/"));
    awaitAtCursor("پاسخ>"); // as above: Ctrl-D once the line editor reads
    keys("C-d");
    String end = await(s -> s.contains("EXIT="));
    assertThat(end).contains("EXIT=0");
    assertThat(end.lines().map(l -> read(bidiTerminal(l))))
        .anyMatch(l -> NEXT_DUE_GREGORIAN.matcher(l).matches());
  }

  // --- Stats -----------------------------------------------------------------------------------

  private static final Pattern CHART = Pattern.compile("\\|[ ▁▂▃▄▅▆▇█]*\\|");

  @ParameterizedTest
  @CsvSource({"fa, visual", "fa, terminal", "en, visual", "en, terminal"})
  void stats_charts_keep_a_column_a_day_and_the_tags_their_indentation(String lang, String mode)
      throws Exception {
    // Two cards rated first, so that the charts have a bar among their blanks.
    shell(
        "printf '3\\n3\\n' | "
            + azmoon("review --new 2")
            + " >/dev/null && "
            + azmoon("stats --lang " + lang + " --rtl " + mode));
    String end = await(s -> s.contains("EXIT="));
    assertThat(end).contains("EXIT=0");
    List<Integer> charts = new ArrayList<>();
    Matcher m = CHART.matcher(end);
    while (m.find()) {
      charts.add(m.group().length() - 2);
    }
    assertThat(charts).containsExactly(30, 60);
    assertThat(end).contains("█");
    String tag =
        end.lines().filter(l -> l.contains("air-war")).findFirst().orElseThrow().stripTrailing();
    if (lang.equals("en")) {
      assertThat(tag).isEqualTo("  air-war: 0%");
    } else if (mode.equals("visual")) {
      // Right-aligned to the terminal's width, the two columns of indentation at the right edge
      // (which capture-pane trims), the colon on the tag's left.
      assertThat(tag).endsWith(":air-war");
      assertThat(Columns.width(tag)).isEqualTo(WIDTH - 2);
    } else {
      assertThat(read(bidiTerminal(tag))).isEqualTo("air-war: ۰٪");
    }
  }

  // --- Play ------------------------------------------------------------------------------------

  @Test
  void visual_play_shows_the_persian_prompt_at_the_start_of_the_editor_line() throws Exception {
    start("play --order bank --count 1 --seed 1 --rtl visual");
    String shown = await(s -> s.contains(VISUAL_PROMPT.strip()));
    String header =
        shown.lines().filter(l -> read(l).startsWith("پرسش ۱/۱")).findFirst().orElseThrow();
    assertThat(Columns.width(header)).as("right-aligned").isEqualTo(WIDTH);
    keys("ژوئن 1949");
    await(s -> s.contains(VISUAL_PROMPT + "ژوئن 1949"));
    keys("Enter");
    assertThat(await(s -> s.contains("EXIT="))).contains("EXIT=0");
  }

  @Test
  void visual_play_shows_the_typed_answer_again_joined_and_right_to_left() throws Exception {
    start("play --order bank --count 2 --seed 1 --rtl visual");
    await(s -> s.contains(VISUAL_PROMPT.strip()));
    keys("ژوئن 1949", "Enter");
    String shown = await(s -> s.lines().anyMatch(l -> read(l).equals("پاسخ> ژوئن 1949")));
    String echo = shown.lines().filter(l -> read(l).equals("پاسخ> ژوئن 1949")).findFirst().get();
    assertThat(Columns.width(echo)).as("right-aligned").isEqualTo(WIDTH);
    assertThat(shown).doesNotContain(VISUAL_PROMPT + "ژوئن"); // the editor's unjoined echo went
  }

  @Test
  void terminal_play_shows_the_persian_prompt_as_stored() throws Exception {
    start("play --order bank --count 1 --seed 1 --rtl terminal");
    await(s -> s.lines().anyMatch(l -> l.startsWith("پاسخ>")));
    keys("ژوئن 1949", "Enter");
    assertThat(await(s -> s.contains("EXIT="))).contains("EXIT=0");
  }

  // --- Reading the screen ----------------------------------------------------------------------

  /** Left-to-right stretches inside a right-to-left line: numbers, dates, times, Latin words. */
  private static final Pattern LTR_RUN =
      Pattern.compile("[0-9۰-۹A-Za-z](?:[0-9۰-۹A-Za-z:./٫٬-]*[0-9۰-۹A-Za-z])?");

  /**
   * A screen line of a right-to-left paragraph as a person reads it: from the right, numbers and
   * Latin words from the left, letters in their base forms and brackets turned back.
   */
  private static String read(String visual) {
    String reversed = new StringBuilder(visual.strip()).reverse().toString();
    String letters = Normalizer.normalize(reversed, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder();
    Matcher m = LTR_RUN.matcher(letters);
    int last = 0;
    while (m.find()) {
      out.append(mirrored(letters.substring(last, m.start())));
      out.append(new StringBuilder(m.group()).reverse());
      last = m.end();
    }
    return out.append(mirrored(letters.substring(last))).toString();
  }

  private static String mirrored(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      int at = "()<>«»[]".indexOf(c);
      out.append(at < 0 ? c : "()<>«»[]".charAt(at ^ 1));
    }
    return out.toString();
  }

  /** A logical line as a terminal that runs the Unicode bidi algorithm shows it. */
  private static String bidiTerminal(String logical) {
    return VisualOrder.line(logical, VisualOrder.isRtl(logical));
  }

  // --- tmux ------------------------------------------------------------------------------------

  private String azmoon(String args) {
    return "java -jar " + Path.of("target/azmoon.jar").toAbsolutePath() + " " + args;
  }

  private void start(String args) {
    shell(azmoon(args));
  }

  /** Runs {@code command} under sh in a fresh tmux server of this test's own. */
  private void shell(String command) {
    tmux =
        Tmux.start(
            tmp,
            WIDTH,
            50,
            "env -u AZMOON_RTL LANG=C.UTF-8 AZMOON_HOME="
                + home
                + " sh -c '"
                + command.replace("'", "'\\''")
                + "'");
  }

  private void keys(String... keys) {
    tmux.keys(keys);
  }

  /** Waits until the last line written holds {@code prompt}: the program is reading there. */
  private String awaitAtCursor(String prompt) throws InterruptedException {
    return await(
        s -> s.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("").contains(prompt));
  }

  private String await(Predicate<String> wanted) throws InterruptedException {
    return tmux.await(wanted, "what was awaited");
  }
}
