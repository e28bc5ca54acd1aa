package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.ClozeText.Gap;
import app.azmoon.domain.question.ClozeText.Literal;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MoodleXmlExportTest {
  private final MoodleXml moodle = new MoodleXml();

  private static Info info(String id, String prompt) {
    return new Info(
        id, Text.of(Language.FA, prompt), Optional.empty(), Optional.empty(), List.of(), 1);
  }

  private static Bank bank(Question... questions) {
    return new Bank(
        "b", Text.of(Language.FA, "بانک"), Language.FA, Optional.empty(), List.of(questions));
  }

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void the_file_is_utf8_xml_with_persian_as_it_is_and_html_in_cdata() {
    Question q =
        new Question.TrueFalse(
            new Info(
                "b-seoul",
                new Text(Optional.of("سئول <پایتخت> & ]]> است؟"), Optional.of("Seoul?")),
                Optional.of(Text.of(Language.FA, "آری\nسئول")),
                Optional.empty(),
                List.of("places", "capitals"),
                2.5),
            true);

    Exported out = moodle.write(bank(q));

    assertThat(out.text())
        .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n")
        .contains("<name><text>b-seoul</text></name>")
        .contains(
            "<![CDATA[<span lang=\"fa\" class=\"multilang\">سئول &lt;پایتخت&gt; &amp; ]]&gt; است؟</span>")
        .contains("<defaultgrade>2.5</defaultgrade>")
        .contains("<tag><text>capitals</text></tag>");
    assertThat(out.skipped()).isEmpty();
    Question back = moodle.read(out.text(), "b").questions().get(0);
    assertThat(back).isEqualTo(q);
  }

  @Test
  void a_select_all_choice_without_weights_costs_a_wrong_pick_what_a_right_one_earns() {
    Question q =
        new Question.Choice(
            info("b-aid", "کدام‌ها؟"),
            List.of(
                Text.of(Language.FA, "چین"),
                Text.of(Language.FA, "کره"),
                Text.of(Language.FA, "ژاپن")),
            Set.of(0, 1),
            true);

    String xml = moodle.write(bank(q)).text();

    assertThat(xml)
        .contains("<single>false</single>")
        .contains("<answer fraction=\"50\" format=\"html\"><text><![CDATA[چین]]>")
        .contains("<answer fraction=\"-50\" format=\"html\"><text><![CDATA[ژاپن]]>");
    Question.Choice back = (Question.Choice) moodle.read(xml, "b").questions().get(0);
    assertThat(back.credits()).containsExactly(0.5, 0.5, -0.5);
    for (String answer : List.of("1, 2", "1", "1, 2, 3", "3")) {
      assertThat(AnswerChecker.check(back, answer, Language.FA).credit())
          .as(answer)
          .isEqualTo(AnswerChecker.check(q, answer, Language.FA).credit());
    }
  }

  @Test
  void a_date_is_a_short_answer_with_its_written_forms_and_reads_back_as_a_date() {
    Question q =
        new Question.Dated(
            info("b-black-thursday", "کی؟"), PartialDate.parse("1951-04-12").orElseThrow());

    String xml = moodle.write(bank(q)).text();

    assertThat(xml)
        .contains("type=\"shortanswer\"")
        .contains("<text>1951-04-12</text>")
        .contains("<text>۱۲ آوریل ۱۹۵۱</text>")
        .contains("<text>12 April 1951</text>");
    assertThat(moodle.read(xml, "b").questions()).containsExactly(q);
  }

  @Test
  void a_range_not_even_around_its_answer_is_written_around_its_middle_with_a_note() {
    Question q =
        new Question.Numeric(
            info("b-migs", "چند میگ؟"),
            n("30"),
            n("25"),
            n("40"),
            Optional.of(Text.of(Language.FA, "فروند")),
            List.of(new PartialRange(n("41"), n("50"), 0.25)));

    Exported out = moodle.write(bank(q));

    assertThat(out.skipped())
        .singleElement()
        .hasToString(
            "b-migs: Moodle's tolerance lies evenly around the answer: the range 25 to 40 is written as 32.5 ± 7.5");
    Question.Numeric back = (Question.Numeric) moodle.read(out.text(), "b").questions().get(0);
    assertThat(List.of(back.min(), back.max(), back.answer()))
        .containsExactly(n("25.0"), n("40.0"), n("32.5"));
    assertThat(back.partial()).containsExactly(new PartialRange(n("41.0"), n("50.0"), 0.25));
    assertThat(back.unit()).contains(Text.of(Language.FA, "فروند"));
  }

  @Test
  void a_cloze_gap_is_a_short_answer_or_a_multichoice_with_its_half_right_answers() {
    Question q =
        new Question.Cloze(
            info("b-busan", "پر کنید."),
            new ClozeText(
                List.of(
                    new Literal("بندر "),
                    new Gap(
                        List.of("بوسان", "Busan"), List.of(new Partial("پوسان", 0.5)), List.of()),
                    new Literal(" در "),
                    new Gap(
                        List.of("جنوب"),
                        List.of(new Partial("غرب", 0.5)),
                        List.of("شمال", "جنوب", "غرب")),
                    new Literal(" است: a~b #1 {x}"),
                    new Gap(List.of("R}D~#"), List.of(), List.of()))));

    String xml = moodle.write(bank(q)).text();

    assertThat(xml)
        .contains("{1:SHORTANSWER:%100%بوسان~%100%Busan~%50%پوسان}")
        .contains("{1:MULTICHOICE:شمال~%100%جنوب~%50%غرب}")
        .contains("{1:SHORTANSWER:%100%R\\}D\\~\\#}");
    assertThat(moodle.read(xml, "b").questions()).containsExactly(q);
  }

  @Test
  void a_select_all_gap_goes_out_as_multiresponse_and_comes_back_the_same_with_no_note() {
    Question q =
        new Question.Cloze(
            info("b-cities", "پر کنید."),
            new ClozeText(
                List.of(
                    new Literal("شهرهای جنوب: "),
                    new Gap(
                        List.of("سئول", "بوسان"),
                        List.of(),
                        List.of("سئول", "توکیو", "بوسان"),
                        true),
                    new Literal("، شهرهای شمال: "),
                    new Gap(
                        List.of("پیونگ‌یانگ", "کائسونگ", "وونسان"),
                        List.of(),
                        List.of("پیونگ‌یانگ", "پکن", "کائسونگ", "وونسان"),
                        true),
                    new Literal(" و بندر "),
                    new Gap(List.of("اینچئون"), List.of(), List.of("اینچئون", "پکن")))));

    Exported out = moodle.write(bank(q));
    Imported back = moodle.read(out.text(), "b");

    assertThat(out.skipped()).isEmpty();
    assertThat(out.text())
        .contains("{1:MULTIRESPONSE:%50%سئول~%-50%توکیو~%50%بوسان}")
        .contains("{1:MULTIRESPONSE:%33.33333%پیونگ‌یانگ~%-33.33333%پکن~")
        .contains("{1:MULTICHOICE:%100%اینچئون~پکن}");
    assertThat(back.notes()).isEmpty();
    assertThat(back.questions()).containsExactly(q);
    for (String answer : List.of("1 3 | 1 3 4 | 1", "3 | 1 2 | 1", "1 2 3 | 4 | 2")) {
      assertThat(AnswerChecker.check(back.questions().get(0), answer, Language.FA).credit())
          .as(answer)
          .isEqualTo(AnswerChecker.check(q, answer, Language.FA).credit());
    }
  }

  @Test
  void a_persian_text_in_latin_letters_stays_persian_and_strict_spelling_is_noted() {
    Question.Typed q =
        new Question.Typed(
            info("b-bomber", "کدام بمب‌افکن؟"), List.of("B-29", "بی-۲۹"), List.of("B-52"), false);
    Question c =
        new Question.Choice(
            info("b-model", "کدام؟"),
            List.of(Text.of(Language.FA, "MiG-15"), Text.of(Language.FA, "میگ ۱۷")),
            Set.of(0),
            false);

    Exported out = moodle.write(bank(q, c));

    assertThat(out.text()).contains("<span lang=\"fa\" class=\"multilang\">MiG-15</span>");
    assertThat(out.skipped()).extracting(Note::where).containsExactly("b-bomber");
    List<Question> back = moodle.read(out.text(), "b").questions();
    assertThat(back.get(1)).isEqualTo(c);
    Question.Typed typed = (Question.Typed) back.get(0);
    assertThat(List.of(typed.accept(), typed.reject())).containsExactly(q.accept(), q.reject());
  }

  @Test
  void line_breaks_in_html_source_are_spaces_and_only_br_and_paragraphs_break_lines() {
    assertThat(
            Html.toText(
                "<p>Where did\n  the forces&#x20;<i>land</i>?<br/>On&nbsp;the\r\ncoast</p>\n<p>&#1587;&laquo;x&raquo;</p>"))
        .isEqualTo("Where did the forces land?\nOn the coast\nس«x»");
  }
}
