package app.azmoon.domain.question;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day; {@code month} and {@code day} are 0 when unknown.
 *
 * <p>{@code PartialDate.parse("1950-06")} is June 1950.
 */
public record PartialDate(int year, int month, int day) {
  private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public PartialDate {
    if (year < 1) {
      throw new IllegalArgumentException("years start at 1");
    }
    if (month == 0 && day != 0) {
      throw new IllegalArgumentException("a day needs a month");
    }
    try {
      if (day != 0) {
        LocalDate.of(year, month, day);
      } else if (month != 0) {
        YearMonth.of(year, month);
      }
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("no such date: " + e.getMessage(), e);
    }
  }

  /** Reads {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; empty when it is none of them. */
  public static Optional<PartialDate> parse(String iso) {
    Matcher m = ISO.matcher(iso);
    if (!m.matches()) {
      return Optional.empty();
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if ((m.group(2) != null && month == 0) || (m.group(3) != null && day == 0)) {
      return Optional.empty(); // "00" would silently mean "unknown"
    }
    try {
      return Optional.of(new PartialDate(year, month, day));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The first day this date may be: 1 January 1950 for 1950. */
  public LocalDate first() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day this date may be: 30 June 1950 for June 1950. */
  public LocalDate last() {
    if (day != 0) {
      return first();
    }
    return month != 0 ? YearMonth.of(year, month).atEndOfMonth() : LocalDate.of(year, 12, 31);
  }

  @Override
  public String toString() {
    // By hand, not String.format: a Formatter writes the default locale's digits (۱۹۵۰ under
    // fa_IR), and its locale data is the slowest part of a first check.
    StringBuilder iso = new StringBuilder(10);
    pad(iso, year, 4);
    if (month != 0) {
      pad(iso.append('-'), month, 2);
      if (day != 0) {
        pad(iso.append('-'), day, 2);
      }
    }
    return iso.toString();
  }

  /** Appends {@code n}, never negative here, with leading zeros to {@code width} digits. */
  private static void pad(StringBuilder out, int n, int width) {
    String digits = Integer.toString(n);
    out.append("0".repeat(Math.max(0, width - digits.length()))).append(digits);
  }
}
