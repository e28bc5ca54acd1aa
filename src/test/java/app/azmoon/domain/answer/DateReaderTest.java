package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.calendar.SolarDate;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateReaderTest {

  private static String read(String typed) {
    return DateReader.read(typed).map(PartialDate::toString).orElse("none");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "1949, 1949",
    "۱۹۴۹, 1949",
    "١٩٤٩, 1949",
    "سال ۱۹۴۹, 1949",
    "در سال ۱۹۴۹ میلادی, 1949",
    "1949م, 1949",
    "هزار و نهصد و چهل و نه, 1949",
  })
  void a_year_alone_reads_in_any_digits_or_in_words(String typed, String iso) {
    assertThat(read(typed)).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "ژوئن ۱۹۵۰, 1950-06", // the examples
    "June 1950, 1950-06",
    "Jun 1950, 1950-06",
    "1950-06, 1950-06",
    "۱۹۵۰/۰۶, 1950-06",
    "ژوئن سال ۱۹۵۰, 1950-06",
    "'June, 1950', 1950-06",
    "ماه ژوئن ۱۹۵۰, 1950-06",
    "06/1950, 1950-06",
    "6-1950, 1950-06",
    "1950/6, 1950-06",
    "ژوئن۱۹۵۰, 1950-06",
    "JUNE 1950, 1950-06",
    "ژوئن هزار و نهصد و پنجاه, 1950-06",
  })
  void a_month_and_year_read_with_a_month_name_or_in_numbers(String typed, String iso) {
    assertThat(read(typed)).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "۱۲ آوریل ۱۹۵۱, 1951-04-12", // the examples
    "12 April 1951, 1951-04-12",
    "1951-04-12, 1951-04-12",
    "۱۹۵۱/۰۴/۱۲, 1951-04-12",
    "1951.4.12, 1951-04-12",
    "'April 12, 1951', 1951-04-12",
    "12th April 1951, 1951-04-12",
    "12th of April 1951, 1951-04-12",
    "۱۲ام آوریل ۱۹۵۱, 1951-04-12",
    "دوازده آوریل ۱۹۵۱, 1951-04-12",
    "دوازدهم آوریل ۱۹۵۱, 1951-04-12",
    "۱۲ اپریل ۱۹۵۱, 1951-04-12",
    "روز ۱۲ آوریل سال ۱۹۵۱, 1951-04-12",
    "12-Apr-1951, 1951-04-12",
  })
  void a_full_date_reads_day_month_year_or_iso(String typed, String iso) {
    assertThat(read(typed)).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0} is month {1}")
  @CsvSource({
    "ژانویه, 1",
    "جنوری, 1",
    "ژانویهٔ, 1",
    "January, 1",
    "jan, 1",
    "فوریه, 2",
    "فبروری, 2",
    "February, 2",
    "Feb, 2",
    "مارس, 3",
    "مارچ, 3",
    "March, 3",
    "Mar, 3",
    "آوریل, 4",
    "اپریل, 4",
    "April, 4",
    "Apr, 4",
    "مه, 5",
    "می, 5",
    "May, 5",
    "ژوئن, 6",
    "جون, 6",
    "ژوین, 6",
    "June, 6",
    "Jun, 6",
    "ژوئیه, 7",
    "جولای, 7",
    "July, 7",
    "Jul, 7",
    "اوت, 8",
    "آگوست, 8",
    "اگست, 8",
    "August, 8",
    "Aug, 8",
    "سپتامبر, 9",
    "سپتمبر, 9",
    "September, 9",
    "Sep, 9",
    "Sept, 9",
    "اکتبر, 10",
    "اکتوبر, 10",
    "October, 10",
    "Oct, 10",
    "نوامبر, 11",
    "نومبر, 11",
    "November, 11",
    "Nov, 11",
    "دسامبر, 12",
    "دسمبر, 12",
    "December, 12",
    "Dec, 12",
  })
  void persian_and_english_month_names_and_variants_name_their_month(String name, int month) {
    assertThat(DateReader.read(name + " 1950")).contains(new PartialDate(1950, month, 0));
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "ژوئن", // a month without a year
        "1950-13",
        "1950-00",
        "31 April 1951", // no such day
        "1951-02-30",
        "ژوئن ژوئیه ۱۹۵۰",
        "می‌روم",
        "خرداد ۱۳۲۹", // a Solar Hijri month is not read as a Gregorian one
        "شش سی",
        "12 1951",
        "",
        "سلام",
      })
  void what_is_not_a_date_does_not_read(String typed) {
    assertThat(DateReader.readings(typed)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"04/12/1951", "4-12-1951"})
  void a_numeric_day_and_month_that_could_swap_reads_both_ways(String typed) {
    assertThat(DateReader.readings(typed))
        .containsExactly(new PartialDate(1951, 12, 4), new PartialDate(1951, 4, 12));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"13/04/1951", "04/13/1951"})
  void a_day_past_twelve_leaves_one_reading(String typed) {
    assertThat(DateReader.readings(typed)).hasSize(1);
  }

  @ParameterizedTest(name = "{0} is Solar month {1}")
  @CsvSource({
    "فروردین, 1",
    "حمل, 1",
    "اردیبهشت, 2",
    "ثور, 2",
    "خرداد, 3",
    "جوزا, 3",
    "تیر, 4",
    "سرطان, 4",
    "مرداد, 5",
    "امرداد, 5",
    "اسد, 5",
    "شهریور, 6",
    "سنبله, 6",
    "مهر, 7",
    "میزان, 7",
    "آبان, 8",
    "عقرب, 8",
    "آذر, 9",
    "قوس, 9",
    "دی, 10",
    "جدی, 10",
    "بهمن, 11",
    "دلو, 11",
    "اسفند, 12",
    "حوت, 12",
  })
  void iranian_and_afghan_solar_month_names_name_their_month(String name, int month) {
    assertThat(DateReader.spans("۱ " + name + " ۱۴۰۳"))
        .extracting(DateReader.Span::first)
        .containsExactly(new SolarDate(1403, month, 1).toGregorian());
    assertThat(DateReader.readings("۱ " + name + " ۱۴۰۳")).isEmpty(); // not a Gregorian date
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "شنبه ۱۴ آوریل ۱۹۵۱, 1951-04-14",
    "یکشنبه ۱۵ آوریل ۱۹۵۱, 1951-04-15",
    "یک‌شنبه ۱۵ آوریل ۱۹۵۱, 1951-04-15",
    "دوشنبه ۱۶ آوریل ۱۹۵۱, 1951-04-16",
    "سه‌شنبه ۱۷ آوریل ۱۹۵۱, 1951-04-17",
    "چهارشنبه ۱۸ آوریل ۱۹۵۱, 1951-04-18",
    "پنج‌شنبه ۱۲ آوریل ۱۹۵۱, 1951-04-12",
    "جمعه ۱۳ آوریل ۱۹۵۱, 1951-04-13",
    "'Monday, 16 April 1951', 1951-04-16",
    "Tue 17 April 1951, 1951-04-17",
    "'Saturday, April 14, 1951', 1951-04-14",
  })
  void every_weekday_reads_before_its_date(String typed, String iso) {
    assertThat(read(typed)).isEqualTo(iso);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "جمعه ۱۲ آوریل ۱۹۵۱", // a Thursday
        "Monday 12 April 1951",
        "پنج‌شنبه آوریل ۱۹۵۱",
        "پنج‌شنبه ۱۹۵۱",
        "پنج‌شنبه",
      })
  void a_weekday_that_is_not_the_dates_leaves_no_reading(String typed) {
    assertThat(DateReader.spans(typed)).isEmpty();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "یکم ژوئن ۱۹۵۰, 1950-06-01",
    "اول ژوئن ۱۹۵۰, 1950-06-01",
    "دوم ژوئن ۱۹۵۰, 1950-06-02",
    "سوم ژوئن ۱۹۵۰, 1950-06-03",
    "بیست و سوم ژوئن ۱۹۵۰, 1950-06-23",
    "بیستم ژوئن ۱۹۵۰, 1950-06-20",
    "سی‌ام ژوئن ۱۹۵۰, 1950-06-30",
    "سی ام ژوئن ۱۹۵۰, 1950-06-30",
    "سی و یکم ژوئیه ۱۹۵۰, 1950-07-31",
    "دهمین روز ژوئن ۱۹۵۰, 1950-06-10",
    "third of June 1950, 1950-06-03",
    "twelfth June 1950, 1950-06-12",
    "twentieth June 1950, 1950-06-20",
    "June thirtieth 1950, 1950-06-30",
    "thirty-first July 1950, 1950-07-31",
    "twenty five June 1950, 1950-06-25",
  })
  void ordinal_day_words_read_as_their_day(String typed, String iso) {
    assertThat(read(typed)).isEqualTo(iso);
  }

  /**
   * Every day of 1328–1332 SH (the Korean War's years, a leap year among them), written as a
   * student would, reads back as that very day; SolarDateTest covers the converter's long range.
   */
  @Test
  void every_solar_day_written_out_reads_as_its_gregorian_day() {
    for (LocalDate day = LocalDate.of(1949, 3, 21);
        day.isBefore(LocalDate.of(1954, 3, 21));
        day = day.plusDays(1)) {
      SolarDate solar = SolarDate.of(day);
      String typed =
          Display.digits(solar.day(), Language.FA)
              + " "
              + MonthNames.solarDisplay(solar.month(), Language.FA)
              + " "
              + Display.digits(solar.year(), Language.FA);
      assertThat(DateReader.spans(typed))
          .as(typed)
          .extracting(DateReader.Span::first)
          .containsExactly(day);
    }
  }
}
