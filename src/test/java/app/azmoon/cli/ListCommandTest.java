package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.BankFixture;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import app.azmoon.text.Columns;
import app.azmoon.text.RtlMode;
import app.azmoon.text.VisualOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code list} as a person reads it: wrapped to the terminal, in either right-to-left mode. */
class ListCommandTest {
  private static final Bank BUNDLED =
      new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));

  @TempDir Path dir;

  private Cli.Result onATerminal(int columns, String... args) {
    return Cli.runOnATerminal(
        "", Map.of("AZMOON_HOME", dir.toString(), "COLUMNS", String.valueOf(columns)), dir, args);
  }

  private Cli.Result piped(Map<String, String> env, String... args) {
    return Cli.run(env, dir, args);
  }

  static Stream<Arguments> widthsAndModes() {
    return Stream.of(30, 40, 56, 80, 120, 200)
        .flatMap(w -> Stream.of(RtlMode.values()).map(m -> Arguments.of(w, m)));
  }

  @ParameterizedTest(name = "{0} columns, {1}")
  @MethodSource("widthsAndModes")
  void every_line_fits_the_terminal_and_no_word_is_cut(int width, RtlMode mode) {
    Cli.Result r = onATerminal(width, "list", "--rtl", mode.name().toLowerCase());
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSizeGreaterThan(BUNDLED.questions().size());
    assertThat(lines).allSatisfy(l -> assertThat(Columns.width(l)).isLessThanOrEqualTo(width));
    // Every word printed is a whole word of the bank (laid out for the mode): a word cut in two
    // would print two pieces that are not.
    Set<String> words = new HashSet<>();
    for (Question q : BUNDLED.questions()) {
      words.add(q.id());
      words.add(q.kind().code());
      q.info().tags().forEach(t -> words.add(t + ","));
      q.info().tags().forEach(words::add);
      for (String word : q.info().prompt().in(Language.FA).split(" +")) {
        words.add(mode == RtlMode.VISUAL ? VisualOrder.line(word, true) : word);
      }
    }
    List<String> printed = new ArrayList<>();
    lines.subList(0, lines.size() - 1).forEach(l -> printed.addAll(List.of(l.split(" +"))));
    assertThat(printed.stream().map(w -> w.replace("\u200E", "").replace("\u200F", "")))
        .filteredOn(w -> !w.isEmpty())
        .allSatisfy(w -> assertThat(words).contains(w));
  }

  @ParameterizedTest(name = "{0} columns")
  @ValueSource(ints = {70, 90, 110, 160})
  void long_tags_wrap_in_their_own_column_and_never_run_into_the_prompt(int width)
      throws IOException {
    String tags =
        "[\"alpha-beta-gamma\", \"delta\", \"epsilon-zeta\", \"eta-theta-iota-kappa\", \"lambda\"]";
    Path bank =
        BankFixture.write(
            dir,
            "tags.json",
            BankFixture.bank(
                "{\"id\": \"q-many\", \"type\": \"truefalse\", \"prompt\": \"Seoul fell twice"
                    + " in the war, first to the North and then to the South.\", \"answer\": true,"
                    + " \"tags\": "
                    + tags
                    + "},\n"
                    + "{\"id\": \"q-one\", \"type\": \"truefalse\", \"prompt\": \"Busan held.\","
                    + " \"answer\": true, \"tags\": [\"delta\"]}"));
    Cli.Result r = onATerminal(width, "list", "--bank", bank.toString(), "--lang", "en");
    assertThat(r.code()).isZero();
    List<String> lines = r.out().lines().toList();
    int prompt = lines.get(0).indexOf("Seoul");
    assertThat(prompt).isPositive();
    String busan = lines.stream().filter(l -> l.startsWith("q-one")).findFirst().orElseThrow();
    assertThat(busan.indexOf("Busan")).isEqualTo(prompt);
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertThat(line.length()).isLessThanOrEqualTo(width);
      String left = line.substring(0, Math.min(prompt, line.length()));
      assertThat(left).doesNotContain("Seoul", "North", "South", "Busan");
      if (line.length() > prompt) {
        assertThat(left).endsWith("  "); // the gap before the prompt column is kept
      } else {
        assertThat(line).doesNotEndWith(" ");
      }
    }
    String tagColumn = String.join(" ", lines);
    for (String tag : List.of("alpha-beta-gamma", "epsilon-zeta", "eta-theta-iota-kappa")) {
      assertThat(tagColumn).contains(tag);
    }
  }

  @Test
  void an_unknown_tag_exits_1_naming_the_tags_the_bank_has() {
    Cli.Result r = piped(Map.of(), "list", "--tag", "nosuchtag");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
    assertThat(r.err().lines())
        .containsExactly(
            "azmoon: bank korean-war has no tag \"nosuchtag\"; its tags: air-war, black-thursday,"
                + " causes, chronology, countries, course, dates, numbers, organizations, people, places");
  }

  @Test
  void a_near_miss_of_a_tag_is_suggested_and_the_known_tags_still_listed() {
    Cli.Result r = piped(Map.of(), "list", "--lang", "en", "--tag", "dates", "--tag", "peple");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
    assertThat(r.err()).contains("has no tag \"peple\" (did you mean people?); its tags: air-war");
    assertThat(r.out()).contains("kw-prc-founded-year").contains("questions in The Korean War");
  }

  @Test
  void known_tags_exit_0_with_nothing_on_stderr() {
    Cli.Result r = piped(Map.of(), "list", "--tag", "dates");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
  }

  @Test
  void visual_mode_reorders_and_joins_the_prompts_terminal_mode_keeps_them_as_stored() {
    Question q = BUNDLED.question("kw-prc-founded-year").orElseThrow();
    String prompt = q.info().prompt().in(Language.FA);
    Cli.Result terminal = piped(Map.of(), "list", "--rtl", "terminal");
    Cli.Result visual = piped(Map.of(), "list", "--rtl", "visual");
    Cli.Result byEnv = piped(Map.of("AZMOON_RTL", "visual"), "list");
    assertThat(terminal.out()).contains(prompt).contains("۹۳ پرسش از ۹۳ پرسشِ «جنگ کره»");
    assertThat(visual.out()).doesNotContain(prompt).doesNotContain("جنگ کره");
    // The title, joined and reversed, ends the count line at the right edge.
    assertThat(visual.out()).contains(VisualOrder.line("«جنگ کره»", true) + " ");
    assertThat(visual.out().lines()).allSatisfy(l -> assertThat(Columns.width(l)).isLessThan(81));
    assertThat(byEnv.out()).isEqualTo(visual.out());
  }

  @Test
  void json_is_the_same_in_every_mode_on_a_terminal_or_not() {
    String json = piped(Map.of(), "list", "--json").out();
    assertThat(json).startsWith("[").contains("به رهبری مائو");
    assertThat(piped(Map.of(), "list", "--json", "--rtl", "visual").out()).isEqualTo(json);
    assertThat(onATerminal(30, "list", "--json", "--rtl", "visual").out()).isEqualTo(json);
    assertThat(onATerminal(30, "list", "--json", "--rtl", "terminal").out()).isEqualTo(json);
  }

  @ParameterizedTest
  @ValueSource(strings = {"terminal", "visual"})
  void bank_text_that_would_reorder_the_screen_is_shown_not_obeyed(String mode) throws IOException {
    Path bank =
        BankFixture.write(
            dir,
            "rlo.json",
            BankFixture.bank(
                "{\"id\": \"q-rlo\", \"type\": \"truefalse\", \"prompt\": \"abc\\u202Edef\","
                    + " \"answer\": true, \"tags\": [\"x\"]}"));
    Cli.Result r = onATerminal(60, "list", "--bank", bank.toString(), "--rtl", mode);
    assertThat(r.out()).contains("abc\\u202Edef").doesNotContain("\u202E");
  }

  @Test
  void a_bank_without_tags_is_listed_without_an_empty_column() throws IOException {
    Path bank = BankFixture.write(dir, "plain.json", BankFixture.bank(BankFixture.TRUEFALSE));
    Cli.Result r = onATerminal(60, "list", "--bank", bank.toString(), "--rtl", "terminal");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow())
        .isEqualTo("q-tf  truefalse  حمله در ژوئن ۱۹۵۰ بود.");
  }
}
