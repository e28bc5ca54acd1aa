package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words around an answer that a teacher reads past, judged through {@link AnswerChecker} with
 * questions whose prompts are shaped like the bundled bank's.
 */
class FramedAnswerTest {
  static Info prompt(String fa, String en) {
    return new Info(
        "q",
        new Text(Optional.of(fa), Optional.ofNullable(en)),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        1);
  }

  static Question.Numeric numeric(String fa, String en, long answer, String unitFa, String unitEn) {
    BigDecimal a = BigDecimal.valueOf(answer);
    Optional<Text> unit =
        unitFa == null
            ? Optional.empty()
            : Optional.of(new Text(Optional.of(unitFa), Optional.of(unitEn)));
    return new Question.Numeric(prompt(fa, en), a, a, a, unit);
  }

  static Question.Typed typed(String fa, String en, List<String> accept, List<String> reject) {
    return new Question.Typed(prompt(fa, en), accept, reject, true);
  }

  static Question.Dated date(String fa, String en, String iso) {
    return new Question.Dated(prompt(fa, en), PartialDate.parse(iso).orElseThrow());
  }

  /** Right or accepted with a typo. */
  static boolean correct(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA).correct();
  }

  /** Right, and not for a forgiven typo. */
  static boolean right(Question q, String answer) {
    Verdict v = AnswerChecker.check(q, answer, Language.FA);
    return v.correct() && !v.typo();
  }

  static final Question.Numeric MIGS =
      numeric(
          "در «پنج‌شنبه سیاه» چند فروند میگ به هواپیماهای آمریکایی حمله کردند؟",
          "On \"Black Thursday\", how many MiGs attacked the American aircraft?",
          30,
          "فروند",
          "aircraft");
  static final Question.Numeric B29S =
      numeric(
          "در «پنج‌شنبه سیاه» میگ‌ها به چند بمب‌افکن بی-۲۹ حمله کردند؟",
          "On \"Black Thursday\", how many B-29 bombers did the MiGs attack?",
          36,
          "فروند",
          "aircraft");
  static final Question.Numeric LOST =
      numeric(
          "در «پنج‌شنبه سیاه» روی هم چند هواپیمای آمریکایی (بمب‌افکن و جت اسکورت) نابود شد؟",
          "On \"Black Thursday\", how many American aircraft in total were destroyed?",
          23,
          "فروند",
          "aircraft");
  static final Question.Numeric TONS =
      numeric(
          "نیروی هوایی ایالات متحده چند تن بمب بر روی کره شمالی ریخت؟",
          "How many tons of bombs did the US Air Force drop on North Korea?",
          635_000,
          "تن",
          "tons");
  static final Question.Numeric PARALLEL =
      numeric(
          "نیروهای آمریکا کمونیست‌ها را تا مدار چند درجه عقب راندند؟",
          "US forces pushed the communists back to which parallel (in degrees)?",
          38,
          "درجه",
          "degrees");
  static final Question.Numeric MIG_LOSSES =
      numeric(
          "میگ‌ها در «پنج‌شنبه سیاه» چند فروند از هواپیماهای خود را از دست دادند؟",
          "How many of their own aircraft did the MiGs lose on \"Black Thursday\"?",
          0,
          "فروند",
          "aircraft");

  /** No unit, a partitive noun: classifiers that count people are the learner's to add. */
  static final Question.Numeric PRISONERS =
      numeric("در این نبرد چند نفر از سربازان اسیر شدند؟", null, 12, null, null);

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "۳۰ فروند میگ",
        "۳۰ میگ",
        "۳۰ فروند",
        "سی فروند میگ",
        "سی‌ فروند میگ‌ها",
        "۳۰ تا میگ",
        "۳۰ عدد میگ",
        "30فروند",
        "۳۰ فروند میگ.",
        "۳۰ میگ‌ها",
        "thirty",
        "thirty MiGs",
        "30 MiGs",
        "thirty aircraft"
      })
  void a_number_with_the_noun_the_prompt_counts_or_a_classifier_is_right(String answer) {
    assertThat(right(MIGS, answer)).isTrue();
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "۳۰ تانک", // another noun: another count
        "۳۰ بمب‌افکن",
        "۳۰ تن", // a unit of weight, not a classifier of aircraft
        "۳۰ کیلو",
        "۳۱ فروند میگ",
        "سی و یک میگ",
        "۲۹ میگ",
        "-30 فروند",
        "فروند میگ",
        "میگ",
        "thirty-one",
        "six thirty",
        "30 tanks",
        "هیچ"
      })
  void a_wrong_number_or_a_noun_the_prompt_does_not_count_is_wrong(String answer) {
    assertThat(correct(MIGS, answer)).isFalse();
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "۳۶ بمب‌افکن",
        "۳۶ بمب افکن",
        "۳۶ فروند بمب‌افکن",
        "۳۶ بمب‌افکن‌ها",
        "۳۶ بی-۲۹",
        "۳۶ بمب‌افکن بی ۲۹",
        "سی و شش بمب‌افکن",
        "thirty-six",
        "thirty six bombers",
        "36 B-29s"
      })
  void bombers_counted_as_the_prompt_counts_them_are_right(String answer) {
    assertThat(right(B29S, answer)).isTrue();
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(strings = {"۳۶ میگ", "۳۶ ۲۹", "۲۹ بی", "۳۵ بمب‌افکن", "۳۶ جنگنده"})
  void bombers_counted_wrong_or_as_another_thing_are_wrong(String answer) {
    assertThat(correct(B29S, answer)).isFalse();
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "۲۳ هواپیما, true",
    "۲۳ فروند هواپیما, true",
    "۲۳ هواپیمای آمریکایی, true",
    "بیست و سه هواپیما, true",
    // the bracket explains what the total is made of; it is not what is counted
    "۲۳ بمب‌افکن, false",
    "۲۴ هواپیما, false",
  })
  void only_the_counted_phrase_before_a_bracket_is_counted(String answer, boolean right) {
    assertThat(correct(LOST, answer)).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "۶۳۵ هزار تن بمب, true",
    "۶۳۵٬۰۰۰ تن بمب, true",
    "ششصد و سی و پنج هزار تن بمب, true",
    "۶۳۵ هزار تن, true",
    "six hundred thirty-five thousand, true",
    "six hundred and thirty-five thousand tons, true",
    "635 thousand tons of bombs, true",
    "۶۳۵ هزار فروند, false",
    "۶۳۵ هزار تن موشک, false",
    "۶۳۰ هزار تن بمب, false",
    "six hundred thirty-four thousand, false",
  })
  void tons_of_bombs(String answer, boolean right) {
    assertThat(correct(TONS, answer)).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "مدار ۳۸ درجه, true",
    "۳۸ درجه, true",
    "مدار ۳۸, true",
    "سی و هشتم, true",
    "سی‌وهشتم, true",
    "مدار سی و هشتم, true",
    "سی و هشتمین مدار, true",
    "۳۸ام, true",
    "۳۸ ام, true",
    "38th, true",
    "thirty-eighth, true",
    "the 38th parallel, true",
    "تا مدار ۳۸ درجه, true",
    "مدار ۳۹ درجه, false",
    "سی و نهم, false",
    "مدار, false",
    "درجه, false",
    "مدار ۳۸ فروند, false",
    "۳۸ تن, false",
    "از مدار ۳۸, false",
  })
  void the_parallel_by_its_label_its_unit_or_its_ordinal(String answer, boolean right) {
    assertThat(correct(PARALLEL, answer)).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "هیچ, true",
    "هیچ‌کدام, true",
    "هیچی, true",
    "هیچ هواپیمایی, true",
    "هیچ فروندی, true",
    "بدون تلفات, true",
    "صفر, true",
    "۰ فروند, true",
    "none, true",
    "zero, true",
    "no aircraft, true",
    "no losses, true",
    "بدون, false",
    "بدون میگ‌های شوروی, false",
    "هیچ تانکی, false",
    "یک فروند, false",
    "no, false",
  })
  void zero_in_words_in_both_languages(String answer, boolean right) {
    assertThat(correct(MIG_LOSSES, answer)).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "۱۲ نفر, true",
    "۱۲ سرباز, true",
    "دوازده سرباز, true",
    "۱۲ تا, true",
    "دوازدهم, true",
    "۱۲ تانک, false",
    "۱۳ نفر, false",
    // no English prompt: English words are not read as numbers
    "twelve, false",
  })
  void a_question_without_a_unit_takes_classifiers_and_its_own_noun(String answer, boolean right) {
    assertThat(correct(PRISONERS, answer)).isEqualTo(right);
  }

  static final Question.Typed BUSAN =
      typed(
          "نیروهای آمریکا و سازمان ملل به کدام بندرِ جنوب شبه‌جزیرهٔ کره رسیدند؟",
          "Which port in the south of the Korean peninsula did US and UN forces reach?",
          List.of("بوسان", "پوسان", "Busan", "Pusan"),
          List.of("اینچئون", "Incheon"));
  static final Question.Typed MOSCOW =
      typed(
          "کیم ایل سونگ برای گرفتن اجازه از استالین به کدام شهر سفر کرد؟",
          "To which city did Kim Il-sung travel to get Stalin's permission?",
          List.of("مسکو", "Moscow"),
          List.of());
  static final Question.Typed TRUMAN =
      typed(
          "رئیس‌جمهور آمریکا در آغاز جنگ کره که معتقد بود کره شمالی به دستور استالین عمل کرده، چه"
              + " کسی بود؟",
          "Who was the US president at the start of the Korean War?",
          List.of("ترومن", "هری ترومن", "Truman", "Harry Truman"),
          List.of("آیزنهاور", "Eisenhower"));
  static final Question.Typed KAESONG =
      typed(
          "مسیر راه‌آهن تا کدام شهر باید دوباره‌سازی می‌شد؟",
          "The railway had to be rebuilt up to which town?",
          List.of("کائوسونگ", "Kaesong"),
          List.of());
  static final Question.Typed UN =
      typed(
          "ترومن از کدام سازمان تقاضا کرد که علیه متجاوز اقدام شود؟",
          "Which organization did Truman ask to act against the aggressor?",
          List.of("سازمان ملل متحد", "سازمان ملل", "ملل متحد", "United Nations"),
          List.of("ناتو", "NATO"));

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "بندر بوسان",
        "بندرِ بوسان",
        "به بوسان",
        "به بندر بوسان",
        "بوسان.",
        "«بوسان»!",
        "بندر پوسان؟",
        "the port of Busan",
        "port Busan",
        "Busan."
      })
  void the_port_with_the_label_or_the_preposition_the_prompt_asks_by(String answer) {
    assertThat(right(BUSAN, answer)).isTrue();
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "بندر",
        "به",
        "به بندر",
        "بندر اینچئون",
        "به اینچئون",
        "بندر سئول",
        "شهر بوسان", // a label the prompt does not use is not read past
        "از بوسان", // nor a preposition it does not invite
        "بوسان بندر"
      })
  void a_label_alone_a_wrong_answer_in_a_label_or_a_foreign_label_is_wrong(String answer) {
    assertThat(correct(BUSAN, answer)).isFalse();
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "شهر مسکو, true",
    "به مسکو, true",
    "به شهر مسکو., true",
    "the city of Moscow, true",
    "to Moscow, true",
    "شهر, false",
    "شهر پکن, false",
    "کشور مسکو, false",
    "از مسکو, false",
  })
  void moscow(String answer, boolean right) {
    assertThat(right(MOSCOW, answer)).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "رئیس‌جمهور ترومن, true",
    "رئیس جمهور ترومن, true",
    "رئیس‌جمهور هری ترومن, true",
    "President Truman, true",
    "رئیس‌جمهور, false",
    "رئیس‌جمهور آیزنهاور, false",
    "President Eisenhower, false",
    "ژنرال ترومن, false",
  })
  void truman_by_the_title_the_prompt_uses(String answer, boolean right) {
    assertThat(right(TRUMAN, answer)).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "سازمان ملل, true",
    "از سازمان ملل متحد, true",
    "سازمان, false",
    "سازمان ناتو, false",
  })
  void an_answer_that_starts_with_the_label_still_reads_as_written(String answer, boolean right) {
    assertThat(right(UN, answer)).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(strings = {"تا کائوسونگ", "شهر کائوسونگ", "تا شهر کائوسونگ"})
  void a_framed_right_answer_is_exact_not_a_typo(String answer) {
    Verdict v = AnswerChecker.check(KAESONG, answer, Language.FA);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isFalse();
  }

  @org.junit.jupiter.api.Test
  void a_framed_answer_with_a_typo_is_forgiven_as_a_typo() {
    Verdict v = AnswerChecker.check(MOSCOW, "شهر مسکوو", Language.FA);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isTrue();
    assertThat(v.expected()).isEqualTo("مسکو");
  }

  static final Question.Dated KIM_TRIP =
      date(
          "کیم ایل سونگ تقریباً در پایان کدام سال به مسکو سفر کرد؟",
          "Approximately at the end of which year did Kim Il-sung travel to Moscow?",
          "1949");
  static final Question.Dated INVASION =
      date(
          "ارتش کره شمالی در چه ماه و سالی به جنوب حمله کرد؟",
          "In which month and year did the North Korean army attack the south?",
          "1950-06");

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "پایان سال ۱۹۴۹, true",
    "اواخر ۱۹۴۹, true",
    "در اواخر سال ۱۹۴۹, true",
    "سال ۱۹۴۹., true",
    "اوایل ۱۹۴۹, true",
    "late 1949, true",
    "at the end of 1949, true",
    "the end of 1949, true",
    "اواخر ۱۹۵۰, false",
    "پایان سال, false",
    "اواخر, false",
    "اواخر دهه ۱۹۴۰, false",
  })
  void a_year_with_the_words_that_place_it_in_the_year(String answer, boolean right) {
    assertThat(right(KIM_TRIP, answer)).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @org.junit.jupiter.params.provider.CsvSource({
    "ژوئن ۱۹۵۰., true",
    "1950-06., true",
    "اواخر ژوئن ۱۹۵۰, true",
    "در ماه ژوئن سال ۱۹۵۰, true",
    "اواخر ۱۹۵۰, false", // says less than the month asked
    "اواخر ژوئیه ۱۹۵۰, false",
  })
  void a_month_with_its_frame(String answer, boolean right) {
    assertThat(right(INVASION, answer)).isEqualTo(right);
  }
}
