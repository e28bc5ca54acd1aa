package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.azmoon.store.Fifo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static final String CSV =
      "prompt,answer,choice1,choice2,tags\n"
          + "پایتخت کره جنوبی؟,سئول,پیونگ‌یانگ,سئول,places\n"
          + "چند تن بمب؟,۶۳۵٬۰۰۰,,,numbers\n"
          + "کی؟,ژوئن ۱۹۵۰,,,dates\n"
          + "بی‌پاسخ؟,,,,\n";

  private Cli.Result run(String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, args);
  }

  private Path write(String name, String text) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void a_csv_file_becomes_a_bank_that_validate_accepts() throws Exception {
    write("class-7.csv", CSV);
    Cli.Result r = run("import", "--from", "csv", "class-7.csv", "-o", "banks/class.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "imported 3 questions into banks/class.json (bank class-7, fa): 1 choice, 1 numeric,"
                + " 1 date\n");
    assertThat(r.err()).isEqualTo("class-7.csv:line 5: the answer is empty\n");
    Path bank = dir.resolve("banks/class.json");
    Cli.Result valid = run("validate", bank.toString());
    assertThat(valid.code()).as(valid.err()).isZero();
    assertThat(valid.out()).contains("ok: bank class-7, 3 questions");
    Cli.Result list = run("list", "--bank", bank.toString());
    assertThat(list.out().lines().filter(l -> l.startsWith("class-7-q-")))
        .hasSize(3)
        .anyMatch(l -> l.contains("choice") && l.contains("places"))
        .anyMatch(l -> l.contains("numeric") && l.contains("numbers"))
        .anyMatch(l -> l.contains("date") && l.contains("dates"));
  }

  @Test
  void id_title_and_language_can_be_given() throws Exception {
    write("q.csv", "prompt,answer\nWhat is 2+2?,4\n");
    Cli.Result r =
        run("import", "--from", "csv", "q.csv", "-o", "b.json", "--id", "math", "--title", "ریاضی");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("(bank math, en)");
    String json = Files.readString(dir.resolve("b.json"));
    assertThat(json)
        .contains("\"id\": \"math\"", "\"en\": \"ریاضی\"", "\"id\": \"math-what-is-2-2\"");
    assertThat(run("import", "--from", "csv", "q.csv", "-o", "c.json", "--lang", "fa").out())
        .contains("(bank q, fa)");
  }

  @Test
  void an_existing_bank_is_replaced_only_with_force() throws Exception {
    write("q.csv", "prompt,answer\nیک؟,1\n");
    Path target = write("b.json", "keep me");
    Cli.Result refused = run("import", "--from", "csv", "q.csv", "-o", "b.json");
    assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err()).isEqualTo("azmoon: b.json: already exists (--force overwrites it)\n");
    assertThat(Files.readString(target)).isEqualTo("keep me");

    Cli.Result forced = run("import", "--from", "csv", "q.csv", "-o", "b.json", "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(Files.readString(target)).contains("azmoon/bank@1");
  }

  @Test
  void the_file_being_imported_is_never_the_one_written() throws Exception {
    write("q.csv", "prompt,answer\nیک؟,1\n");
    Cli.Result r = run("import", "--from", "csv", "q.csv", "-o", "./q.csv", "--force");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err())
        .isEqualTo("azmoon: -o names the file being imported: write the bank to another file\n");
    Files.createSymbolicLink(dir.resolve("link.json"), dir.resolve("q.csv"));
    Cli.Result link = run("import", "--from", "csv", "q.csv", "-o", "link.json", "--force");
    assertThat(link.code()).isEqualTo(ExitCode.USAGE);
    assertThat(Files.readString(dir.resolve("q.csv"))).isEqualTo("prompt,answer\nیک؟,1\n");
  }

  @Test
  void a_file_with_no_question_exits_65_and_writes_nothing() throws Exception {
    write("q.csv", "prompt,answer\nیک؟,\nدو؟,\n");
    Cli.Result r = run("import", "--from", "csv", "q.csv", "-o", "b.json");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .isEqualTo(
            "q.csv:line 2: the answer is empty\n"
                + "q.csv:line 3: the answer is empty\n"
                + "azmoon: q.csv: no question to import in it\n");
    assertThat(dir.resolve("b.json")).doesNotExist();
  }

  @Test
  void a_file_that_is_not_the_format_at_all_is_one_sentence_and_65() throws Exception {
    write("q.csv", "just some text\n");
    Cli.Result r = run("import", "--from", "csv", "q.csv", "-o", "b.json");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .isEqualTo(
            "azmoon: q.csv: line 1: the first row must name the columns, with at least \"prompt\""
                + " and \"answer\" (see docs/interop.md)\n");
  }

  @Test
  void bad_bytes_a_missing_file_and_an_unknown_format_have_their_own_codes() throws Exception {
    Files.write(dir.resolve("bad.csv"), new byte[] {'p', ',', 'a', '\n', (byte) 0xFF, '\n'});
    Cli.Result bad = run("import", "--from", "csv", "bad.csv", "-o", "b.json");
    assertThat(bad.code()).isEqualTo(ExitCode.DATA);
    assertThat(bad.err()).contains("not valid UTF-8");

    Cli.Result missing = run("import", "--from", "csv", "nope.csv", "-o", "b.json");
    assertThat(missing.code()).isEqualTo(ExitCode.IO);
    assertThat(missing.err()).contains("no such file");

    Cli.Result unknown = run("import", "--from", "docx", "nope.csv", "-o", "b.json");
    assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
    assertThat(unknown.err().lines().findFirst())
        .hasValueSatisfying(
            l ->
                assertThat(l)
                    .startsWith("azmoon: unknown format \"docx\" for --from (expected one of: ")
                    .contains("aiken", "csv"));

    write("q.csv", "prompt,answer\nیک؟,1\n");
    Cli.Result id = run("import", "--from", "csv", "q.csv", "-o", "b.json", "--id", "Not An Id");
    assertThat(id.code()).isEqualTo(ExitCode.USAGE);
    assertThat(id.err()).startsWith("azmoon: --id \"Not An Id\" is not a valid id");
    Cli.Result lang = run("import", "--from", "csv", "q.csv", "-o", "b.json", "--lang", "de");
    assertThat(lang.code()).isEqualTo(ExitCode.USAGE);
    assertThat(dir.resolve("b.json")).doesNotExist();
  }

  @Test
  void an_aiken_file_from_standard_input_imports_with_notes_by_line() {
    String aiken =
        "پایتخت کره جنوبی کدام است؟\nA. پیونگ‌یانگ\nB. سئول\nANSWER: B\n\nبی‌پاسخ؟\nA. x\nB. y\n";
    Cli.Result r =
        Cli.runWithInput(
            aiken,
            Map.of("AZMOON_HOME", dir.toString()),
            dir,
            "import",
            "--from",
            "aiken",
            "-",
            "-o",
            "b.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("imported 1 question into b.json (bank imported, fa): 1 choice");
    assertThat(r.err())
        .isEqualTo(
            "<stdin>:line 6: the question has no ANSWER: line before the file ends: left out\n");
  }

  @Test
  void a_question_the_loader_would_refuse_is_left_out_with_the_reason() throws Exception {
    write("q.csv", "id,prompt,answer\nok,یک؟,1\nbell,\"زنگ\u0007\",2\n");
    Cli.Result r = run("import", "--from", "csv", "q.csv", "-o", "b.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err())
        .isEqualTo(
            "q.csv: question bell left out: $.prompt.fa: control character U+0007 is not allowed"
                + " in text\n");
    assertThat(r.out()).startsWith("imported 1 question into");
  }

  @Test
  void a_fifo_is_read_once_and_dev_zero_is_refused_at_the_size_cap() throws Exception {
    Path fifo = Fifo.make(dir, "piped.csv");
    Fifo.feed(fifo, "prompt,answer\nچند؟,38\n".getBytes(StandardCharsets.UTF_8));
    Cli.Result r =
        assertTimeoutPreemptively(
            HANG, () -> run("import", "--from", "csv", fifo.toString(), "-o", "b.json"));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("imported 1 question into b.json (bank piped, fa)");

    Cli.Result zero =
        assertTimeoutPreemptively(
            HANG,
            () ->
                run(
                    "import",
                    "--from",
                    "csv",
                    "--max-bank-size",
                    "64K",
                    "/dev/zero",
                    "-o",
                    "z.json"));
    assertThat(zero.code()).isEqualTo(ExitCode.DATA);
    assertThat(zero.err())
        .isEqualTo(
            "azmoon: /dev/zero: is over the 65,536-byte limit (raise it with --max-bank-size)\n");
    assertThat(dir.resolve("z.json")).doesNotExist();
  }

  @Test
  void a_moodle_xml_export_imports_with_a_note_per_question_left_out() {
    Path corpus = Path.of("src/test/resources/formats/moodle/corpus.xml").toAbsolutePath();
    Cli.Result r = run("import", "--from", "moodle-xml", corpus.toString(), "-o", "m.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains(corpus + ":question 'One option': ");
    assertThat(r.out()).startsWith("imported ").contains("(bank corpus, fa)");
    assertThat(run("validate", dir.resolve("m.json").toString()).code()).isZero();
  }

  @Test
  void a_gift_file_imports_with_a_note_per_question_left_out_naming_its_line() {
    Path corpus = Path.of("src/test/resources/formats/corpus.gift").toAbsolutePath();
    Cli.Result r = run("import", "--from", "gift", corpus.toString(), "-o", "g.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains(corpus + ":line 84: this '{' is never closed");
    assertThat(r.out()).startsWith("imported ").contains("(bank corpus, fa)");
    assertThat(run("validate", dir.resolve("g.json").toString()).code()).isZero();
  }

  @Test
  void a_hostile_xml_file_is_refused_in_one_sentence_and_nothing_is_written() {
    for (String name : java.util.List.of("billion-laughs.xml", "external-dtd.xml")) {
      Path file = Path.of("src/test/resources/formats/moodle", name).toAbsolutePath();
      Cli.Result r =
          assertTimeoutPreemptively(
              HANG, () -> run("import", "--from", "moodle-xml", file.toString(), "-o", "h.json"));
      assertThat(r.code()).isEqualTo(ExitCode.DATA);
      assertThat(r.err().lines()).singleElement().asString().startsWith("azmoon: " + file + ": ");
      assertThat(dir.resolve("h.json")).doesNotExist();
    }
  }

  @Test
  void importing_the_same_file_twice_gives_the_same_bank() throws Exception {
    write("q.csv", CSV);
    run("import", "--from", "csv", "q.csv", "-o", "one.json");
    run("import", "--from", "csv", "q.csv", "-o", "two.json");
    assertThat(Files.readString(dir.resolve("one.json")))
        .isEqualTo(Files.readString(dir.resolve("two.json")));
  }
}
