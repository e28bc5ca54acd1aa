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

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "پنج‌شنبه ۱۲ آوریل ۱۹۵۱, true", // the example: 12 April 1951 was a Thursday
    "پنجشنبه ۱۲ آوریل ۱۹۵۱, true",
    "پنج شنبه، ۱۲ آوریل ۱۹۵۱, true",
    "روز پنج‌شنبه ۱۲ آوریل ۱۹۵۱, true",
    "'Thursday, 12 April 1951', true",
    "'Thu, April 12, 1951', true",
    "'12 April 1951, Thursday', true",
    "پنج‌شنبه ۱۹۵۱/۴/۱۲, true",
    "جمعه ۱۲ آوریل ۱۹۵۱, false", // a weekday the date was not: the answer contradicts itself
    "'Friday, 12 April 1951', false",
    "چهارشنبه ۱۲ آوریل ۱۹۵۱, false",
    "پنج‌شنبه ۱۳ آوریل ۱۹۵۱, false", // 13 April was a Friday
    "پنج‌شنبه آوریل ۱۹۵۱, false", // a weekday says nothing without a day
  })
  void a_weekday_before_or_after_the_date_must_be_that_dates_weekday(String answer, boolean right) {
    assertThat(check(Questions.date("1951-04-12"), answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "بیست و پنجم ژوئن ۱۹۵۰, true", // the example
    "بیست‌وپنجم ژوئن ۱۹۵۰, true",
    "بیست و پنجمین روز ژوئن ۱۹۵۰, true",
    "25th June 1950, true",
    "'June twenty-fifth, 1950', true",
    "twenty-fifth of June 1950, true",
    "'Sunday, June 25th, 1950', true",
    "یکشنبه بیست و پنجم ژوئن ۱۹۵۰, true",
    "بیست و ششم ژوئن ۱۹۵۰, false",
    "بیست و پنجم ژوئیه ۱۹۵۰, false",
    "twenty-sixth of June 1950, false",
    "'June twenty-fifth', false", // no year
  })
  void a_day_written_as_an_ordinal_word_is_that_day(String answer, boolean right) {
    assertThat(check(Questions.date("1950-06-25"), answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "یکم ژوئن ۱۹۵۰, true",
    "اول ژوئن ۱۹۵۰, true",
    "first of June 1950, true",
    "1st June 1950, true",
    "سی‌ام ژوئن ۱۹۵۰, true", // a day of the month asked is more than was asked, and right
    "سی و یکم ژوئیه ۱۹۵۰, false",
    "سی و یکم ژوئن ۱۹۵۰, false", // June has 30 days
    "'thirty-first of June 1950', false",
  })
  void ordinal_days_from_the_first_to_the_last(String answer, boolean right) {
    assertThat(check(Questions.date("1950-06"), answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "۲۲ فروردین ۱۳۳۰, true", // the example: 12 April 1951
    "بیست و دوم فروردین ۱۳۳۰, true",
    "۲۲ فروردین ۱۳۳۰ هجری شمسی, true",
    "۲۲ فروردین ۱۳۳۰ ه‍.ش, true",
    "۲۲ فروردین سال ۱۳۳۰ خورشیدی, true",
    "پنج‌شنبه ۲۲ فروردین ۱۳۳۰, true",
    "۲۲ حمل ۱۳۳۰, true", // the Afghan (Dari) name of the month
    "۱۳۳۰/۱/۲۲, true", // in digits, the Iranian way
    "۱۳۳۰/۰۱/۲۲ ه.ش, true",
    "22/1/1330, true",
    "22 Farvardin 1330, true",
    "۲۱ فروردین ۱۳۳۰, false",
    "۲۳ فروردین ۱۳۳۰, false",
    "۲۲ فروردین ۱۳۲۹, false",
    "۲۲ اردیبهشت ۱۳۳۰, false",
    "جمعه ۲۲ فروردین ۱۳۳۰, false",
    "فروردین ۱۳۳۰, false", // a Solar month is not a day
    "۱۳۳۰, false",
    "۱۲ آوریل ۱۳۳۰, false", // a Gregorian month in a Solar year
    "۲۲ فروردین ۱۳۳۰ میلادی, false", // two calendars at once
    "۲۲ فروردین ۱۳۳۰ قمری, false",
  })
  void a_solar_hijri_day_is_the_gregorian_day_it_converts_to(String answer, boolean right) {
    assertThat(check(Questions.date("1951-04-12"), answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "۴ تیر ۱۳۲۹, true", // 25 June 1950, a day of the month asked
    "۴ سرطان ۱۳۲۹, true",
    "۱۱ خرداد ۱۳۲۹, true", // 1 June 1950
    "۳۱ خرداد ۱۳۲۹, true", // 21 June 1950
    "۱۰ خرداد ۱۳۲۹, false", // 31 May 1950
    "۹ تیر ۱۳۲۹, true", // 30 June 1950
    "۱۰ تیر ۱۳۲۹, false", // 1 July 1950
    "خرداد ۱۳۲۹, false", // 22 May – 21 June: straddles June, so not enough
    "تیر ۱۳۲۹, false", // 22 June – 22 July
    "۱۳۲۹ شمسی, false",
  })
  void a_solar_month_is_not_enough_for_the_gregorian_month_it_straddles(
      String answer, boolean right) {
    assertThat(check(Questions.date("1950-06"), answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "۱۳۲۹, false", // the example: 21 March 1950 – 20 March 1951
    "۱۳۲۹ هجری شمسی, false",
    "۱۳۲۸ ه.ش, false",
    "تیر ۱۳۲۹, true", // 22 June – 22 July 1950 lies within 1950
    "آبان ۱۳۲۹, true",
    "دی ۱۳۲۹, false", // 22 December 1950 – 20 January 1951
    "فروردین ۱۳۲۹, true", // 21 March – 20 April 1950
    "اسفند ۱۳۲۸, true", // 20 February – 20 March 1950
    "دی ۱۳۲۸, false", // 22 December 1949 – 20 January 1950
    "۱۵ اسفند ۱۳۲۸, true", // 6 March 1950
  })
  void a_solar_year_is_not_enough_for_a_gregorian_year_but_a_month_within_it_is(
      String answer, boolean right) {
    assertThat(check(Questions.date("1950"), answer).correct()).isEqualTo(right);
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

  @Test
  void a_solar_hijri_answer_reads_as_the_gregorian_days_it_names() {
    assertThat(check(Questions.date("1951-04-12"), "۲۲ فروردین ۱۳۳۰").normalized())
        .isEqualTo("1951-04-12");
    assertThat(check(Questions.date("1951-04-12"), "فروردین ۱۳۳۰").normalized())
        .isEqualTo("1951-03-22/1951-04-21");
    assertThat(check(Questions.date("1950"), "۱۳۲۹ شمسی").normalized())
        .isEqualTo("1950-03-21/1951-03-21");
  }
}
