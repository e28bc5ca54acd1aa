package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import app.azmoon.text.Columns;
import app.azmoon.text.VisualOrder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * banks, cards, stats and grade's summary take the display options of play: Persian as stored for a
 * terminal that does bidi (and pipes), reordered and joined for one that does not.
 */
class PersonOutputTest {
  @TempDir Path dir;

  @BeforeEach
  void writeClass() throws IOException {
    Files.writeString(
        dir.resolve("drill.json"),
        "{\"format\": \"azmoon/drill@1\", \"bank\": \"korean-war\", \"count\": 2, \"seed\": 1}");
    Files.writeString(dir.resolve("sara.txt"), "۱۹۵۰\n۳۸\n");
    Files.writeString(dir.resolve("reza.txt"), "نه\n12\n");
    Files.writeString(dir.resolve("ali.txt"), "1950\n");
  }

  /** A command, and a Persian phrase it prints. */
  static Stream<Arguments> commands() {
    return Stream.of(
        Arguments.of(List.of("banks"), "جنگ کره"),
        Arguments.of(List.of("cards"), "کارت در «جنگ کره»"),
        Arguments.of(List.of("stats"), "تازه"),
        Arguments.of(
            List.of("grade", "--spec", "drill.json", "--out", "out", "sara.txt", "reza.txt"),
            "دانش‌آموز"));
  }

  private Cli.Result run(Map<String, String> env, List<String> args, String... more) {
    List<String> all = new ArrayList<>(args);
    all.addAll(List.of(more));
    java.util.HashMap<String, String> full = new java.util.HashMap<>(env);
    full.put("AZMOON_HOME", dir.resolve("home").toString());
    return Cli.run(full, dir, inDir(all));
  }

  /** The arguments, the files among them (answers, the spec, the out folder) in the test folder. */
  private String[] inDir(List<String> args) {
    return args.stream()
        .map(
            a ->
                a.endsWith(".txt") || a.endsWith(".json") || a.equals("out")
                    ? dir.resolve(a).toString()
                    : a)
        .toArray(String[]::new);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void terminal_mode_prints_persian_as_stored_visual_mode_reorders_and_joins_it(
      List<String> command, String phrase) {
    Cli.Result terminal = run(Map.of(), command, "--rtl", "terminal");
    Cli.Result visual = run(Map.of(), command, "--rtl", "visual");
    assertThat(terminal.code()).isZero();
    assertThat(visual.code()).isZero();
    assertThat(terminal.out()).contains(phrase);
    assertThat(terminal.out().codePoints()).noneMatch(PersonOutputTest::presentationForm);
    assertThat(visual.out()).doesNotContain(phrase);
    String word = phrase.split(" ")[0].replace("«", "");
    assertThat(visual.out()).contains(VisualOrder.line(word, true));
    assertThat(visual.out().lines()).allSatisfy(l -> assertThat(Columns.width(l)).isLessThan(81));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void azmoon_rtl_chooses_the_mode_when_the_option_is_not_given(
      List<String> command, String phrase) {
    Cli.Result byEnv = run(Map.of("AZMOON_RTL", "visual"), command);
    Cli.Result byOption = run(Map.of(), command, "--rtl", "visual");
    assertThat(byEnv.out()).isEqualTo(byOption.out());
    assertThat(run(Map.of("AZMOON_RTL", "visual"), command, "--rtl", "terminal").out())
        .contains(phrase);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("commands")
  void an_unknown_rtl_mode_is_a_usage_error(List<String> command, String phrase) {
    Cli.Result r = run(Map.of(), command, "--rtl", "sideways");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .contains("--rtl: unknown value 'sideways' (expected auto, terminal or visual)");
  }

  /** JSON is never reordered, shaped, wrapped or coloured, whatever the display settings say. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("machineOutput")
  void machine_output_is_the_same_whatever_the_display_settings(List<String> command) {
    Cli.Result plain = run(Map.of(), command);
    assertThat(plain.code()).isZero();
    assertThat(plain.out()).isNotBlank();
    for (Map<String, String> env :
        List.of(
            Map.of("AZMOON_RTL", "visual"), Map.of("AZMOON_RTL", "sideways", "COLUMNS", "20"))) {
      Cli.Result other = run(env, command);
      assertThat(other.code()).isZero();
      assertThat(other.out()).isEqualTo(plain.out());
    }
  }

  static Stream<List<String>> machineOutput() {
    String now = "2030-01-01T00:00:00Z";
    return Stream.of(
        List.of("list", "--json"),
        List.of("check", "--json", "--id", "kw-num-bomb-tonnage", "--answer", "۶۳۵ هزار تن"),
        List.of("cards", "--json", "--now", now),
        List.of("stats", "--json", "--now", now),
        List.of("drill", "drill.json", "--answers", "sara.txt", "--report", "csv"));
  }

  @Test
  void a_persian_only_title_is_shown_once() throws IOException {
    Files.createDirectories(dir.resolve("questions"));
    BankFixture.write(
        dir.resolve("questions"),
        "fa-only.json",
        BankFixture.bank(BankFixture.TRUEFALSE)
            .replace("\"id\": \"mini\"", "\"id\": \"fa-only\"")
            .replace("{\"fa\": \"آزمونک\", \"en\": \"Mini\"}", "\"آزمونک\""));
    Cli.Result r = run(Map.of(), List.of("banks"));
    assertThat(r.out()).contains("آزمونک · ").doesNotContain("آزمونک / آزمونک");
    assertThat(r.out()).contains("جنگ کره / The Korean War · ");
    assertThat(run(Map.of(), List.of("banks", "--lang", "en")).out())
        .contains("The Korean War · ")
        .doesNotContain("جنگ کره");
  }

  @Test
  void grade_in_english_says_so_in_english() {
    Cli.Result r =
        run(
            Map.of(),
            List.of("grade", "--spec", "drill.json", "--out", "out", "sara.txt"),
            "--lang",
            "en");
    assertThat(r.out()).contains("1 students · mean ", "Hardest questions:");
  }

  @Test
  void in_terminal_mode_a_line_that_fits_keeps_its_spaces_a_longer_one_wraps_between_words() {
    List<String> grade =
        List.of(
            "grade",
            "--spec",
            "drill.json",
            "--out",
            "out",
            "sara.txt",
            "--lang",
            "en",
            "--rtl",
            "terminal");
    Cli.Result wide = Cli.runOnATerminal("", Map.of("COLUMNS", "80"), dir, inDir(grade));
    assertThat(wide.out()).contains("\n  0– 10% ", "\n 10– 20%  0\n");
    Cli.Result narrow = Cli.runOnATerminal("", Map.of("COLUMNS", "24"), dir, inDir(grade));
    assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(l.length()).isLessThan(25));
    // Words move to the next line whole; only the bar, wider than the screen, is cut.
    List<String> words = List.of(wide.out().split("\\s+"));
    assertThat(narrow.out().split("\\s+"))
        .filteredOn(w -> !w.contains("█"))
        .allSatisfy(w -> assertThat(words).contains(w));
  }

  @Test
  void grade_counts_files_on_a_terminals_stderr_and_erases_the_count_when_done() {
    Cli.Result r = gradeOnATerminal("sara.txt", "reza.txt", "ali.txt");
    assertThat(r.code()).isZero();
    assertThat(r.err()).startsWith("\rgrading 1/3\rgrading 2/3\rgrading 3/3");
    // Erased: back to the start of the line and cleared, so only the summary stays on screen.
    assertThat(r.err()).endsWith("\r\u001b[K").doesNotContain("\n");
  }

  @Test
  void grade_writes_no_counter_when_stderr_is_not_a_terminal() {
    Cli.Result r =
        run(
            Map.of(),
            List.of("grade", "--spec", "drill.json", "--out", "out", "sara.txt", "reza.txt"));
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void an_unreadable_file_is_reported_on_a_line_of_its_own_after_the_counter_is_erased()
      throws IOException {
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xFF});
    Cli.Result r = gradeOnATerminal("sara.txt", "bad.txt");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err()).contains("\rgrading 2/2\r\u001b[Kazmoon: " + dir.resolve("bad.txt"));
  }

  private Cli.Result gradeOnATerminal(String... files) {
    List<String> args = new ArrayList<>(List.of("grade", "--spec", "drill.json", "--out", "out"));
    args.addAll(List.of(files));
    return Cli.runOnATerminal(
        "", Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, inDir(args));
  }

  private static boolean presentationForm(int cp) {
    return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
  }
}
