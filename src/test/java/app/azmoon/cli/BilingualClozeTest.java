package app.azmoon.cli;

import static app.azmoon.store.BankFixture.bank;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cloze text with an English version, through validate, check and export. */
class BilingualClozeTest {
  @TempDir Path dir;

  private static final String PORT =
      """
          {"id": "port", "type": "cloze", "prompt": {"fa": "پر کنید.", "en": "Fill in."},
           "text": {"fa": "نیروها در بندر {{بوسان|پوسان}} در {{جنوب}} پیاده شدند.",
                    "en": "Troops landed at the port of {{Busan|Pusan}} in the {{south}}."}}""";

  private static final String ONE_GAP =
      """
          {"id": "one", "type": "cloze", "prompt": {"fa": "پر کنید.", "en": "Fill in."},
           "text": {"fa": "پایتخت کرهٔ جنوبی {{سئول}} است.",
                    "en": "The capital of South Korea is {{Seoul}}."}}""";

  private Cli.Result run(String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, args);
  }

  /** {@code check} of question "port" of {@code bank} in {@code lang}, one row per answer. */
  private Cli.Result check(String bank, String lang, String... answers) {
    List<String> args = new ArrayList<>(List.of("check", "--bank", bank, "--id", "port"));
    args.addAll(List.of("--lang", lang));
    for (String answer : answers) {
      args.addAll(List.of("--answer", answer));
    }
    return run(args.toArray(String[]::new));
  }

  /** What {@code export --to format} writes for {@code bank}. */
  private String export(String bank, String format) throws Exception {
    Cli.Result r = run("export", "--bank", bank, "--to", format, "-o", "out." + format);
    assertThat(r.code()).as(r.err()).isZero();
    return Files.readString(dir.resolve("out." + format));
  }

  private String file(String... questions) throws Exception {
    return BankFixture.write(dir, "b.json", bank(String.join(",\n", questions))).toString();
  }

  @Test
  void a_bilingual_cloze_validates() throws Exception {
    Cli.Result r = run("validate", file(PORT, ONE_GAP));
    assertThat(r.code()).as(r.err()).isZero();
  }

  @Test
  void versions_with_different_gap_counts_are_refused_where_the_english_one_is() throws Exception {
    String fewer =
        """
            {"id": "a", "type": "cloze", "prompt": "پر کنید.",
             "text": {"fa": "{{سئول}}، {{بوسان}} و {{اینچئون}}", "en": "{{Seoul}} and {{Busan}}"}}""";
    String more =
        """
            {"id": "b", "type": "cloze", "prompt": "پر کنید.",
             "text": {"fa": "{{سئول}}", "en": "{{Seoul}} and {{Busan}}"}}""";
    Cli.Result r = run("validate", file(ONE_GAP, fewer, more));
    assertThat(r.code()).isEqualTo(65);
    assertThat(r.err())
        .contains("$.questions[1].text.en: 2 gaps, but text.fa has 3")
        .contains("$.questions[2].text.en: 2 gaps, but text.fa has 1")
        .doesNotContain("questions[0]")
        .doesNotContain("Exception");
  }

  @Test
  void a_broken_english_version_is_located_in_text_en() throws Exception {
    String broken =
        """
            {"id": "a", "type": "cloze", "prompt": "پر کنید.",
             "text": {"fa": "{{سئول}}", "en": "{{Seoul"}}""";
    Cli.Result r = run("validate", file(broken));
    assertThat(r.code()).isEqualTo(65);
    assertThat(r.err()).contains("$.questions[0].text.en: the gap at character 1 is not closed");
  }

  @Test
  void in_english_the_english_answers_are_expected_and_either_language_is_accepted()
      throws Exception {
    Cli.Result r = check(file(PORT), "en", "Pusan | south", "بوسان | جنوب", "Busan | north");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    String[] rows = r.out().split("\n");
    assertThat(rows[0]).contains("✓ right").contains("expected: Busan | south");
    assertThat(rows[1]).contains("✓ right");
    assertThat(rows[2]).contains("partly right").contains("expected: Busan | south");
  }

  @Test
  void in_persian_the_persian_answers_are_expected_and_either_language_is_accepted()
      throws Exception {
    Cli.Result r = check(file(PORT), "fa", "پوسان | south", "Seoul | جنوب");
    assertThat(r.code()).as(r.err()).isEqualTo(1);
    String[] rows = r.out().split("\n");
    assertThat(rows[0]).contains("✓ درست").contains("بوسان | جنوب");
    assertThat(rows[1]).contains("بخشی درست");
  }

  @Test
  void gift_writes_the_bank_language_sentence_with_both_versions_answers() throws Exception {
    assertThat(export(file(ONE_GAP), "gift"))
        .contains("::one:: پایتخت کرهٔ جنوبی {\n\t=سئول\n\t=Seoul\n} است.")
        .doesNotContain("The capital");
  }

  @Test
  void an_english_bank_exports_the_english_sentence_to_gift() throws Exception {
    String english = bank(ONE_GAP).replace("\"language\": \"fa\"", "\"language\": \"en\"");
    assertThat(export(BankFixture.write(dir, "en.json", english).toString(), "gift"))
        .contains("::one:: The capital of South Korea is {\n\t=Seoul\n\t=سئول\n}.");
  }

  @Test
  void moodle_xml_writes_the_bank_language_sentence_with_both_versions_answers() throws Exception {
    assertThat(export(file(PORT), "moodle-xml"))
        .contains("نیروها در بندر {1:SHORTANSWER:%100%بوسان~%100%پوسان~%100%Busan~%100%Pusan}")
        .contains("{1:SHORTANSWER:%100%جنوب~%100%south} پیاده شدند.")
        .doesNotContain("Troops landed");
  }

  @Test
  void the_json_export_keeps_both_versions() throws Exception {
    Cli.Result r = run("export", "--bank", file(PORT), "--to", "json", "-o", "copy/b.json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(dir.resolve("copy/b.json")))
        .contains("\"en\": \"Troops landed at the port of {{Busan|Pusan}} in the {{south}}.\"");
    Cli.Result again = check(dir.resolve("copy/b.json").toString(), "en", "x");
    assertThat(again.out()).as(again.err()).contains("expected: Busan | south");
  }
}
