package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Text from a bank or an answers file reaches JSON and CSV output with every control and bidi
 * control escaped as <code>&#92;uXXXX</code>: JSON reads back to the same text, CSV shows the
 * escape, and a file name made from a student's name carries none.
 */
class UntrustedOutputTest {
  /** C1 CSI and OSC, DEL, and the bidi controls: a mark, an override, an isolate. */
  private static final List<Character> HOSTILE =
      List.of('\u009B', '\u009D', '\u0085', '\u007F', '\u202E', '\u2067', '\u200F', '\u061C');

  private static final String TAINTED =
      "a\u009B31mb\u009D0;x\u0085c\u007Fd\u202Ee\u2067f\u200Fg\u061Ch";

  /** What a bank may hold: the loader refuses C0 and C1 controls in its text, not bidi controls. */
  private static final String BIDI = "x\u202Ey\u2067z\u200Fw\u061Cv";

  @TempDir Path dir;

  private Map<String, String> env;

  @BeforeEach
  void writeBank() throws IOException {
    env = Map.of("AZMOON_HOME", dir.resolve("home").toString());
    String json = jsonString(BIDI);
    BankFixture.write(
        dir,
        "mini.json",
        BankFixture.bank(
            """
            {"id": "q-t", "type": "text", "prompt": %s, "accept": [%s]}"""
                .formatted(json, json)));
    Files.writeString(
        dir.resolve("drill.json"),
        "{\"format\": \"azmoon/drill@1\", \"bank\": \"mini.json\", \"order\": \"bank\"}");
    Files.writeString(dir.resolve("answers.txt"), TAINTED + "\n", StandardCharsets.UTF_8);
  }

  /** The text as a JSON string literal written with escapes only, so the test file stays ASCII. */
  private static String jsonString(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.chars().forEach(c -> b.append(c < 0x20 || c > 0x7E ? "\\u%04x".formatted(c) : (char) c));
    return b.append('"').toString();
  }

  private static void carriesNoRawControl(String output) {
    for (char c : HOSTILE) {
      assertThat(output.indexOf(c)).as("U+%04X", (int) c).isEqualTo(-1);
    }
  }

  @Test
  void a_banks_bidi_controls_are_escaped_in_its_json() {
    Cli.Result r = Cli.run(env, dir, "list", "--bank", inDir("mini.json"), "--json");
    assertThat(r.code()).as(r.err()).isZero();
    carriesNoRawControl(r.out());
    assertThat(r.out()).contains("x\\u202Ey\\u2067z\\u200Fw\\u061Cv");
    assertThat(JsonParser.parseString(r.out()).toString()).contains(BIDI);
  }

  /** The typed answers, from the command line and from an answers file, hold every control. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "check --bank mini.json --id q-t --json --answer",
        "drill drill.json --answers answers.txt --report json",
      })
  void json_output_escapes_controls_and_reads_back_unchanged(String command) {
    List<String> args = Stream.of(command.split(" ")).map(this::inDir).toList();
    if (command.endsWith("--answer")) {
      args = Stream.concat(args.stream(), Stream.of(TAINTED)).toList();
    }
    Cli.Result r = Cli.run(env, dir, args.toArray(String[]::new));
    assertThat(r.code()).as(r.err()).isIn(0, 1); // check: the answer is not accepted
    carriesNoRawControl(r.out());
    assertThat(r.out()).contains("\\u009B", "\\u009D", "\\u007F", "\\u202E", "\\u200F");
    // Lossless: a JSON reader gets the text back (check prints one object a line).
    String first = r.out().lines().findFirst().orElseThrow();
    String whole = first.startsWith("{") && first.endsWith("}") ? first : r.out();
    assertThat(JsonParser.parseString(whole).toString()).contains(TAINTED);
  }

  private String inDir(String arg) {
    return arg.matches("\\w+\\.(json|txt)") ? dir.resolve(arg).toString() : arg;
  }

  @Test
  void csv_reports_show_each_control_as_its_escape() {
    Cli.Result r =
        Cli.run(
            env,
            dir,
            "drill",
            inDir("drill.json"),
            "--answers",
            inDir("answers.txt"),
            "--report",
            "csv");
    assertThat(r.code()).as(r.err()).isZero();
    carriesNoRawControl(r.out());
    assertThat(r.out())
        .contains("a\\u009B31mb\\u009D0;x\\u0085c\u2421d\\u202Ee\\u2067f\\u200Fg\\u061Ch");
  }

  @Test
  void a_report_file_name_carries_no_control_of_the_student_name() throws IOException {
    Files.writeString(
        dir.resolve("answers.txt"),
        "# name: \u202Etxt.\u200Fexe\u2066\u200B\u009B\n" + TAINTED + "\n",
        StandardCharsets.UTF_8);
    Cli.Result r =
        Cli.run(
            env,
            dir,
            "grade",
            "--spec",
            inDir("drill.json"),
            "--out",
            dir.resolve("grades").toString(),
            inDir("answers.txt"));
    assertThat(r.code()).as(r.err()).isZero();
    try (Stream<Path> files = Files.list(dir.resolve("grades/reports"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("_txt._exe___.json");
    }
    String gradebook = Files.readString(dir.resolve("grades/gradebook.csv"));
    carriesNoRawControl(gradebook);
    assertThat(gradebook).contains("\\u202Etxt.\\u200Fexe\\u2066");
  }
}
