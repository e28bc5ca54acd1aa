package app.azmoon.domain.derive;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.derive.Derivation.Asked;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Language;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Texts made for these tests: each sentence and what is asked of it ("kind answer", in order). */
class DeriverTest {

  private static List<String> answers(String text) {
    return Drafts.answers(Drafts.derive(text));
  }

  private static List<String> list(String expected) {
    return expected.isBlank()
        ? List.of()
        : Arrays.stream(expected.split(";")).map(String::strip).toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // number words, alone and with و written every way
        "سی و شش نفر آمدند. | numeric 36 نفر",
        "سی‌و‌شش نفر آمدند. | numeric 36 نفر",
        "یکصد جت اسکورت‌کننده پرواز کرد. | numeric 100 جت",
        "ششصد و سی و پنج هزار تن بمب ریخت. | numeric 635000 تن",
        "یک میلیون و دویست هزار نفر رأی دادند. | numeric 1200000 نفر",
        "گزارش از هزار نفر خبر داد. | numeric 1000 نفر",
        // digits of every script, with and without separators, and numbers half in words
        "نیروی هوایی ۶۳۵٬۰۰۰ تن بمب ریخت. | numeric 635000 تن",
        "نیروی هوایی ٦٣٥٬٠٠٠ تن بمب ریخت. | numeric 635000 تن",
        "نیروی هوایی 635,000 تن بمب ریخت. | numeric 635000 تن",
        "نیروی هوایی ۶۳۵,000 تن بمب ریخت. | numeric 635000 تن",
        "نیروی هوایی ۶۳۵۰۰۰ تن بمب ریخت. | numeric 635000 تن",
        "نیروی هوایی ۶۳۵ هزار تن بمب ریخت. | numeric 635000 تن",
        // decimals and percentages
        "حدود ۲٫۵ میلیون نفر کشته شدند. | numeric 2500000 نفر",
        "رشد ۳.۷۵ درصد بود. | numeric 3.75 درصد",
        "تورم ۲۰ درصد و سپس ۲۰٪ و بعد ٪۳۵ شد. | numeric 20 درصد; numeric 20 درصد; numeric 35 درصد",
        "دما به منفی ۲۰ درجه و سپس به -۵ درجه رسید. | numeric -20 درجه; numeric -5 درجه",
        // years: after سال, after در/از/تا/اواخر, before میلادی, or with nothing to count after
        "از سال ۱۹۴۹ عوامل متعددی تغییر کرد. | date 1949",
        "کیم در اواخر سال ۱۹۴۹ به مسکو رفت. | date 1949",
        "جنگ از ۱۹۵۰ تا ۱۹۵۳ ادامه داشت. | date 1950; date 1953",
        "جنگ ۱۹۵۰–۱۹۵۳ سه سال طول کشید. | date 1950; date 1953; numeric 3 سال",
        "در سال‌های ۱۹۵۰ و ۱۹۵۱ میلادی جنگ بود. | date 1950; date 1951",
        "انقلاب در سال ۱۳۵۷ رخ داد. | date 1357",
        "ارتش ۱۹۵۰ سرباز داشت. | numeric 1950 سرباز",
        // dates with Persian and European month names, and ordinal days
        "در ۱۲ آوریل ۱۹۵۱ حمله شد. | date 1951-04-12",
        "در ۱۲ اپریل سال ۱۹۵۱ حمله شد. | date 1951-04-12",
        "در دوازدهم اپریل ۱۹۵۱ حمله شد. | date 1951-04-12",
        "در بیست و یکم ژوئن ۱۹۵۰ حمله شد. | date 1950-06-21",
        "در ژوئن ۱۹۵۰ حمله شد. | date 1950-06",
        "در جون ۱۹۵۰ و ژوئیه ۱۹۵۳ و دسامبر ۱۹۴۹ و می ۱۹۴۵. | date 1950-06; date 1953-07; date 1949-12; date 1945-05",
        "The attack came on 12 April 1951 and in June 1950. | date 1951-04-12; date 1950-06",
        "نامه در 1951/04/12 و ۱۹۵۰-۰۶-۲۵ نوشته شد. | date 1951-04-12; date 1950-06-25",
        // Solar Hijri dates, and dates without a year, are kept as written (cloze)
        "انقلاب در ۲۲ بهمن ۱۳۵۷ پیروز شد. | cloze ۲۲ بهمن ۱۳۵۷",
        "قرارداد در ۱۳۵۷/۱۱/۲۲ امضا شد. | cloze ۱۳۵۷/۱۱/۲۲",
        "در مهر ماه ۱۳۵۸ و فروردین ۱۳۵۹ باران آمد. | cloze مهر ماه ۱۳۵۸; cloze فروردین ۱۳۵۹",
        "هر سال در ۱۲ آوریل جشن است. | cloze ۱۲ آوریل",
        // ordinals are cloze questions taking the ordinal or its number
        "او در دومین روز آمد. | cloze دومین or ۲",
        "این سی و دومین سالگرد است. | cloze سی و دومین or ۳۲",
        "این ۲۰‌امین بار و ۳۸مین دوره است. | cloze ۲۰‌امین or ۲۰; cloze ۳۸مین or ۳۸",
        // names with numbers, fractions and words that are not amounts
        "هواپیماهای MiG-15 و B-29 و B29 و F 16 آمدند. | ''",
        "تانک تی-۳۴ و میگ‌۱۵ و میگ ۱۵ و بی ۲۹ و شهاب-۳ آمدند. | ''",
        "ساعت ۱۰:۳۰ بود و نسبت ۲/۵ شد. | ''",
        "در پنج شنبه و پنج‌شنبه یک حکومت و صدها هزار تن و دو سه روز و نه. | ''",
        "در ماه مهر و دی مهر ورزید. | ''",
      })
  void each_quantity_and_date_is_asked_for_once(String text, String expected) {
    assertThat(answers(text)).containsExactlyElementsOf(list(expected));
  }

  @Test
  void several_numbers_in_one_sentence_each_get_a_question_leaving_the_others_visible() {
    Derivation d = Drafts.derive("۳۰ فروند میگ به ۳۶ بمب‌افکن و یکصد جت حمله کردند.");
    assertThat(Drafts.asked(d).stream().map(a -> Drafts.gapped(a.question())))
        .containsExactly(
            "…… فروند میگ به ۳۶ بمب‌افکن و یکصد جت حمله کردند.",
            "۳۰ فروند میگ به …… بمب‌افکن و یکصد جت حمله کردند.",
            "۳۰ فروند میگ به ۳۶ بمب‌افکن و …… جت حمله کردند.");
    assertThat(Drafts.answers(d))
        .containsExactly("numeric 30 فروند", "numeric 36 بمب‌افکن", "numeric 100 جت");
  }

  @Test
  void this_year_is_the_year_the_text_gave_last_and_is_explained() {
    Derivation d =
        Drafts.derive("از سال ۱۹۴۹ چیزها تغییر کرد. شوروی در سپتامبر این سال آزمایش کرد.");
    assertThat(Drafts.answers(d)).containsExactly("date 1949", "date 1949-09");
    assertThat(d.questions().get(1).info().explanation().orElseThrow().in(Language.FA))
        .contains("۱۹۴۹");
    assertThat(Drafts.skipped(Drafts.derive("شوروی در سپتامبر این سال آزمایش کرد.")))
        .containsExactly("«سپتامبر این سال» NO_EARLIER_YEAR");
  }

  @Test
  void what_is_skipped_says_why() {
    assertThat(
            Drafts.skipped(
                Drafts.derive(
                    "میگ ۱۵ در پنج شنبه با یک خلبان و صدها هزار تن در ۱۰:۳۰ و در مارس و ۳۱ آوریل ۱۹۵۰ آمد.")))
        .containsExactly(
            "«میگ ۱۵» NAME",
            "«پنج شنبه» WEEKDAY",
            "«یک» ARTICLE",
            "«صدها هزار» VAGUE",
            "«۱۰:۳۰» FRACTION",
            "«مارس» MONTH_WITHOUT_YEAR",
            "«۳۱ آوریل ۱۹۵۰» NOT_A_DATE");
  }

  @Test
  void the_same_sentence_twice_gives_distinct_ids_and_the_same_number_twice_in_a_sentence_too() {
    Derivation d = Drafts.derive("۱۲ فروند و ۱۲ فروند آمد.\n۱۲ فروند و ۱۲ فروند آمد.");
    List<String> ids = d.questions().stream().map(q -> q.id()).toList();
    assertThat(ids).hasSize(4).doesNotHaveDuplicates();
    assertThat(ids.get(2)).isEqualTo(ids.get(0) + "-2");
    assertThat(ids.get(3)).isEqualTo(ids.get(1) + "-2");
  }

  @Test
  void question_ids_stay_valid_for_the_longest_bank_id() {
    String longest = "b".repeat(Ids.MAX_LENGTH);
    assertThat(Deriver.derive("۱۲ نفر و سی نفر در ژوئن ۱۹۵۰ و دومین بار.", longest).questions())
        .hasSize(4)
        .allMatch(q -> Ids.isValid(q.id()));
  }

  @Test
  void a_number_longer_than_a_bank_holds_is_skipped() {
    assertThat(
            Drafts.skipped(
                Drafts.derive("شمار ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹ نفر و ۰٫۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹ متر.")))
        .containsExactly("«۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹» TOO_LONG", "«۰٫۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹» TOO_LONG");
    assertThat(Drafts.answers(Drafts.derive("شمار ۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸ نفر.")))
        .containsExactly("numeric 123456789012345678 نفر");
  }

  @Test
  void a_sentence_too_long_to_be_a_prompt_is_skipped_with_its_reason() {
    String words = "کلمه ".repeat(Deriver.MAX_SENTENCE / 5);
    assertThat(Drafts.skipped(Drafts.derive("در سال ۱۹۵۰ " + words + " آمدند.")))
        .containsExactly("«۱۹۵۰» LONG_SENTENCE");
    assertThat(Drafts.answers(Drafts.derive("در سال ۱۹۵۰ " + words.substring(20) + " آمدند.")))
        .containsExactly("date 1950");
  }

  @Test
  void a_sentence_a_bank_cannot_hold_is_skipped_with_its_reason() {
    assertThat(Drafts.skipped(Drafts.derive("در سال ۱۹۵۰ \u0007 آمدند.")))
        .containsExactly("«۱۹۵۰» CONTROL_CHARACTERS");
    assertThat(Drafts.skipped(Drafts.derive("او در {{دومین}} روز و ۳ ساعت آمد.")))
        .containsExactly("«دومین» BRACES");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "رشد ۲.۵ درصد بود. سپس ۳ برابر شد. | رشد ۲.۵ درصد بود.; سپس ۳ برابر شد.",
        "در ۵۰۰ ق.م. شهر ۲۰ دروازه داشت! | در ۵۰۰ ق.م. شهر ۲۰ دروازه داشت!; در ۵۰۰ ق.م. شهر ۲۰ دروازه داشت!",
        "آیا ۳ بار آمد؟ «آری، ۴ بار.» | آیا ۳ بار آمد؟; «آری، ۴ بار.»",
        "۱۲ نفر؛ ۱۳ نفر | ۱۲ نفر؛; ۱۳ نفر",
      })
  void sentences_end_at_persian_punctuation_but_not_at_a_decimal_point_or_an_abbreviation(
      String text, String quotes) {
    assertThat(Drafts.derive(text).questions())
        .extracting(q -> q.info().quote().orElseThrow())
        .containsExactlyElementsOf(list(quotes));
  }

  @Test
  void a_line_break_ends_a_sentence_and_findings_carry_their_line() {
    Derivation d = Drafts.derive("عنوان ۲\n\nمتن با ۳ سطر\r\nو ۴ بند");
    assertThat(d.findings())
        .extracting(f -> f.line() + " " + f.written())
        .containsExactly("1 ۲", "3 ۳", "4 ۴");
  }

  @Test
  void every_right_answer_typed_back_is_accepted_by_the_checker() {
    String text =
        "سی و شش نفر در ۲۰ درصد موارد و ۲٫۵ میلیون تن در ۱۲ آوریل ۱۹۵۱ و ژوئن ۱۹۵۰ و سال ۱۹۴۹ و"
            + " ۲۲ بهمن ۱۳۵۷ و سی و دومین بار و منفی ۵ درجه و ۶۳۵٬۰۰۰ تن آمد.";
    List<Asked> asked = Drafts.asked(Drafts.derive(text));
    assertThat(asked).hasSize(10);
    for (Asked a : asked) {
      for (String typed : Drafts.typedBack(a)) {
        assertThat(AnswerChecker.check(a.question(), typed, Language.FA).correct())
            .as("%s typed as %s", Drafts.answer(a.question()), typed)
            .isTrue();
      }
    }
  }
}
