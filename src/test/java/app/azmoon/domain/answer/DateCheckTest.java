package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateCheckTest {

  private static Verdict check(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "1949, true",
    "۱۹۴۹, true",
    "سال ۱۹۴۹, true",
    "هزار و نهصد و چهل و نه, true",
    "ژوئن ۱۹۴۹, true", // more than was asked, and right as far as it goes
    "1950, false",
    "۱۹۴۸, false",
    "49, false",
  })
  void a_year_alone_answers_a_year(String answer, boolean right) {
    assertThat(check(Questions.date("1949"), answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "ژوئن ۱۹۵۰, true", // the examples
    "June 1950, true",
    "Jun 1950, true",
    "1950-06, true",
    "۱۹۵۰/۰۶, true",
    "ژوئن سال ۱۹۵۰, true",
    "جون ۱۹۵۰, true",
    "ژوین 1950, true",
    "25 June 1950, true",
    "ژوئیه ۱۹۵۰, false", // a wrong month is wrong
    "ژوئن ۱۹۵۱, false", // a wrong year is wrong
    "مه ۱۹۵۰, false",
    "1950, false", // the month was asked
    "ژوئن, false",
  })
  void a_month_and_year_answer_needs_both_right(String answer, boolean right) {
    assertThat(check(Questions.date("1950-06"), answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "۱۲ آوریل ۱۹۵۱, true", // the examples
    "12 April 1951, true",
    "1951-04-12, true",
    "'April 12, 1951', true",
    "۱۹۵۱/۴/۱۲, true",
    "04/12/1951, true", // month first, as Americans write it
    "12/04/1951, true", // day first
    "۱۳ آوریل ۱۹۵۱, false",
    "12 May 1951, false",
    "12 April 1950, false",
    "آوریل ۱۹۵۱, false", // the day was asked
  })
  void a_full_date_answer_needs_day_month_and_year(String answer, boolean right) {
    assertThat(check(Questions.date("1951-04-12"), answer).correct()).isEqualTo(right);
  }

  @Test
  void the_verdict_holds_the_date_read_and_the_date_in_the_display_language() {
    Verdict v = check(Questions.date("1951-04-12"), "12 April 1951");
    assertThat(v.normalized()).isEqualTo("1951-04-12");
    assertThat(v.expected()).isEqualTo("۱۲ آوریل ۱۹۵۱");
    assertThat(AnswerChecker.check(Questions.date("1950-06"), "x", Language.EN).expected())
        .isEqualTo("June 1950");
    assertThat(check(Questions.date("1949"), "x").expected()).isEqualTo("۱۹۴۹");
    assertThat(check(Questions.date("1949"), "ژوئیه ۱۹۵۰").normalized()).isEqualTo("1950-07");
  }
}
