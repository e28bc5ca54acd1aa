package app.azmoon.domain.calendar;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * A day of the Solar Hijri (Iranian, Afghan) calendar, converted exactly to and from the Gregorian
 * one. {@code java.time} has no such chronology, and ICU4J's costs ~100 ms to load, more than
 * Azmoon's start-up budget.
 *
 * <p>{@code SolarDate.of(LocalDate.of(1951, 4, 12))} is 1330-01-22 (۲۲ فروردین ۱۳۳۰); {@code new
 * SolarDate(1404, 1, 1).toGregorian()} is 2025-03-21.
 *
 * <p>The year starts on the day of the March equinox as seen in Iran (52.5°E), the day after if the
 * equinox is after noon there. Leap years follow from Kazimierz M. Borkowski, "The Persian calendar
 * for 3000 years", Earth, Moon and Planets 74 (1996) 223–230: runs of 33-year cycles (leap years 4
 * apart, one 5 apart) between "break" years where the equinox drifts across noon, which reproduces
 * the astronomical calendar for years 1–3177. Months 1–6 have 31 days, 7–11 have 30, and the last
 * 29, or 30 in a leap year.
 */
public record SolarDate(int year, int month, int day) {
  /** First and last years converted exactly. */
  public static final int FIRST_YEAR = 1;

  public static final int LAST_YEAR = 3177;

  /** Years where one run of 33-year cycles ends and the next begins (Borkowski's table). */
  private static final int[] BREAKS = {
    -61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097, 2192, 2262, 2324, 2394,
    2456, 3178
  };

  public SolarDate {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new IllegalArgumentException(
          "Solar Hijri years run from " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
    }
    if (month < 1 || month > 12 || day < 1 || day > monthLength(year, month)) {
      throw new IllegalArgumentException(
          "no such Solar Hijri date: " + year + "-" + month + "-" + day);
    }
  }

  /**
   * The Solar Hijri day that is {@code date}.
   *
   * @throws IllegalArgumentException before 622 or after 3798, outside the years converted
   */
  public static SolarDate of(LocalDate date) {
    int year = date.getYear() - 621;
    LocalDate start = firstDay(year);
    if (date.isBefore(start)) {
      year--;
      start = firstDay(year);
    }
    int days = (int) ChronoUnit.DAYS.between(start, date);
    int month = days < 186 ? days / 31 + 1 : (days - 186) / 30 + 7;
    int day = days < 186 ? days % 31 + 1 : (days - 186) % 30 + 1;
    return new SolarDate(year, month, day);
  }

  /** This day in the Gregorian calendar. */
  public LocalDate toGregorian() {
    int before = month <= 7 ? (month - 1) * 31 : 186 + (month - 7) * 30;
    return firstDay(year).plusDays(before + day - 1L);
  }

  /** The Gregorian date of 1 Farvardin (Nowruz) of {@code year}. */
  public static LocalDate firstDay(int year) {
    return cycle(year).nowruz;
  }

  public static boolean isLeap(int year) {
    return cycle(year).leap;
  }

  /** Days in {@code month} of {@code year}. */
  public static int monthLength(int year, int month) {
    if (month < 1 || month > 12) {
      throw new IllegalArgumentException("Solar Hijri months are 1–12, not " + month);
    }
    return month <= 6 ? 31 : month <= 11 ? 30 : isLeap(year) ? 30 : 29;
  }

  private record Cycle(boolean leap, LocalDate nowruz) {}

  /**
   * Borkowski's algorithm: leap years counted from the start of the runs up to {@code year}, less
   * the Gregorian ones, gives the March day of Nowruz; the position in the current run of 33-year
   * cycles gives whether {@code year} is leap.
   */
  private static Cycle cycle(int year) {
    if (year < FIRST_YEAR - 1 || year > LAST_YEAR) {
      throw new IllegalArgumentException("Solar Hijri year out of range: " + year);
    }
    int gregorianYear = year + 621;
    int leaps = -14;
    int start = BREAKS[0];
    int jump = 0;
    for (int i = 1; i < BREAKS.length; i++) {
      jump = BREAKS[i] - start;
      if (year < BREAKS[i]) {
        break;
      }
      leaps += jump / 33 * 8 + jump % 33 / 4;
      start = BREAKS[i];
    }
    int n = year - start;
    leaps += n / 33 * 8 + (n % 33 + 3) / 4;
    if (jump % 33 == 4 && jump - n == 4) {
      leaps++;
    }
    int gregorianLeaps =
        gregorianYear / 4 - (gregorianYear / 100 + 1) * 3 / 4 - 150; // years ≥ 1: no negatives
    int march = 20 + leaps - gregorianLeaps;
    if (jump - n < 6) {
      n = n - jump + (jump + 4) / 33 * 33;
    }
    // Java's % truncates, as Borkowski's Fortran MOD does: n may be a few years below a break.
    return new Cycle(
        ((n + 1) % 33 - 1) % 4 == 0, LocalDate.of(gregorianYear, 3, 1).plusDays(march - 1L));
  }
}
