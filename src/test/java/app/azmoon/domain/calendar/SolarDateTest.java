package app.azmoon.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SolarDateTest {
  /**
   * The leap years 1206–1498 of the official Iranian calendar, as computed astronomically by the
   * Calendar Center of the Institute of Geophysics, University of Tehran (the table reproduced in
   * Wikipedia's "Solar Hijri calendar" article and in the tests of several converters).
   */
  private static final Set<Integer> PUBLISHED_LEAP_YEARS =
      IntStream.of(
              1210, 1214, 1218, 1222, 1226, 1230, 1234, 1238, 1243, 1247, 1251, 1255, 1259, 1263,
              1267, 1271, 1276, 1280, 1284, 1288, 1292, 1296, 1300, 1304, 1309, 1313, 1317, 1321,
              1325, 1329, 1333, 1337, 1342, 1346, 1350, 1354, 1358, 1362, 1366, 1370, 1375, 1379,
              1383, 1387, 1391, 1395, 1399, 1403, 1408, 1412, 1416, 1420, 1424, 1428, 1432, 1436,
              1441, 1445, 1449, 1453, 1457, 1461, 1465, 1469, 1474, 1478, 1482, 1486, 1490, 1494,
              1498)
          .boxed()
          .collect(Collectors.toUnmodifiableSet());

  @Test
  void leap_years_1206_to_1498_are_the_published_ones() {
    for (int year = 1206; year <= 1498; year++) {
      assertThat(SolarDate.isLeap(year))
          .as("%d", year)
          .isEqualTo(PUBLISHED_LEAP_YEARS.contains(year));
    }
  }

  /**
   * Nowruz of every year 1206–1499 in the Gregorian calendar: from Nowruz 1300 (21 March 1921, the
   * year the Iranian parliament's calendar law counts from) each year is 365 days, or 366 after a
   * published leap year.
   */
  @Test
  void nowruz_of_every_year_1206_to_1499_follows_from_the_published_table() {
    LocalDate nowruz = LocalDate.of(1921, 3, 21);
    for (int year = 1300; year <= 1499; year++) {
      assertThat(SolarDate.firstDay(year)).as("1 Farvardin %d", year).isEqualTo(nowruz);
      nowruz = nowruz.plusDays(PUBLISHED_LEAP_YEARS.contains(year) ? 366 : 365);
    }
    nowruz = LocalDate.of(1921, 3, 21);
    for (int year = 1299; year >= 1206; year--) {
      nowruz = nowruz.minusDays(PUBLISHED_LEAP_YEARS.contains(year) ? 366 : 365);
      assertThat(SolarDate.firstDay(year)).as("1 Farvardin %d", year).isEqualTo(nowruz);
    }
  }

  @ParameterizedTest(name = "{0}-{1}-{2} SH is {3}")
  @CsvSource({
    "1330, 1, 22, 1951-04-12", // Black Thursday
    "1329, 4, 4, 1950-06-25", // the Korean War begins
    "1357, 11, 22, 1979-02-11", // the Revolution's anniversary
    "1403, 12, 30, 2025-03-20", // the last day of a leap year
    "1404, 1, 1, 2025-03-21",
    "1405, 9, 10, 2026-12-01",
    "1399, 1, 1, 2020-03-20",
    "1, 1, 1, 0622-03-22", // the era begins
  })
  void known_days_convert_both_ways(int year, int month, int day, LocalDate gregorian) {
    SolarDate solar = new SolarDate(year, month, day);
    assertThat(solar.toGregorian()).isEqualTo(gregorian);
    assertThat(SolarDate.of(gregorian)).isEqualTo(solar);
  }

  @Test
  void every_day_from_1900_to_2200_round_trips_one_day_after_another() {
    LocalDate day = LocalDate.of(1900, 1, 1);
    SolarDate previous = SolarDate.of(day.minusDays(1));
    while (day.getYear() <= 2200) {
      SolarDate solar = SolarDate.of(day);
      assertThat(solar.toGregorian()).isEqualTo(day);
      boolean nextInMonth =
          solar.year() == previous.year()
              && solar.month() == previous.month()
              && solar.day() == previous.day() + 1;
      boolean firstOfMonth =
          solar.day() == 1
              && previous.day() == SolarDate.monthLength(previous.year(), previous.month())
              && (solar.month() == previous.month() + 1
                  || (solar.month() == 1
                      && previous.month() == 12
                      && solar.year() == previous.year() + 1));
      assertThat(nextInMonth || firstOfMonth).as("%s after %s", solar, previous).isTrue();
      previous = solar;
      day = day.plusDays(1);
    }
  }

  @Test
  void every_day_of_every_year_converted_round_trips() {
    for (int year = SolarDate.FIRST_YEAR; year <= SolarDate.LAST_YEAR - 1; year++) {
      LocalDate first = SolarDate.firstDay(year);
      int length =
          (int) java.time.temporal.ChronoUnit.DAYS.between(first, SolarDate.firstDay(year + 1));
      assertThat(length).as("%d", year).isEqualTo(SolarDate.isLeap(year) ? 366 : 365);
      for (int offset = 0; offset < length; offset++) {
        LocalDate day = first.plusDays(offset);
        assertThat(SolarDate.of(day).toGregorian()).isEqualTo(day);
      }
    }
  }

  @Test
  void month_lengths_are_31_then_30_then_29_or_30() {
    assertThat(IntStream.rangeClosed(1, 12).map(m -> SolarDate.monthLength(1403, m)))
        .containsExactly(31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30);
    assertThat(SolarDate.monthLength(1404, 12)).isEqualTo(29);
  }

  @Test
  void impossible_days_are_refused() {
    assertThatThrownBy(() -> new SolarDate(1404, 12, 30))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SolarDate(1404, 7, 31))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SolarDate(1404, 13, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SolarDate(0, 1, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
