package app.azmoon.domain.answer;

import app.azmoon.domain.question.PartialDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed Gregorian date: a year, a month and year, or a day, month and year, with month
 * names in Persian or English or numbers in ISO-like order.
 *
 * <p>{@code DateReader.readings("۱۲ آوریل ۱۹۵۱")}, {@code "12 April 1951"} and {@code "1951-04-12"}
 * all read as 1951-04-12; {@code "ژوئن سال ۱۹۵۰"} as 1950-06. A date such as {@code "04/12/1951"}
 * reads two ways (day first and month first), so the reader returns every reading.
 */
public final class DateReader {
  private static final Pattern YMD = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");
  private static final Pattern DMY = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern YM = Pattern.compile("(\\d{4})[-/.](\\d{1,2})");
  private static final Pattern MY = Pattern.compile("(\\d{1,2})[-/.](\\d{4})");
  private static final Pattern PARTS = Pattern.compile("\\d+|\\p{L}+");

  /** Words that frame a date without changing it: "سال ۱۹۴۹ میلادی", "12th of April". */
  private static final Set<String> FILLERS =
      Set.of(
          "سال", "ماه", "روز", "تاریخ", "در", "میلادی", "م", "ام", "year", "the", "of", "in", "on",
          "ad", "ce", "th", "st", "nd", "rd");

  private DateReader() {}

  /** The first reading of {@code answer}, if it reads as a date at all. */
  public static Optional<PartialDate> read(String answer) {
    return readings(answer).stream().findFirst();
  }

  /** Every way {@code answer} reads as a date, most likely first; empty when none. */
  public static List<PartialDate> readings(String answer) {
    List<String> chunks = new ArrayList<>();
    for (String chunk : Normalization.fold(answer).split("\\s+")) {
      if (!FILLERS.contains(Normalization.key(chunk))) {
        chunks.add(chunk);
      }
    }
    String compact = String.join("", chunks);
    List<PartialDate> found = new ArrayList<>();
    Matcher m;
    if ((m = YMD.matcher(compact)).matches()) {
      numeric(found, m.group(1), m.group(3), m.group(4));
    } else if ((m = DMY.matcher(compact)).matches()) {
      numeric(found, m.group(4), m.group(3), m.group(1));
      numeric(found, m.group(4), m.group(1), m.group(3));
    } else if ((m = YM.matcher(compact)).matches()) {
      numeric(found, m.group(1), m.group(2), null);
    } else if ((m = MY.matcher(compact)).matches()) {
      numeric(found, m.group(2), m.group(1), null);
    } else {
      words(String.join(" ", chunks), found);
    }
    return List.copyOf(found);
  }

  /** Dates with a month name, or a year alone (in digits or words). */
  private static void words(String text, List<PartialDate> found) {
    List<String> parts = new ArrayList<>();
    Matcher m = PARTS.matcher(Normalization.text(text));
    while (m.find()) {
      if (!FILLERS.contains(m.group())) {
        parts.add(m.group());
      }
    }
    int monthAt = -1;
    for (int i = 0; i < parts.size(); i++) {
      if (MonthNames.month(parts.get(i)).isPresent()) {
        if (monthAt >= 0) {
          return; // two month names: not a date
        }
        monthAt = i;
      }
    }
    if (monthAt < 0) {
      year(parts).ifPresent(y -> add(found, y, 0, 0));
      return;
    }
    int month = MonthNames.month(parts.get(monthAt)).getAsInt();
    List<String> before = parts.subList(0, monthAt);
    List<String> after = parts.subList(monthAt + 1, parts.size());
    if (!before.isEmpty()) {
      OptionalInt day = day(before);
      OptionalInt year = year(after);
      if (day.isPresent() && year.isPresent()) {
        add(found, year.getAsInt(), month, day.getAsInt());
      }
      return;
    }
    year(after).ifPresent(y -> add(found, y, month, 0));
    for (int k = 1; k < after.size(); k++) { // "April 12 1951"
      OptionalInt day = day(after.subList(0, k));
      OptionalInt year = year(after.subList(k, after.size()));
      if (day.isPresent() && year.isPresent()) {
        add(found, year.getAsInt(), month, day.getAsInt());
      }
    }
  }

  private static OptionalInt year(List<String> parts) {
    OptionalInt n = whole(parts);
    return n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= 9999 ? n : OptionalInt.empty();
  }

  /** A day of the month, in digits or words, also as an ordinal: دوازدهم, اول, سوم. */
  private static OptionalInt day(List<String> parts) {
    OptionalInt n = whole(parts);
    if (n.isEmpty() && parts.size() == 1) {
      String word = parts.get(0);
      if (word.equals("اول")) {
        n = OptionalInt.of(1);
      } else if (word.equals("سوم")) {
        n = OptionalInt.of(3);
      } else if (word.endsWith("م")) {
        n = whole(List.of(word.substring(0, word.length() - 1)));
      }
    }
    return n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= 31 ? n : OptionalInt.empty();
  }

  private static OptionalInt whole(List<String> parts) {
    if (parts.isEmpty()) {
      return OptionalInt.empty();
    }
    Optional<BigDecimal> n = NumberReader.read(String.join(" ", parts));
    if (n.isEmpty() || n.get().signum() < 0 || n.get().stripTrailingZeros().scale() > 0) {
      return OptionalInt.empty();
    }
    return n.get().compareTo(BigDecimal.valueOf(99_999)) > 0
        ? OptionalInt.empty()
        : OptionalInt.of(n.get().intValue());
  }

  /** A date written in digits; its month and day, when written, cannot be 0 ("1950-00"). */
  private static void numeric(List<PartialDate> found, String year, String month, String day) {
    int m = Integer.parseInt(month);
    int d = day == null ? 0 : Integer.parseInt(day);
    if (m >= 1 && (day == null || d >= 1)) {
      add(found, Integer.parseInt(year), m, d);
    }
  }

  private static void add(List<PartialDate> found, int year, int month, int day) {
    if (year < 1 || (month == 0 && day != 0)) {
      return;
    }
    try {
      PartialDate date = new PartialDate(year, month, day);
      if (!found.contains(date)) {
        found.add(date);
      }
    } catch (IllegalArgumentException e) {
      // not a real date (31 April): no reading
    }
  }
}
