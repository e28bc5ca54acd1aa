package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Question;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.toString()), dir, args);
  }

  /** Every question id of the bundled bank, read from its source. */
  private static List<String> bundledIds() {
    return new BankReader(Origin.DEFAULT_MAX_BYTES)
        .read(Origin.file(Path.of("questions/korean-war.fa.json"))).questions().stream()
            .map(Question::id)
            .toList();
  }

  @Test
  void every_accepted_answer_exits_0() {
    Cli.Result r =
        run(
            "check",
            "--id",
            "kw-num-bomb-tonnage",
            "--answer",
            "ششصد و سی و پنج هزار",
            "--answer",
            "٦٣٥٬٠٠٠ تن",
            "--lang",
            "en");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines())
        .hasSize(2)
        .allMatch(
            l ->
                l.contains("✓ right")
                    && l.contains("read as: 635000")
                    && l.contains("expected: 635,000 tons"));
  }

  @Test
  void any_answer_not_accepted_exits_1() {
    Cli.Result r =
        run("check", "--id", "kw-num-bomb-tonnage", "--answer", "635000", "--answer", "شش سی");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
    assertThat(r.out()).contains("✗ نادرست");
  }

  @Test
  void the_words_and_the_expected_answer_are_in_the_banks_language_by_default() {
    Cli.Result r = run("check", "--id", "kw-num-bomb-tonnage", "--answer", "۶۳۵ هزار تن");
    assertThat(r.out())
        .contains("✓ درست", "خوانده شد: 635000", "پاسخ درست: ۶۳۵٬۰۰۰ تن")
        .doesNotContain("read as");
  }

  @Test
  void each_answer_is_a_row_of_columns_that_a_bidi_terminal_keeps_in_order() {
    Cli.Result r =
        run("check", "--id", "kw-num-bomb-tonnage", "--answer", "شش سی", "--answer", "635000");
    List<String> lines = r.out().lines().toList();
    // A row starting with Persian gets an LRM in front and after each Persian cell: otherwise a
    // terminal running the bidi algorithm reads the row as one right-to-left paragraph.
    assertThat(lines.get(0)).startsWith("\u200Eشش سی\u200E  ").contains("✗ نادرست\u200E  ");
    // The columns line up: the verdicts start at the same column.
    assertThat(lines.get(0).replace("\u200E", "").indexOf("✗"))
        .isEqualTo(lines.get(1).replace("\u200E", "").indexOf("✓"));
  }

  @Test
  void visual_mode_reorders_and_joins_each_cell_and_right_aligns_persian_ones() {
    Cli.Result r =
        run(
            "check",
            "--id",
            "kw-num-bomb-tonnage",
            "--rtl",
            "visual",
            "--answer",
            "شش سی",
            "--answer",
            "635000");
    List<String> lines = r.out().lines().toList();
    assertThat(r.out()).doesNotContain("\u200E").doesNotContain("شش سی");
    String answer = app.azmoon.text.VisualOrder.line("شش سی", true);
    // "635000" is 6 columns wide, the Persian answer 5: it is aligned right in its column.
    assertThat(lines.get(0)).startsWith(" " + answer + "  ");
    assertThat(lines.get(1)).startsWith("635000  ");
    assertThat(r.out()).contains(app.azmoon.text.VisualOrder.line("پاسخ درست: ۶۳۵٬۰۰۰ تن", true));
  }

  @Test
  void json_gives_one_object_per_answer_in_order() {
    Cli.Result r =
        run(
            "check",
            "--id",
            "kw-num-bomb-tonnage",
            "--json",
            "--answer",
            "635,000",
            "--answer",
            "12");
    assertThat(r.out().lines())
        .containsExactly(
            "{\"id\":\"kw-num-bomb-tonnage\",\"answer\":\"635,000\",\"correct\":true,\"credit\":1,\"typo\":false,\"normalized\":\"635000\",\"expected\":\"۶۳۵٬۰۰۰ تن\"}",
            "{\"id\":\"kw-num-bomb-tonnage\",\"answer\":\"12\",\"correct\":false,\"credit\":0,\"typo\":false,\"normalized\":\"12\",\"expected\":\"۶۳۵٬۰۰۰ تن\"}");
  }

  @Test
  void every_bundled_question_is_found_by_its_id() {
    List<String> ids = bundledIds();
    assertThat(ids).hasSizeGreaterThan(60);
    for (String id : ids) {
      Cli.Result r = run("check", "--id", id, "--answer", "x", "--json");
      assertThat(r.err()).as(id).isEmpty();
      assertThat(r.out()).as(id).startsWith("{\"id\":\"" + id + "\"");
    }
  }

  @Test
  void an_unknown_question_is_a_usage_error_in_one_sentence() {
    Cli.Result r = run("check", "--id", "nope", "--answer", "x");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines())
        .containsExactly(
            "azmoon: bank korean-war has no question with the id \"nope\"",
            "Try 'azmoon check --help' for more.");
  }

  @Test
  void a_missing_required_option_is_a_usage_error() {
    Cli.Result r = run("check", "--answer", "x");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Missing required option: '--id=QID'");
  }

  /** The same args through picocli's command line only, never the quick path. */
  private Cli.Result runThroughPicocli(String... args) {
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    Map<String, String> env = Map.of("AZMOON_HOME", dir.toString());
    int code =
        AzmoonCommand.commandLine(
                env,
                dir,
                Console.plain(new java.io.ByteArrayInputStream(new byte[0]), env),
                new java.io.PrintWriter(out),
                new java.io.PrintWriter(err),
                args)
            .execute(args);
    return new Cli.Result(code, out.toString(), err.toString());
  }

  @Test
  void a_plain_json_check_is_judged_without_picocli_exactly_as_with_it() {
    List<String> ids = bundledIds();
    Map<String, String> env = Map.of("AZMOON_HOME", dir.toString());
    java.io.StringWriter sink = new java.io.StringWriter();
    for (String id : ids) {
      for (String[] args :
          List.of(
              new String[] {"check", "--id", id, "--answer", "1", "--json"},
              new String[] {"check", "--json", "--answer", "۱۹۵۰", "--answer", "بله", "--id", id},
              new String[] {"check", "--answer", "الف \u001b[31m", "--id", id, "--json"})) {
        assertThat(CheckCommand.quickJson(env, dir, new java.io.PrintWriter(sink), args))
            .as(id)
            .isPresent();
        assertThat(run(args)).as(id).isEqualTo(runThroughPicocli(args));
      }
    }
  }

  @Test
  void anything_but_the_plainest_json_check_goes_through_picocli() {
    Map<String, String> env = Map.of("AZMOON_HOME", dir.toString());
    String id = "kw-us-withdrawal-year";
    for (String[] args :
        List.of(
            new String[] {"check", "--id", id, "--answer", "1"},
            new String[] {"check", "--id", id, "--answer", "-5", "--json"},
            new String[] {"check", "--id", id, "--answer", "", "--json"},
            new String[] {"check", "--id", id, "--answer", "@file", "--json"},
            new String[] {"check", "--id", id, "--id", id, "--answer", "1", "--json"},
            new String[] {"check", "--id", id, "--answer", "1", "--json", "--json"},
            new String[] {"check", "--id", id, "--answer", "1", "--json", "--lang", "en"},
            new String[] {"check", "--id=" + id, "--answer", "1", "--json"},
            new String[] {"check", "--id", "nope", "--answer", "1", "--json"},
            new String[] {"check", "--id", id, "--json"},
            new String[] {"check", "--id", id, "--answer"},
            new String[] {"list", "--id", id, "--answer", "1", "--json"})) {
      java.io.StringWriter out = new java.io.StringWriter();
      assertThat(CheckCommand.quickJson(env, dir, new java.io.PrintWriter(out), args))
          .as(String.join(" ", args))
          .isEmpty();
      assertThat(out.toString()).isEmpty();
      assertThat(run(args)).isEqualTo(runThroughPicocli(args));
    }
  }
}
