package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExportCommandTest {
  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, args);
  }

  @Test
  void anki_writes_a_note_file_for_every_question() throws Exception {
    Cli.Result r = run("export", "--to", "anki", "-o", "korean-war.txt");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo("wrote 93 of 93 questions of bank korean-war as anki to korean-war.txt\n");
    assertThat(r.err()).isEmpty();
    String text = Files.readString(dir.resolve("korean-war.txt"));
    assertThat(text).startsWith("#separator:tab\n#html:true\n");
    assertThat(text.lines().filter(l -> l.startsWith("azmoon/korean-war/"))).hasSize(93);
  }

  @Test
  void csv_goes_to_standard_output_with_dash_and_the_report_to_standard_error() {
    Cli.Result r = run("export", "--to", "csv", "-o", "-");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("\uFEFFid,type,prompt,prompt_en,answer");
    assertThat(r.out().lines().filter(l -> l.startsWith("kw-"))).hasSize(93);
    assertThat(r.err()).isEqualTo("wrote 93 of 93 questions of bank korean-war as csv\n");
  }

  @Test
  void aiken_lists_every_question_it_cannot_carry() throws Exception {
    Cli.Result r = run("export", "--to", "aiken", "-o", "kw.txt");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err().lines())
        .hasSize(70)
        .allMatch(l -> l.startsWith("skipped kw-") && l.contains("Aiken has single-answer choice"));
    assertThat(r.out())
        .isEqualTo("wrote 23 of 93 questions of bank korean-war as aiken to kw.txt; 70 skipped\n");
    assertThat(
            Files.readString(dir.resolve("kw.txt")).lines().filter(l -> l.startsWith("ANSWER: ")))
        .hasSize(23);
  }

  @Test
  void json_writes_a_bank_that_validates_with_its_source_text_beside_it() {
    Cli.Result r = run("export", "--to", "json", "-o", "copy/kw.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "wrote 93 of 93 questions of bank korean-war as json to copy/kw.json\n"
                + "wrote its source text to "
                + dir.resolve("copy/sources/korean-war.fa.txt")
                + "\n");
    Cli.Result valid = run("validate", dir.resolve("copy/kw.json").toString());
    assertThat(valid.code()).as(valid.err()).isZero();
    Cli.Result again = run("export", "--to", "json", "-o", "copy/kw.json");
    assertThat(again.out()).contains("left the source text already at");
  }

  @ParameterizedTest
  @ValueSource(strings = {"csv", "aiken", "moodle-xml", "gift"})
  void an_exported_file_imports_back(String format) {
    assertThat(run("export", "--to", format, "-o", "kw." + format).code()).isZero();
    Cli.Result r = run("import", "--from", format, "kw." + format, "-o", "back.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(run("validate", dir.resolve("back.json").toString()).code()).isZero();
  }

  @Test
  void a_bank_the_format_can_carry_nothing_of_exits_65_and_writes_nothing() throws Exception {
    Path bank = dir.resolve("tf.json");
    Files.writeString(
        bank,
        """
        {"format": "azmoon/bank@1", "id": "tf", "title": "t", "language": "en",
         "questions": [{"id": "q", "type": "truefalse", "prompt": "Yes?", "answer": true}]}
        """,
        StandardCharsets.UTF_8);
    Cli.Result r = run("export", "--bank", bank.toString(), "--to", "aiken", "-o", "tf.txt");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .isEqualTo(
            "skipped q: Aiken has single-answer choice questions only, not truefalse ones\n"
                + "azmoon: aiken can carry no question of bank tf: nothing written\n");
    assertThat(dir.resolve("tf.txt")).doesNotExist();
  }

  @Test
  void on_a_screen_a_bidi_override_in_a_bank_is_shown_not_obeyed_and_a_pipe_gets_it_as_is()
      throws Exception {
    Path bank = dir.resolve("rlo.json");
    Files.writeString(
        bank,
        """
        {"format": "azmoon/bank@1", "id": "rlo", "title": "t", "language": "en",
         "questions": [{"id": "q", "type": "text", "prompt": "evil \\u202Eesrever", "accept": ["x"]}]}
        """,
        StandardCharsets.UTF_8);
    Map<String, String> env = Map.of("AZMOON_HOME", dir.resolve("home").toString());
    String[] args = {"export", "--bank", bank.toString(), "--to", "csv", "-o", "-"};
    Cli.Result screen = Cli.runOnATerminal("", env, dir, args);
    assertThat(screen.out()).contains("evil \\u202Eesrever").doesNotContain("\u202E");
    Cli.Result pipe = Cli.run(env, dir, args);
    assertThat(pipe.out()).contains("evil \u202Eesrever");
  }

  @Test
  void an_unknown_format_or_bank_is_a_usage_error() {
    Cli.Result format = run("export", "--to", "pdf", "-o", "x");
    assertThat(format.code()).isEqualTo(ExitCode.USAGE);
    assertThat(format.err().lines().findFirst())
        .hasValueSatisfying(
            l ->
                assertThat(l)
                    .startsWith("azmoon: unknown format \"pdf\" for --to (expected one of: ")
                    .contains("anki", "csv", "json"));
    Cli.Result bank = run("export", "--bank", "nope", "--to", "csv", "-o", "x");
    assertThat(bank.code()).isEqualTo(ExitCode.USAGE);
    assertThat(dir.resolve("x")).doesNotExist();
  }
}
