package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ordinals and English number words are their number: each is right for a question whose answer is
 * that number, and wrong for one whose answer is the next number.
 */
class NumberWordsCheckTest {
  private static Question.Numeric count(long answer, boolean english) {
    return FramedAnswerTest.numeric("چند؟", english ? "How many?" : null, answer, null, null);
  }

  private static boolean right(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA).correct();
  }

  @ParameterizedTest(name = "«{0}» = {1}")
  @CsvSource({
    "سی و هشتم, 38",
    "سی‌وهشتم, 38",
    "سی و هشتمین, 38",
    "سی‌ام, 30",
    "سیام, 30",
    "دوازدهم, 12",
    "بیست و پنجم, 25",
    "بیست و سوم, 23",
    "اول, 1",
    "نخست, 1",
    "یکم, 1",
    "دوم, 2",
    "سوم, 3",
    "سومین, 3",
    "نهم, 9",
    "صدم, 100",
    "هزارم, 1000",
    "ششصد و سی و پنج هزارم, 635000",
    "۳۸ام, 38",
    "۳۸مین, 38",
    "۳۸ امین, 38",
    "38th, 38",
    "1st, 1",
    "22nd, 22",
  })
  void a_persian_or_numeral_ordinal_is_its_number(String answer, long value) {
    assertThat(right(count(value, false), answer)).isTrue();
    assertThat(right(count(value + 1, false), answer)).isFalse();
  }

  @ParameterizedTest(name = "«{0}» = {1}")
  @CsvSource({
    "zero, 0",
    "one, 1",
    "twelve, 12",
    "nineteen, 19",
    "thirty, 30",
    "thirty-six, 36",
    "thirty six, 36",
    "ninety-nine, 99",
    "one hundred, 100",
    "a hundred, 100",
    "one hundred and one, 101",
    "six hundred thirty-five, 635",
    "six hundred thirty-five thousand, 635000",
    "six hundred and thirty-five thousand, 635000",
    "a thousand, 1000",
    "one thousand nine hundred forty-nine, 1949",
    "two million three hundred thousand, 2300000",
    "635 thousand, 635000",
    "1.5 million, 1500000",
    "first, 1",
    "twelfth, 12",
    "thirty-eighth, 38",
    "twentieth, 20",
    "one hundredth, 100",
    "Thirty, 30",
  })
  void english_words_are_their_number_when_the_prompt_has_english(String answer, long value) {
    assertThat(right(count(value, true), answer)).isTrue();
    assertThat(right(count(value + 1, true), answer)).isFalse();
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "six thirty",
        "thirty twenty",
        "twelve hundred",
        "hundred",
        "thousand",
        "and thirty",
        "thirty and",
        "thousand million",
        "one two",
        "thirty-sixth one"
      })
  void english_words_that_are_not_a_well_formed_number_are_wrong(String answer) {
    for (long n : List.of(0L, 1L, 2L, 30L, 36L, 100L, 1000L, 1200L, 6030L)) {
      assertThat(right(count(n, true), answer)).as("%d", n).isFalse();
    }
  }

  @Test
  void english_words_are_not_read_for_a_question_without_an_english_prompt() {
    assertThat(right(count(30, false), "thirty")).isFalse();
    assertThat(right(count(0, false), "none")).isFalse();
    assertThat(right(count(0, false), "هیچ")).isTrue();
  }

  @Test
  void a_text_answer_that_is_a_number_takes_its_ordinal() {
    Question.Typed day =
        FramedAnswerTest.typed(
            "چندمین روز ماه؟", "Which day of the month?", List.of("۱۲"), List.of());
    assertThat(right(day, "دوازدهم")).isTrue();
    assertThat(right(day, "twelfth")).isTrue();
    assertThat(right(day, "سیزدهم")).isFalse();
  }

  @Test
  void how_many_in_formal_persian_counts_too() {
    Question.Numeric q =
        FramedAnswerTest.numeric("چه تعداد هواپیما نابود شد؟", null, 23, "فروند", "aircraft");
    assertThat(right(q, "۲۳ هواپیما")).isTrue();
    assertThat(right(q, "۲۳ تانک")).isFalse();
  }
}
