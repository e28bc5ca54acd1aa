package app.azmoon.cli;

import static app.azmoon.store.BankFixture.TRUEFALSE;
import static app.azmoon.store.BankFixture.bank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.azmoon.store.BankFixture;
import app.azmoon.store.Fifo;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CommandLineTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, args);
  }

  @Test
  void version_comes_from_the_pom() {
    Cli.Result r = run("--version");
    assertThat(r.code()).isZero();
    assertThat(r.out()).matches("azmoon \\d+\\.\\d+\\.\\d+.*\\R");
  }

  /** The Cli harness answers {@code --version} before the tree is built, as Main does. */
  @ParameterizedTest
  @ValueSource(strings = {"--version", "-V"})
  void the_version_answered_early_is_picocli_s_own_answer(String option) {
    StringWriter picocli = new StringWriter();
    int code =
        AzmoonCommand.commandLine(
                Map.of(),
                dir,
                Console.plain(InputStream.nullInputStream(), Map.of()),
                new PrintWriter(picocli),
                new PrintWriter(new StringWriter()))
            .execute(option);
    Cli.Result early = run(option);
    assertThat(early.code()).isEqualTo(code).isZero();
    assertThat(early.out()).isEqualTo(picocli.toString()).startsWith("azmoon ");
    assertThat(early.err()).isEmpty();
  }

  private String fullTree(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AzmoonCommand.commandLine(
                Map.of("AZMOON_HOME", dir.resolve("home").toString()),
                dir,
                Console.plain(InputStream.nullInputStream(), Map.of()),
                new PrintWriter(out),
                new PrintWriter(err))
            .execute(args);
    return code + "\n" + out + "\n" + err;
  }

  @Test
  void the_table_of_subcommands_names_each_as_its_annotation_does() {
    CommandLine full =
        AzmoonCommand.commandLine(
            Map.of(),
            dir,
            Console.plain(InputStream.nullInputStream(), Map.of()),
            new PrintWriter(new StringWriter()),
            new PrintWriter(new StringWriter()));
    assertThat(List.copyOf(full.getSubcommands().keySet()))
        .isEqualTo(AzmoonCommand.names())
        .hasSize(15);
  }

  @Test
  void a_run_builds_only_the_subcommand_it_starts_with_or_all_of_them() {
    assertThat(AzmoonCommand.needed("check", "--id", "x")).containsExactly(CheckCommand.class);
    assertThat(AzmoonCommand.needed("rtl-test")).containsExactly(RtlTestCommand.class);
    for (String[] args :
        List.of(
            new String[0],
            new String[] {"completion", "bash"},
            new String[] {"--count", "5", "list"},
            new String[] {"chek"},
            new String[] {"--help"})) {
      assertThat(AzmoonCommand.needed(args)).hasSize(15);
    }
  }

  static List<String> subcommands() {
    return AzmoonCommand.names();
  }

  /** What the harness builds (one subcommand) answers as the whole tree does. */
  @ParameterizedTest
  @MethodSource("subcommands")
  void each_subcommand_built_alone_helps_and_fails_as_in_the_whole_tree(String name) {
    for (String[] args :
        List.of(
            new String[] {name, "--help"},
            new String[] {name, "--no-such-option"},
            new String[] {name, "--bank"})) {
      Cli.Result alone = run(args);
      assertThat(alone.code() + "\n" + alone.out() + "\n" + alone.err()).isEqualTo(fullTree(args));
    }
  }

  @Test
  void help_lists_the_commands_and_exit_codes() {
    Cli.Result r = run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("validate", "banks", "list", "completion", "65  invalid input data");
  }

  @Test
  void an_unknown_option_is_a_usage_error_with_exit_2() {
    Cli.Result r = run("list", "--nope");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Unknown option: '--nope'");
  }

  @Test
  void a_bad_option_value_is_a_usage_error() {
    Cli.Result r = run("validate", "--max-bank-size", "lots", "x.json");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("'lots' is not a size such as 65536, 200K or 64M");
  }

  @Test
  void validate_exits_0_for_a_valid_bank() throws IOException {
    Path file = BankFixture.write(dir, "ok.json", bank(TRUEFALSE));
    Cli.Result r = run("validate", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("ok: bank mini, 1 questions");
  }

  @Test
  void validate_lists_every_problem_of_every_file_and_exits_65() throws IOException {
    Path bad =
        BankFixture.write(
            dir,
            "bad.json",
            bank(TRUEFALSE.replace("\"answer\": true", "\"answer\": 1, \"promtp\": 2")));
    Path good = BankFixture.write(dir, "good.json", bank(TRUEFALSE));
    Cli.Result r = run("validate", bad.toString(), good.toString());
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err().lines())
        .containsExactly(
            bad + ":8:83: $.questions[0].answer: expected true or false, found a number",
            bad
                + ":8:86: $.questions[0].promtp: unknown field \"promtp\" (did you mean \"prompt\"?)");
    assertThat(r.out()).contains("good.json: ok");
  }

  @Test
  void validate_of_a_missing_file_exits_74() {
    Cli.Result r = run("validate", dir.resolve("missing.json").toString());
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).contains("missing.json: no such file");
  }

  @Test
  void validate_reads_a_bank_from_a_fifo_once() throws Exception {
    Path file = BankFixture.write(dir, "ok.json", bank(TRUEFALSE)); // and its source, mini.txt
    Path fifo = Fifo.make(dir, "piped");
    Fifo.feed(fifo, Files.readAllBytes(file));
    Cli.Result r = assertTimeoutPreemptively(HANG, () -> run("validate", fifo.toString()));
    assertThat(r.out()).isEqualTo(fifo + ": ok: bank mini, 1 questions\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void validate_refuses_dev_zero_at_the_cap_and_a_folder_as_unreadable() {
    Cli.Result zero =
        assertTimeoutPreemptively(
            HANG, () -> run("validate", "--max-bank-size", "64K", "/dev/zero"));
    assertThat(zero.err())
        .isEqualTo(
            "azmoon: /dev/zero: is over the 65,536-byte limit (raise it with --max-bank-size)\n");
    assertThat(zero.code()).isEqualTo(ExitCode.DATA);
    Cli.Result folder = run("validate", dir.toString());
    assertThat(folder.err()).isEqualTo("azmoon: " + dir + ": is a folder, not a file\n");
    assertThat(folder.code()).isEqualTo(ExitCode.IO);
  }

  @Test
  void a_fifo_among_the_project_banks_is_skipped_not_waited_for() throws Exception {
    Files.createDirectories(dir.resolve("questions"));
    BankFixture.write(dir.resolve("questions"), "mini.json", bank(TRUEFALSE));
    Fifo.make(dir.resolve("questions"), "stuck.json"); // no writer: opening it would wait forever
    Cli.Result r = assertTimeoutPreemptively(HANG, () -> run("banks"));
    assertThat(r.out()).contains("mini", "korean-war");
    assertThat(r.out() + r.err()).contains("stuck.json");
  }

  @Test
  void messages_never_carry_escape_sequences_from_the_file() throws IOException {
    Path bad =
        BankFixture.write(
            dir, "esc.json", bank(TRUEFALSE.replace("\"prompt\"", "\"p\\u001b[31m\"")));
    Cli.Result r = run("validate", bad.toString());
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err()).contains("unknown field \"p␛[31m\"").doesNotContain("\u001b");
  }

  @Test
  void banks_lists_project_data_dir_and_bundled_banks_in_lookup_order() throws IOException {
    Files.createDirectories(dir.resolve("questions"));
    BankFixture.write(dir.resolve("questions"), "mini.json", bank(TRUEFALSE));
    Files.createDirectories(dir.resolve("home/banks"));
    Files.writeString(dir.resolve("home/banks/broken.json"), "{");
    Cli.Result r = run("banks");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().skip(1).map(l -> l.split("\\s+")[0] + " " + l.split("\\s+")[2]))
        .containsExactly("mini ./questions", "? data", "korean-war bundled");
  }

  @Test
  void list_reads_a_bank_by_id_and_filters_by_tag() throws IOException {
    Cli.Result r = run("list", "--bank", "korean-war", "--tag", "dates");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("kw-").contains("date ").doesNotContain("kw-num-bomb-tonnage");
  }

  @Test
  void list_of_an_unknown_bank_id_is_a_usage_error() {
    Cli.Result r = run("list", "--bank", "no-such-bank");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("no bank has the id \"no-such-bank\"");
  }

  @Test
  void list_of_an_invalid_bank_exits_65_naming_the_problem() throws IOException {
    Path bad = BankFixture.write(dir, "bad.json", "[]");
    Cli.Result r = run("list", "--bank", bad.toString());
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .isEqualTo(bad + ":1:1: $: expected an object, found a list" + System.lineSeparator());
  }

  @Test
  void list_json_round_trips_through_the_loader() throws IOException {
    Cli.Result r = run("list", "--json", "--tag", "numbers");
    assertThat(r.code()).isZero();
    String questions = r.out();
    Path copy = dir.resolve("copy.json");
    Files.createDirectories(dir.resolve("sources"));
    Files.copy(
        Path.of("questions/sources/korean-war.fa.txt"), dir.resolve("sources/korean-war.fa.txt"));
    Files.writeString(
        copy,
        "{\"format\": \"azmoon/bank@1\", \"id\": \"copy\", \"title\": \"x\","
            + " \"source\": {\"path\": \"sources/korean-war.fa.txt\"}, \"questions\": "
            + questions
            + "}");
    Cli.Result again = run("list", "--json", "--bank", copy.toString());
    assertThat(again.code()).isZero();
    assertThat(again.out()).isEqualTo(questions);
  }

  @Test
  void completion_prints_a_script_for_bash_and_zsh() {
    Cli.Result bash = run("completion", "bash");
    assertThat(bash.code()).isZero();
    assertThat(bash.out()).contains("complete -F", "validate", "--max-bank-size");
    assertThat(run("completion", "zsh").out()).contains("bashcompinit");
    assertThat(run("completion", "fish").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void a_folder_given_as_a_bank_is_an_io_error_in_one_line_without_a_stack_trace() {
    Cli.Result r = run("list", "--bank", dir.toString() + "/");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).startsWith("azmoon: ").contains("is a folder, not a file");
    assertThat(r.err().lines()).hasSize(1);
    assertThat(r.err()).doesNotContain("\tat ");
  }

  @Test
  void quiz_options_before_a_command_are_an_error_not_ignored() {
    Cli.Result r = run("--count", "1", "banks");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("--count goes after the command: azmoon banks --count");
  }

  @Test
  void a_size_cap_message_names_the_file_the_cap_and_the_option() {
    Cli.Result r = run("list", "--max-bank-size", "1K");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .isEqualTo(
            "azmoon: bundled:korean-war.fa.json: is over the 1,024-byte limit"
                + " (raise it with --max-bank-size)\n");
  }

  @Test
  void help_prints_no_warnings() {
    assertThat(run("play", "--help").err()).isEmpty();
  }

  @Test
  void rtl_test_prints_the_sample_line_both_ways() {
    Cli.Result r = run("rtl-test");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(RtlTestCommand.SAMPLE); // logical order, as stored
    assertThat(r.out()).contains("\uFEAA\uFEE7\uFEA9\uFEAE\uFB90"); // کردند, joined and reversed
    assertThat(r.out()).contains("Here --rtl auto chooses A (terminal)"); // not a terminal here
  }
}
