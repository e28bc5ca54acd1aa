package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.azmoon.store.BankFixture;
import app.azmoon.store.Fifo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scripted drills: specs, answers from files and stdin, reports and exit codes. */
class DrillCommandTest {
  @TempDir Path dir;
  private Path spec;

  /** Three questions in bank order: truefalse (بله), numeric (635000), text (استالین). */
  @BeforeEach
  void writeBankAndSpec() throws IOException {
    Files.createDirectories(dir.resolve("banks"));
    BankFixture.write(
        dir.resolve("banks"),
        "mini.json",
        BankFixture.bank(
            BankFixture.TRUEFALSE
                + """
                ,
                {"id": "q-num", "type": "numeric", "prompt": "چند تن؟", "answer": 635000, "points": 2},
                {"id": "q-who", "type": "text", "prompt": "چه کسی؟", "accept": ["استالین"]}"""));
    spec =
        write(
            "drill.json",
            """
            {"format": "azmoon/drill@1", "title": "هفته سوم", "bank": "banks/mini.json",
             "order": "bank", "seed": 42, "pass": 70}""");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  private Cli.Result drill(String stdin, String... args) {
    List<String> all = new ArrayList<>(List.of("drill", spec.toString()));
    all.addAll(List.of(args));
    return Cli.runWithInput(
        stdin,
        Map.of("AZMOON_HOME", dir.resolve("home").toString()),
        dir,
        all.toArray(String[]::new));
  }

  @Test
  void answers_from_stdin_are_judged_in_order_and_a_pass_exits_0() {
    Cli.Result r = drill("بله\nششصد و سی و پنج هزار\nاستالبن\n");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines())
        .contains(
            "هفته سوم",
            "۱. q-tf — بله — ✓ درست",
            "۲. q-num — ششصد و سی و پنج هزار — ✓ درست",
            "۳. q-who — استالبن — ✓ درست، با غلط املایی",
            "امتیاز: ۴ از ۴ (۱۰۰٪) · حد قبولی ۷۰٪ · قبول");
  }

  @Test
  void below_the_pass_mark_exits_1() {
    Cli.Result r = drill("بله\n12\n");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
    assertThat(r.out()).contains("۳. q-who — – بی‌پاسخ", "امتیاز: ۱ از ۴ (۲۵٪)", "مردود");
  }

  @Test
  void the_pass_option_overrides_the_spec() {
    assertThat(drill("بله\n12\n", "--pass", "25").code()).isZero();
    assertThat(drill("", "--pass", "101").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void blank_lines_crlf_a_bom_and_a_name_line_are_read_as_a_teacher_expects() throws IOException {
    Path answers = write("sara.txt", "\uFEFF# name: سارا\r\n\r\n635,000\r\nاستالین\r\n");
    Cli.Result r = drill("", "--answers", answers.toString(), "--report", "json");
    assertThat(r.out())
        .contains(
            "\"student\": \"سارا\"",
            "\"answer\": \"\"",
            "\"answer\": \"635,000\"",
            "\"percent\": 75");
    assertThat(r.code()).isZero();
  }

  @Test
  void invalid_utf8_in_the_answers_is_bad_data_naming_the_line() throws IOException {
    Path answers = dir.resolve("bad.txt");
    Files.write(answers, new byte[] {'1', '\n', (byte) 0xC3, '(', '\n'});
    Cli.Result r = drill("", "--answers", answers.toString());
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err()).contains("bad.txt:2:1: not valid UTF-8");
  }

  @Test
  void the_json_report_has_every_field() {
    Cli.Result r = drill("نه\n635000\n", "--report", "json", "--name", "Ali");
    assertThat(r.out())
        .contains(
            "\"format\": \"azmoon/report@1\"",
            "\"title\": \"هفته سوم\"",
            "\"seed\": 42",
            "\"banks\": [\n    \"mini\"\n  ]",
            "\"student\": \"Ali\"",
            "\"started\":",
            "\"finished\":",
            "\"score\": 2",
            "\"max\": 4",
            "\"percent\": 50",
            "\"passed\": false",
            "\"id\": \"q-tf\"",
            "\"correct\": false",
            "\"credit\": 0",
            "\"typo\": false",
            "\"expected\": \"درست\"");
  }

  @Test
  void the_csv_report_has_one_row_per_question() {
    Cli.Result r = drill("بله\n635000\n", "--report", "csv");
    assertThat(r.out().lines())
        .containsExactly(
            "number,bank,id,answer,correct,credit,typo,expected",
            "1,mini,q-tf,بله,true,1,false,درست",
            "2,mini,q-num,635000,true,1,false,۶۳۵٬۰۰۰",
            "3,mini,q-who,,false,0,false,استالین");
  }

  @Test
  void out_writes_the_report_to_a_file() {
    Cli.Result r = drill("بله\n", "--report", "csv", "--out", dir.resolve("r.csv").toString());
    assertThat(r.out()).isEmpty();
    assertThat(dir.resolve("r.csv"))
        .content(java.nio.charset.StandardCharsets.UTF_8)
        .startsWith("\uFEFFnumber,bank,id");
  }

  @Test
  void the_same_seed_gives_the_same_shuffled_order_pinned() {
    // Pinned, computed apart from Planner: java.util.Random(7), Fisher–Yates over
    // [q-tf, q-num, q-who] gives [q-tf, q-who, q-num].
    Cli.Result r = drill("", "--order", "shuffle", "--seed", "7", "--key", "--lang", "en");
    assertThat(r.out().lines().filter(l -> l.matches("\\d\\. .*")).toList())
        .containsExactly("1. true", "2. استالین", "3. 635,000");
  }

  @Test
  void a_spec_without_a_seed_is_the_same_drill_every_time() throws IOException {
    spec = write("noseed.json", "{\"format\": \"azmoon/drill@1\", \"bank\": \"banks/mini.json\"}");
    assertThat(drill("", "--key").out()).isEqualTo(drill("", "--key").out());
    assertThat(drill("", "--report", "json").out()).contains("\"seed\": 0");
  }

  @Test
  void a_seed_of_nineteen_digits_fits_in_a_spec() throws IOException {
    spec =
        write(
            "big.json",
            "{\"format\": \"azmoon/drill@1\", \"bank\": \"banks/mini.json\", \"seed\": 9223372036854775807}");
    assertThat(drill("", "--report", "json").out()).contains("\"seed\": 9223372036854775807");
  }

  @Test
  void an_empty_name_line_is_a_header_not_an_answer() throws IOException {
    Path answers = write("anon.txt", "# name:\nبله\n");
    assertThat(drill("", "--answers", answers.toString()).out()).contains("۱. q-tf — بله — ✓ درست");
  }

  @Test
  void sheet_and_key_are_asked_for_one_at_a_time_and_key_goes_to_out() throws IOException {
    assertThat(drill("", "--sheet", "--key").code()).isEqualTo(ExitCode.USAGE);
    Cli.Result r = drill("", "--key", "--out", dir.resolve("key.txt").toString());
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(dir.resolve("key.txt"))).contains("۱. درست");
  }

  @Test
  void escape_sequences_in_answers_never_reach_the_csv() {
    Cli.Result r = drill("\u001b[2Jبله\n", "--report", "csv");
    assertThat(r.out()).doesNotContain("\u001b").contains("␛[2Jبله");
  }

  @Test
  void a_spec_naming_an_unknown_bank_is_bad_data() throws IOException {
    spec = write("nobank.json", "{\"format\": \"azmoon/drill@1\", \"bank\": \"nope\"}");
    Cli.Result r = drill("");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err()).contains("nobank.json: $.bank: no bank has the id \"nope\"");
  }

  @Test
  void on_a_terminal_without_answers_the_drill_is_played_and_its_pass_mark_decides() {
    Cli.Result failed = onATerminal("بله\n12\n:quit\n");
    assertThat(failed.out()).contains("پرسش ۱/۳", "حد قبولی ۷۰٪: مردود");
    assertThat(failed.code()).isEqualTo(ExitCode.NEGATIVE);
    Cli.Result passed = onATerminal("بله\n635000\nاستالین\n");
    assertThat(passed.out()).contains("حد قبولی ۷۰٪: قبول");
    assertThat(passed.code()).isZero();
  }

  private Cli.Result onATerminal(String keys, String... args) {
    Map<String, String> env =
        Map.of(
            "AZMOON_HOME",
            dir.resolve("home").toString(),
            "NO_COLOR",
            "1",
            "AZMOON_RTL",
            "terminal");
    List<String> all = new ArrayList<>(List.of("drill", spec.toString()));
    all.addAll(List.of(args));
    return Cli.runOnATerminal(keys, env, dir, all.toArray(String[]::new));
  }

  /** Before, a drill quit after one right answer scored "1 of 1 (100%)" and passed. */
  @ParameterizedTest
  @ValueSource(strings = {"بله\n:quit\n", "بله\n", "بله\n:q\n", "بله\n\n:exit\n"})
  void on_a_terminal_a_drill_quit_after_one_answer_is_scored_out_of_all_its_questions(String keys) {
    Cli.Result r = onATerminal(keys);
    assertThat(r.out())
        .contains(
            "امتیاز: ۱ از ۴ (۲۵٪)", "۱ پرسش از ۳ پاسخ داده شد، ۱ درست", "حد قبولی ۷۰٪: مردود");
    // Up to the saved session's path: a temporary folder's random name may hold any digits.
    String summary = r.out().substring(0, r.out().indexOf("جلسه ذخیره شد"));
    assertThat(summary)
        .as("questions not answered are not listed to review: their answers stay unseen")
        .doesNotContain("برای مرور", "635");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
  }

  @Test
  void on_a_terminal_a_drill_quit_at_once_fails_and_saves_no_session() {
    Cli.Result r = onATerminal(":quit\n", "--pass", "1");
    assertThat(r.out()).contains("امتیاز: ۰ از ۴ (۰٪)", "۰ پرسش از ۳ پاسخ داده شد");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
    assertThat(dir.resolve("home/sessions")).doesNotExist();
  }

  @Test
  void on_a_terminal_a_drill_passed_before_quitting_still_passes() {
    Cli.Result r = onATerminal("بله\n635000\n:quit\n");
    assertThat(r.out()).contains("امتیاز: ۳ از ۴ (۷۵٪)", "۲ پرسش از ۳ پاسخ داده شد", "قبول");
    assertThat(r.code()).isZero();
  }

  @Test
  void piped_answers_that_stop_early_leave_the_rest_unanswered_and_fail() {
    Cli.Result r = drill("بله\n");
    assertThat(r.out())
        .contains(
            "۲. q-num — – بی‌پاسخ (پاسخ‌ها پیش از آن تمام شد)",
            "۳. q-who — – بی‌پاسخ (پاسخ‌ها پیش از آن تمام شد)",
            "امتیاز: ۱ از ۴ (۲۵٪) · حد قبولی ۷۰٪ · مردود");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
  }

  @Test
  void empty_answers_are_graded_0_and_said_so() {
    Cli.Result r = drill("", "--pass", "0");
    assertThat(r.err())
        .isEqualTo("azmoon: <stdin>: no answer in the file: every question scores 0\n");
    assertThat(r.out()).contains("امتیاز: ۰ از ۴ (۰٪)");
    assertThat(r.code()).isZero(); // pass mark 0: the warning, not the exit code, tells
  }

  @Test
  void answers_from_a_fifo_are_read_once() throws Exception {
    Path fifo = Fifo.make(dir, "answers.fifo");
    Fifo.feed(fifo, "\uFEFFبله\n635000\nاستالین\n".getBytes(StandardCharsets.UTF_8));
    // Read twice, the pipe would have no writer the second time, and the drill would hang.
    Cli.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> drill("", "--answers", fifo.toString()));
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("امتیاز: ۴ از ۴ (۱۰۰٪)");
    assertThat(r.code()).isZero();
  }

  @Test
  void a_spec_from_a_fifo_is_read_once() throws Exception {
    Path fifo = Fifo.make(dir, "spec.fifo");
    Fifo.feed(fifo, Files.readAllBytes(spec));
    spec = fifo; // its bank path is relative to the folder the FIFO is in, like any spec
    Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> drill("بله\n"));
    assertThat(r.out()).contains("هفته سوم", "۱. q-tf — بله — ✓ درست");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
  }

  @Test
  void dev_zero_as_answers_is_refused_at_the_cap_with_65() {
    Cli.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60), () -> drill("", "--answers", "/dev/zero"));
    assertThat(r.err())
        .isEqualTo("azmoon: /dev/zero: is over the 1,048,576-byte limit for an answers file\n");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
  }

  @Test
  void a_folder_as_answers_is_an_io_error() {
    Cli.Result r = drill("", "--answers", dir.toString());
    assertThat(r.err()).isEqualTo("azmoon: " + dir + ": is a folder, not a file\n");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
  }

  @Test
  void the_sheet_numbers_the_questions_for_paper() {
    Cli.Result r = drill("", "--sheet");
    assertThat(r.out())
        .contains("هفته سوم", "نام: ____", "۱. حمله در ژوئن ۱۹۵۰ بود.", "۲. چند تن؟");
    assertThat(r.code()).isZero();
  }

  @Test
  void a_bad_spec_is_bad_data_with_its_location() throws IOException {
    spec =
        write(
            "bad.json", "{\"format\": \"azmoon/drill@1\", \"bank\": \"korean-war\", \"cuont\": 3}");
    Cli.Result r = drill("");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .contains("bad.json:1:52: $.cuont: unknown field \"cuont\" (did you mean \"count\"?)");
  }

  @Test
  void a_spec_value_out_of_range_is_named() throws IOException {
    spec =
        write(
            "bad.json",
            "{\"format\": \"azmoon/drill@1\", \"bank\": [], \"pass\": 120, \"order\": \"random\"}");
    Cli.Result r = drill("");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .contains(
            "\"bank\" needs at least one bank",
            "pass is a percentage from 0 to 100",
            "\"random\" is not an order");
  }

  @Test
  void a_cloze_answer_takes_its_gaps_on_one_line() throws IOException {
    BankFixture.write(
        dir.resolve("banks"),
        "mini.json",
        BankFixture.bank(
            "{\"id\": \"c\", \"type\": \"cloze\", \"prompt\": \"پر کنید\", \"text\": \"{{استالین}} و {{ترومن}}\"}"));
    Cli.Result r = drill("استالین | ترومن\n");
    assertThat(r.out()).contains("✓ درست");
  }
}
