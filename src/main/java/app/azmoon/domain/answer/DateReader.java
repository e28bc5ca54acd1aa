package app.azmoon.domain.answer;

import app.azmoon.domain.calendar.SolarDate;
import app.azmoon.domain.question.PartialDate;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed date: a year, a month and year, or a day, month and year, with month names in
 * Persian or English or numbers in ISO-like order; in the Gregorian calendar or the Solar Hijri
 * one; the day also as an ordinal word, and perhaps after the day of the week.
 *
 * <p>{@code DateReader.readings("۱۲ آوریل ۱۹۵۱")}, {@code "12 April 1951"}, {@code "1951-04-12"}
 * and {@code "پنج‌شنبه دوازدهم آوریل ۱۹۵۱"} all read as 1951-04-12; {@code "ژوئن سال ۱۹۵۰"} as
 * 1950-06. A date such as {@code "04/12/1951"} reads two ways (day first and month first), so the
 * reader returns every reading. {@link #spans} adds the Solar Hijri readings: {@code "۲۲ فروردین
 * ۱۳۳۰"} is the day 1951-04-12, {@code "فروردین ۱۳۳۰"} the days 1951-03-21 to 1951-04-20.
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
          "ad", "ce", "th", "st", "nd", "rd", "هجری", "ه");

  /** Words that say the date is Gregorian, or Solar Hijri ("۱۳۳۰ ه‍.ش", "هجری شمسی"). */
  private static final Set<String> GREGORIAN = AnswerChecker.keys("میلادی", "ad", "ce");

  private static final Set<String> SOLAR =
      AnswerChecker.keys("شمسی", "خورشیدی", "ش", "هش", "sh", "ap");

  /** Lunar Hijri dates are not read: a "۱۳۷۰ قمری" is no Gregorian or Solar date. */
  private static final Set<String> LUNAR = AnswerChecker.keys("قمری", "ق", "هق", "ah");

  /** Years that a date written in digits may also mean in the Solar Hijri calendar. */
  private static final int SOLAR_DIGITS_FROM = 1200;

  private static final int SOLAR_DIGITS_TO = 1499;

  private static final Map<String, DayOfWeek> WEEKDAYS =
      Map.ofEntries(
          Map.entry("شنبه", DayOfWeek.SATURDAY),
          Map.entry("یکشنبه", DayOfWeek.SUNDAY),
          Map.entry("دوشنبه", DayOfWeek.MONDAY),
          Map.entry("سهشنبه", DayOfWeek.TUESDAY),
          Map.entry("چهارشنبه", DayOfWeek.WEDNESDAY),
          Map.entry("پنجشنبه", DayOfWeek.THURSDAY),
          Map.entry("جمعه", DayOfWeek.FRIDAY),
          Map.entry("آدینه", DayOfWeek.FRIDAY),
          Map.entry("monday", DayOfWeek.MONDAY),
          Map.entry("mon", DayOfWeek.MONDAY),
          Map.entry("tuesday", DayOfWeek.TUESDAY),
          Map.entry("tue", DayOfWeek.TUESDAY),
          Map.entry("tues", DayOfWeek.TUESDAY),
          Map.entry("wednesday", DayOfWeek.WEDNESDAY),
          Map.entry("wed", DayOfWeek.WEDNESDAY),
          Map.entry("thursday", DayOfWeek.THURSDAY),
          Map.entry("thu", DayOfWeek.THURSDAY),
          Map.entry("thur", DayOfWeek.THURSDAY),
          Map.entry("thurs", DayOfWeek.THURSDAY),
          Map.entry("friday", DayOfWeek.FRIDAY),
          Map.entry("fri", DayOfWeek.FRIDAY),
          Map.entry("saturday", DayOfWeek.SATURDAY),
          Map.entry("sat", DayOfWeek.SATURDAY),
          Map.entry("sunday", DayOfWeek.SUNDAY),
          Map.entry("sun", DayOfWeek.SUNDAY));

  /** English day words, cardinal and ordinal; "twenty-fifth" is twenty and fifth. */
  private static final List<List<String>> ENGLISH_DAYS =
      List.of(
          List.of("one", "first"),
          List.of("two", "second"),
          List.of("three", "third"),
          List.of("four", "fourth"),
          List.of("five", "fifth"),
          List.of("six", "sixth"),
          List.of("seven", "seventh"),
          List.of("eight", "eighth"),
          List.of("nine", "ninth"),
          List.of("ten", "tenth"),
          List.of("eleven", "eleventh"),
          List.of("twelve", "twelfth"),
          List.of("thirteen", "thirteenth"),
          List.of("fourteen", "fourteenth"),
          List.of("fifteen", "fifteenth"),
          List.of("sixteen", "sixteenth"),
          List.of("seventeen", "seventeenth"),
          List.of("eighteen", "eighteenth"),
          List.of("nineteen", "nineteenth"),
          List.of("twenty", "twentieth"));

  /**
   * A typed date as the Gregorian days it names, {@code first} to {@code last}; {@code written} is
   * what it read, in ISO-8601: a date ("1951-04-12", "1950-06") or, for a Solar Hijri month or
   * year, its interval of Gregorian days ("1951-03-21/1951-04-20").
   */
  public record Span(LocalDate first, LocalDate last, String written) {
    /** Whether every day this span may be lies within {@code date}: it says at least as much. */
    public boolean within(PartialDate date) {
      return !first.isBefore(date.first()) && !last.isAfter(date.last());
    }
  }

  private enum Era {
    ANY,
    GREGORIAN,
    SOLAR
  }

  /** A date read in one calendar; {@code month} and {@code day} are 0 when not written. */
  private record Found(boolean solar, int year, int month, int day) {
    Optional<Span> span() {
      try {
        if (!solar) {
          PartialDate date = new PartialDate(year, month, day);
          return Optional.of(new Span(date.first(), date.last(), date.toString()));
        }
        LocalDate first = new SolarDate(year, Math.max(month, 1), Math.max(day, 1)).toGregorian();
        LocalDate last =
            day != 0
                ? first
                : month != 0
                    ? first.plusDays(SolarDate.monthLength(year, month) - 1L)
                    : SolarDate.firstDay(year + 1).minusDays(1);
        return Optional.of(new Span(first, last, day != 0 ? first.toString() : first + "/" + last));
      } catch (IllegalArgumentException e) {
        return Optional.empty(); // not a real date (31 April, 30 Esfand 1404)
      }
    }
  }

  private DateReader() {}

  /** The first Gregorian reading of {@code answer}, if it reads as a Gregorian date at all. */
  public static Optional<PartialDate> read(String answer) {
    return readings(answer).stream().findFirst();
  }

  /**
   * Every way {@code answer} reads as a date written in the Gregorian calendar, most likely first;
   * empty when none.
   */
  public static List<PartialDate> readings(String answer) {
    List<PartialDate> dates = new ArrayList<>();
    for (Found f : found(answer)) {
      if (!f.solar() && f.span().isPresent()) {
        PartialDate date = new PartialDate(f.year(), f.month(), f.day());
        if (!dates.contains(date)) {
          dates.add(date);
        }
      }
    }
    return List.copyOf(dates);
  }

  /** Every way {@code answer} reads as a date in either calendar, Gregorian readings first. */
  public static List<Span> spans(String answer) {
    List<Span> spans = new ArrayList<>();
    for (Found f : found(answer)) {
      f.span().filter(s -> !spans.contains(s)).ifPresent(spans::add);
    }
    return List.copyOf(spans);
  }

  private static List<Found> found(String answer) {
    List<String> chunks = new ArrayList<>();
    Era era = Era.ANY;
    for (String chunk : Normalization.fold(answer).split("\\s+")) {
      String key = Normalization.key(chunk);
      Era said = GREGORIAN.contains(key) ? Era.GREGORIAN : SOLAR.contains(key) ? Era.SOLAR : null;
      if (LUNAR.contains(key) || (said != null && era != Era.ANY && said != era)) {
        return List.of(); // a Lunar Hijri date, or "میلادی" and "شمسی" both
      } else if (said != null) {
        era = said;
      } else if (!FILLERS.contains(key)) {
        chunks.add(chunk);
      }
    }
    Optional<DayOfWeek> weekday = weekday(chunks);
    List<Found> found = new ArrayList<>();
    read(chunks, era, found);
    if (weekday.isPresent()) {
      found.removeIf(
          f -> f.day() == 0 || !weekday.equals(f.span().map(s -> s.first().getDayOfWeek())));
    }
    return found;
  }

  /**
   * Takes the day of the week off the start or end of {@code chunks}: "پنج‌شنبه ۱۲ آوریل",
   * "Thursday, 12 April". It is kept only to check against the date.
   */
  private static Optional<DayOfWeek> weekday(List<String> chunks) {
    for (int words = 2; words >= 1; words--) {
      if (chunks.size() > words) {
        DayOfWeek day = WEEKDAYS.get(Normalization.key(String.join("", chunks.subList(0, words))));
        if (day != null) {
          chunks.subList(0, words).clear();
          return Optional.of(day);
        }
        int end = chunks.size() - words;
        day = WEEKDAYS.get(Normalization.key(String.join("", chunks.subList(end, chunks.size()))));
        if (day != null) {
          chunks.subList(end, chunks.size()).clear();
          return Optional.of(day);
        }
      }
    }
    return Optional.empty();
  }

  private static void read(List<String> chunks, Era era, List<Found> found) {
    String compact = String.join("", chunks);
    Matcher m;
    if ((m = YMD.matcher(compact)).matches()) {
      numeric(found, era, m.group(1), m.group(3), m.group(4));
    } else if ((m = DMY.matcher(compact)).matches()) {
      numeric(found, era, m.group(4), m.group(3), m.group(1));
      numeric(found, era, m.group(4), m.group(1), m.group(3));
    } else if ((m = YM.matcher(compact)).matches()) {
      numeric(found, era, m.group(1), m.group(2), null);
    } else if ((m = MY.matcher(compact)).matches()) {
      numeric(found, era, m.group(2), m.group(1), null);
    } else {
      words(String.join(" ", chunks), era, found);
    }
  }

  /** Dates with a month name, or a year alone (in digits or words). */
  private static void words(String text, Era era, List<Found> found) {
    List<String> parts = new ArrayList<>();
    Matcher m = PARTS.matcher(Normalization.text(text));
    while (m.find()) {
      if (!FILLERS.contains(m.group())) {
        parts.add(m.group());
      }
    }
    int monthAt = -1;
    boolean solar = false;
    for (int i = 0; i < parts.size(); i++) {
      boolean gregorianName = MonthNames.month(parts.get(i)).isPresent();
      boolean solarName = MonthNames.solarMonth(parts.get(i)).isPresent();
      if (gregorianName || solarName) {
        if (monthAt >= 0) {
          return; // two month names: not a date
        }
        monthAt = i;
        solar = solarName;
      }
    }
    if (monthAt < 0) {
      year(parts).ifPresent(y -> found.add(new Found(era == Era.SOLAR, y, 0, 0)));
      return;
    }
    if (era == (solar ? Era.GREGORIAN : Era.SOLAR)) {
      return; // "فروردین ۱۳۳۰ میلادی"
    }
    String name = parts.get(monthAt);
    int month = (solar ? MonthNames.solarMonth(name) : MonthNames.month(name)).getAsInt();
    List<String> before = parts.subList(0, monthAt);
    List<String> after = parts.subList(monthAt + 1, parts.size());
    if (!before.isEmpty()) {
      OptionalInt day = day(before);
      OptionalInt year = year(after);
      if (day.isPresent() && year.isPresent()) {
        found.add(new Found(solar, year.getAsInt(), month, day.getAsInt()));
      }
      return;
    }
    boolean isSolar = solar;
    year(after).ifPresent(y -> found.add(new Found(isSolar, y, month, 0)));
    for (int k = 1; k < after.size(); k++) { // "April 12 1951", "June twenty-fifth 1950"
      OptionalInt day = day(after.subList(0, k));
      OptionalInt year = year(after.subList(k, after.size()));
      if (day.isPresent() && year.isPresent()) {
        found.add(new Found(solar, year.getAsInt(), month, day.getAsInt()));
      }
    }
  }

  private static OptionalInt year(List<String> parts) {
    OptionalInt n = whole(parts);
    return n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= 9999 ? n : OptionalInt.empty();
  }

  /**
   * A day of the month, in digits or words, also as an ordinal: دوازدهم, بیست و پنجم, یکم, اول,
   * سی‌ام, twenty-fifth.
   */
  private static OptionalInt day(List<String> parts) {
    OptionalInt n = whole(parts);
    if (n.isEmpty()) {
      n = english(parts);
    }
    if (n.isEmpty()) {
      List<String> head = parts.subList(0, parts.size() - 1);
      for (String cardinal : cardinals(parts.get(parts.size() - 1))) {
        List<String> words = new ArrayList<>(head);
        words.add(cardinal);
        n = whole(words);
        if (n.isPresent()) {
          break;
        }
      }
    }
    return n.isPresent() && n.getAsInt() >= 1 && n.getAsInt() <= 31 ? n : OptionalInt.empty();
  }

  /** The cardinal words a Persian ordinal may come from: پنجم, پنجمین → پنج; سوم → سه; اول → یک. */
  private static List<String> cardinals(String ordinal) {
    String word =
        ordinal.endsWith("مین") ? ordinal.substring(0, ordinal.length() - 3) + "م" : ordinal;
    if (word.equals("اول") || word.equals("اولین") || word.equals("نخست")) {
      return List.of("یک");
    }
    if (word.equals("سوم")) {
      return List.of("سه");
    }
    List<String> cardinals = new ArrayList<>();
    if (word.endsWith("ام")) {
      cardinals.add(word.substring(0, word.length() - 2)); // سیام
    }
    if (word.endsWith("م")) {
      cardinals.add(word.substring(0, word.length() - 1));
    }
    return cardinals;
  }

  /** An English day in words: "twelve", "twelfth", "twenty five", "thirty-first". */
  private static OptionalInt english(List<String> parts) {
    Function<String, OptionalInt> value =
        word -> {
          for (int i = 0; i < ENGLISH_DAYS.size(); i++) {
            if (ENGLISH_DAYS.get(i).contains(word)) {
              return OptionalInt.of(i + 1);
            }
          }
          return word.equals("thirty") || word.equals("thirtieth")
              ? OptionalInt.of(30)
              : OptionalInt.empty();
        };
    if (parts.size() == 1) {
      return value.apply(parts.get(0));
    }
    if (parts.size() == 2 && (parts.get(0).equals("twenty") || parts.get(0).equals("thirty"))) {
      OptionalInt tens = value.apply(parts.get(0));
      OptionalInt unit = value.apply(parts.get(1));
      if (unit.isPresent() && unit.getAsInt() <= 9) {
        return OptionalInt.of(tens.getAsInt() + unit.getAsInt());
      }
    }
    return OptionalInt.empty();
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

  /**
   * A date written in digits; its month and day, when written, cannot be 0 ("1950-00"). It is
   * Gregorian unless marked Solar Hijri; a year 1200–1499 may be either, as Iranian students write
   * "۱۳۳۰/۱/۲۲".
   */
  private static void numeric(List<Found> found, Era era, String year, String month, String day) {
    int y = Integer.parseInt(year);
    int m = Integer.parseInt(month);
    int d = day == null ? 0 : Integer.parseInt(day);
    if (m < 1 || (day != null && d < 1) || y < 1) {
      return;
    }
    if (era != Era.SOLAR) {
      found.add(new Found(false, y, m, d));
    }
    if (era == Era.SOLAR || (era == Era.ANY && y >= SOLAR_DIGITS_FROM && y <= SOLAR_DIGITS_TO)) {
      found.add(new Found(true, y, m, d));
    }
  }
}
