package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What GIFT export writes, character for character, for a few questions. */
class GiftExportTest {
  private static Info info(String id, String prompt, List<String> tags, String explanation) {
    return new Info(
        id,
        Text.of(Language.FA, prompt),
        Optional.ofNullable(explanation).map(e -> Text.of(Language.FA, e)),
        Optional.empty(),
        tags,
        1);
  }

  private static String export(Question... questions) {
    return exported(questions).text();
  }

  private static Exported exported(Question... questions) {
    Bank bank =
        new Bank(
            "kw",
            Text.of(Language.FA, "جنگ کره"),
            Language.FA,
            Optional.empty(),
            List.of(questions));
    return new Gift().write(bank);
  }

  @Test
  void a_choice_is_written_with_its_id_title_tags_and_escaped_persian_text() {
    String gift =
        export(
            new Question.Choice(
                info("kw-port", "کدام بندر؟ {۱:۲}", List.of("places", "air-war"), "چون #۱"),
                List.of(Text.of(Language.FA, "بوسان"), Text.of(Language.FA, "سئول=پایتخت")),
                Set.of(0),
                true));
    assertThat(gift)
        .isEqualTo(
            """
            // جنگ کره (azmoon bank kw)

            $CATEGORY: $course$/top/places/air-war

            ::kw-port:: کدام بندر؟ \\{۱\\:۲\\} {
            \t=بوسان
            \t~سئول\\=پایتخت
            \t####چون \\#۱
            }
            """);
  }

  @Test
  void numbers_dates_and_a_one_gap_cloze_take_their_gift_forms() {
    String gift =
        export(
            new Question.Numeric(
                info("kw-tons", "چند تن؟", List.of(), null),
                new BigDecimal("635000"),
                new BigDecimal("634000"),
                new BigDecimal("636000"),
                Optional.empty()),
            new Question.Dated(
                info("kw-june", "کی؟", List.of(), null),
                app.azmoon.domain.question.PartialDate.parse("1950-06").orElseThrow()),
            new Question.Cloze(
                info("kw-gap", "پر کنید.", List.of(), null),
                new ClozeText(
                    List.of(
                        new ClozeText.Literal("بندر "),
                        new ClozeText.Gap(
                            List.of("بوسان"), List.of(new Partial("پوسان", 0.5)), List.of()),
                        new ClozeText.Literal(" در جنوب است.")))));
    assertThat(gift)
        .contains("::kw-tons:: چند تن؟ {#635000:1000\n}")
        .contains("::kw-june:: کی؟ {\n\t=1950-06\n\t=June 1950\n\t=ژوئن ۱۹۵۰\n}")
        .contains("::kw-gap:: بندر {\n\t=بوسان\n\t=%50%پوسان\n} در جنوب است.\n");
  }

  @Test
  void a_cloze_with_a_select_all_gap_is_skipped_with_a_note_and_the_rest_is_written() {
    Exported out =
        exported(
            new Question.Cloze(
                info("kw-all", "پر کنید.", List.of(), null),
                new ClozeText(
                    List.of(
                        new ClozeText.Literal("شهرها: "),
                        new ClozeText.Gap(
                            List.of("سئول", "بوسان"),
                            List.of(),
                            List.of("سئول", "توکیو", "بوسان"),
                            true)))),
            new Question.Cloze(
                info("kw-one", "پر کنید.", List.of(), null),
                new ClozeText(
                    List.of(
                        new ClozeText.Literal("بندر "),
                        new ClozeText.Gap(
                            List.of("بوسان"), List.of(), List.of("بوسان", "سئول"))))));
    assertThat(out.skipped())
        .singleElement()
        .hasToString("kw-all: a select-all gap has no GIFT form (Moodle XML and JSON keep it)");
    assertThat(out.text())
        .doesNotContain("kw-all")
        .contains("::kw-one:: بندر {\n\t=بوسان\n\t~سئول\n}");
  }
}
