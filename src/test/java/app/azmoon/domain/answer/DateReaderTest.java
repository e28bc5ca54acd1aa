package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.PartialDate;
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
}
