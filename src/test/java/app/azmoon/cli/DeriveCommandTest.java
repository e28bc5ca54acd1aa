package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeriveCommandTest {
  @TempDir Path dir;
  private Path passage;

  @BeforeEach
  void copyThePassage() throws IOException {
    Files.createDirectories(dir.resolve("texts"));
    passage =
        Files.copy(
            Path.of("questions/sources/korean-war.fa.txt"), dir.resolve("texts/korean-war.fa.txt"));
  }

  private Cli.Result run(String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, args);
  }

  private Path text(String name, String content) throws IOException {
    return Files.writeString(dir.resolve("texts").resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void the_passage_becomes_a_bank_that_validates_with_its_copied_source() throws IOException {
    Cli.Result r = run("derive", passage.toString(), "-o", "draft/war.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("draft/war.json: wrote bank korean-war-fa, 14 questions")
        .contains("source sources/korean-war.fa.txt");
    assertThat(r.err())
        .contains(":9: numeric 635000 تن «۶۳۵٬۰۰۰»")
        .contains(":1: date 1949-09 «سپتامبر این سال»")
        .contains(":10: skipped «بی ۲۹»: a name or a model, not a quantity");
    assertThat(dir.resolve("draft/sources/korean-war.fa.txt")).hasSameBinaryContentAs(passage);

    Cli.Result valid = run("validate", dir.resolve("draft/war.json").toString());
    assertThat(valid.code()).as(valid.err()).isZero();
    assertThat(valid.out()).contains("ok: bank korean-war-fa, 14 questions");
  }

  @Test
  void a_learner_answering_in_words_and_units_is_right_on_the_derived_bank() throws IOException {
    run("derive", passage.toString(), "-o", "draft/war.json");
    String bank = Files.readString(dir.resolve("draft/war.json"));
    // The id of the question whose answer is 635000: the last id before that answer.
    Matcher ids =
        Pattern.compile("\"id\": \"(korean-war-fa-numeric-[0-9a-f]+)\"")
            .matcher(bank.substring(0, bank.indexOf("\"answer\": 635000")));
    String id = null;
    while (ids.find()) {
      id = ids.group(1);
    }
    assertThat(id).as(bank).isNotNull();
    Cli.Result r =
        run(
            "check",
            "--bank",
            dir.resolve("draft/war.json").toString(),
            "--id",
            id,
            "--answer",
            "۶۳۵ هزار تن",
            "--answer",
            "ششصد و سی و پنج هزار");
    assertThat(r.code()).as(r.out() + r.err()).isZero();
  }

  @Test
  void deriving_again_writes_the_same_bank_and_an_existing_file_needs_force() throws IOException {
    assertThat(run("derive", passage.toString(), "-o", "a.json").code()).isZero();
    String first = Files.readString(dir.resolve("a.json"));

    Cli.Result refused = run("derive", passage.toString(), "-o", "a.json");
    assertThat(refused.code()).isEqualTo(ExitCode.USAGE);
    assertThat(refused.err()).contains("azmoon: a.json: already exists (--force overwrites it)");

    Cli.Result forced = run("derive", passage.toString(), "-o", "a.json", "--force");
    assertThat(forced.code()).isZero();
    assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo(first);
  }

  @Test
  void id_and_title_name_the_bank_and_a_bad_id_is_a_usage_error() throws IOException {
    Cli.Result r =
        run("derive", passage.toString(), "-o", "b.json", "--id", "war-draft", "--title", "جنگ");
    assertThat(r.code()).isZero();
    assertThat(Files.readString(dir.resolve("b.json")))
        .contains("\"id\": \"war-draft\"", "\"fa\": \"جنگ\"", "\"id\": \"war-draft-numeric-");

    Cli.Result bad = run("derive", passage.toString(), "-o", "c.json", "--id", "War Draft");
    assertThat(bad.code()).isEqualTo(ExitCode.USAGE);
    assertThat(bad.err()).startsWith("azmoon: --id: \"War Draft\" is not a valid id");
    assertThat(dir.resolve("c.json")).doesNotExist();
  }

  @Test
  void a_text_inside_the_banks_folder_is_its_source_where_it_is() throws IOException {
    Cli.Result r = run("derive", passage.toString(), "-o", "draft.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("draft.json")))
        .contains("\"path\": \"texts/korean-war.fa.txt\"");
    assertThat(dir.resolve("sources")).doesNotExist();
    assertThat(run("validate", dir.resolve("draft.json").toString()).code()).isZero();
  }

  @Test
  void another_text_of_the_same_name_is_copied_beside_and_never_over_it() throws IOException {
    Files.createDirectories(dir.resolve("out/sources"));
    Files.writeString(dir.resolve("out/sources/korean-war.fa.txt"), "متن دیگری با ۳ سطر.");
    Cli.Result r = run("derive", passage.toString(), "-o", "out/war.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(dir.resolve("out/sources/korean-war.fa.txt")).hasContent("متن دیگری با ۳ سطر.");
    assertThat(dir.resolve("out/sources/korean-war.fa-2.txt")).hasSameBinaryContentAs(passage);
    assertThat(run("validate", dir.resolve("out/war.json").toString()).code()).isZero();
  }

  @Test
  void a_persian_file_name_gives_the_id_derived_and_its_own_title() throws IOException {
    Path persian = text("جنگ.txt", "در ژوئن ۱۹۵۰ حمله شد.");
    Cli.Result r = run("derive", persian.toString(), "-o", "fa/j.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("wrote bank derived, 1 question (1 date)");
    assertThat(Files.readString(dir.resolve("fa/j.json")))
        .contains("\"fa\": \"پیش‌نویس: جنگ.txt\"", "\"path\": \"sources/جنگ.txt\"");
    assertThat(run("validate", dir.resolve("fa/j.json").toString()).code()).isZero();
  }

  @Test
  void a_text_with_nothing_to_ask_exits_65_and_writes_nothing() throws IOException {
    Path none = text("none.txt", "در این متن عددی نیست، جز میگ ۱۵ که نام است.");
    Cli.Result r = run("derive", none.toString(), "-o", "none.json");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .contains("skipped «میگ ۱۵»")
        .contains("azmoon: " + none + ": no quantity or date to ask for; nothing written");
    assertThat(dir.resolve("none.json")).doesNotExist();
  }

  @Test
  void a_missing_text_exits_74_and_one_not_in_utf8_or_too_big_exits_65() throws IOException {
    Cli.Result missing = run("derive", dir.resolve("nope.txt").toString(), "-o", "x.json");
    assertThat(missing.code()).isEqualTo(ExitCode.IO);
    assertThat(missing.err()).contains("nope.txt: no such file").doesNotContain("Exception");

    Path latin1 =
        Files.write(dir.resolve("texts/old.txt"), new byte[] {'1', '9', '5', '0', (byte) 0xE9});
    Cli.Result bad = run("derive", latin1.toString(), "-o", "x.json");
    assertThat(bad.code()).isEqualTo(ExitCode.DATA);
    assertThat(bad.err()).contains("not valid UTF-8");
    assertThat(dir.resolve("x.json")).doesNotExist();

    Cli.Result big = run("derive", passage.toString(), "-o", "x.json", "--max-bank-size", "1K");
    assertThat(big.code()).isEqualTo(ExitCode.DATA);
    assertThat(big.err()).contains("over the 1,024-byte limit");
    assertThat(dir.resolve("x.json")).doesNotExist();
  }

  @Test
  void a_text_with_a_byte_order_mark_and_windows_line_breaks_gives_a_valid_bank()
      throws IOException {
    Path windows = text("win.txt", "\uFEFFدر ژوئن ۱۹۵۰ حمله شد.\r\nسی و شش نفر رفتند.\r\n");
    Cli.Result r = run("derive", windows.toString(), "-o", "out/win.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("win.txt:1: date 1950-06", "win.txt:2: numeric 36 نفر");
    assertThat(r.out()).contains("wrote bank win, 2 questions (1 numeric, 1 date), 0 skipped");
    assertThat(run("validate", dir.resolve("out/win.json").toString()).code()).isZero();
  }

  @Test
  void what_the_text_holds_reaches_the_terminal_without_escape_sequences() throws IOException {
    Path odd = text("t\u001B[31m.txt", "در سال ۱۹۵۰ \u001B]0;title\u0007 و ۳ نفر.\nدر ۱۹۵۱ آمد.");
    Cli.Result r = run("derive", odd.toString(), "-o", "odd.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).contains("skipped «۱۹۵۰»: the sentence holds control characters");
    assertThat(r.out() + r.err()).doesNotContain("\u001B", "\u0007");
    assertThat(run("validate", dir.resolve("odd.json").toString()).code()).isZero();
  }
}
