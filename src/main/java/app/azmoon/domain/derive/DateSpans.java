package app.azmoon.domain.derive;

import app.azmoon.domain.answer.DateReader;
import app.azmoon.domain.answer.MonthNames;
import app.azmoon.domain.answer.Normalization;
import app.azmoon.domain.answer.NumberReader;
import app.azmoon.domain.derive.Span.Dated;
import app.azmoon.domain.derive.Span.Literal;
import app.azmoon.domain.derive.Span.Reading;
import app.azmoon.domain.derive.Span.Skip;
import app.azmoon.domain.derive.Span.ThisYear;
import app.azmoon.domain.question.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates: written in digits (۱۹۵۱/۰۴/۱۲), or around a month's name with a day before it and a
 * year after it (۱۲ اپریل سال ۱۹۵۱, ژوئن ۱۹۵۰, سپتامبر این سال, ۲۲ بهمن ۱۳۵۷).
 *
 * <p>Gregorian dates become {@link Dated} (or {@link ThisYear}); a Solar Hijri date, or a day and
 * month without a year, is kept as written ({@link Literal}), since a date answer is Gregorian and
 * needs a year. A month name that is also a common word (می, مه, مهر, دی…) counts only with a
 * number next to it.
 */
final class DateSpans {
  private static final Pattern NUMERIC =
      Pattern.compile(
          "(?<![\\d/.\\-])\\d{1,4}([/\\-.])\\d{1,2}\\1\\d{1,4}(?![\\d/\\-]|\\.\\d)",
          Pattern.UNICODE_CHARACTER_CLASS);
  private static final BigDecimal LAST_YEAR = BigDecimal.valueOf(9999);

  /** A day of the month before a month's name: where it starts and its value. */
  private record Day(int from, int value) {}

  private DateSpans() {}

  static void find(Scan scan) {
    Matcher m = NUMERIC.matcher(scan.sentence());
    while (m.find()) {
      List<PartialDate> readings = DateReader.readings(Normalization.fold(m.group()));
      if (!readings.isEmpty()) {
        PartialDate date = readings.get(0);
        scan.claimChars(
            m.start(),
            m.end(),
            solarHijri(date.year())
                ? new Literal(List.of(m.group()), Literal.Sort.DATE)
                : new Dated(date));
      }
    }
    for (int i = 0; i < scan.size(); i++) {
      if (scan.free(i) && scan.at(i).isWord()) {
        named(scan, i);
      }
    }
  }

  /** A year of the Solar Hijri calendar rather than the Gregorian one: 1200–1499. */
  static boolean solarHijri(int year) {
    return year >= 1200 && year < 1500;
  }

  /** The date around the month name at {@code i}, if it is one. */
  private static void named(Scan scan, int i) {
    String key = scan.key(i);
    OptionalInt gregorian = MonthNames.month(key);
    OptionalInt hijri = Words.solarHijriMonth(key);
    if (gregorian.isEmpty() && hijri.isEmpty()) {
      return;
    }
    boolean solar = gregorian.isEmpty();
    int month = solar ? hijri.getAsInt() : gregorian.getAsInt();
    boolean ambiguous = Words.ambiguousMonth(key) || key.chars().allMatch(c -> c < 128);
    int after = scan.key(i + 1).equals("ماه") && scan.free(i + 1) ? i + 1 : i;
    int yearAt = scan.key(after + 1).equals("سال") ? after + 2 : after + 1;
    OptionalInt year = scan.free(after + 1, yearAt) ? year(scan, yearAt) : OptionalInt.empty();
    boolean thisYear =
        Words.THIS.contains(scan.key(after + 1))
            && scan.key(after + 2).equals("سال")
            && scan.free(after + 1, after + 2);
    Optional<Day> day = day(scan, i);
    if (ambiguous && day.isEmpty() && year.isEmpty()) {
      return;
    }
    int from = day.map(Day::from).orElse(i);
    int dayValue = day.map(Day::value).orElse(0);
    if (year.isPresent()) {
      scan.claim(
          from,
          yearAt,
          solar
              ? new Literal(List.of(scan.text(from, yearAt)), Literal.Sort.DATE)
              : date(year.getAsInt(), month, dayValue));
    } else if (thisYear && !ambiguous) {
      if (solar) {
        scan.claim(i, i, new Literal(List.of(scan.text(i, i)), Literal.Sort.DATE));
      } else {
        scan.claim(from, after + 2, new ThisYear(month, dayValue));
      }
    } else if (day.isPresent()) {
      scan.claim(from, after, new Literal(List.of(scan.text(from, after)), Literal.Sort.DATE));
    } else if (!ambiguous) {
      scan.claim(i, i, new Skip(Reason.MONTH_WITHOUT_YEAR));
    }
  }

  private static Reading date(int year, int month, int day) {
    try {
      return new Dated(new PartialDate(year, month, day));
    } catch (IllegalArgumentException e) {
      return new Skip(Reason.NOT_A_DATE); // 31 آوریل
    }
  }

  /** A year in digits at {@code i}: a plain whole number from 1 to 9999. */
  private static OptionalInt year(Scan scan, int i) {
    if (!scan.free(i) || !scan.at(i).isPlainWhole()) {
      return OptionalInt.empty();
    }
    BigDecimal v = scan.at(i).value().orElse(BigDecimal.ZERO);
    return v.signum() > 0 && v.compareTo(LAST_YEAR) <= 0
        ? OptionalInt.of(v.intValue())
        : OptionalInt.empty();
  }

  /**
   * The day before the month name at {@code month}: digits, number words (بیست و یک) or an ordinal
   * (دوازدهم, اول), from 1 to 31; the longest such run wins.
   */
  private static Optional<Day> day(Scan scan, int month) {
    for (int from = Math.max(0, month - 5); from < month; from++) {
      if (!scan.free(from, month - 1) || scan.key(from).equals("و")) {
        continue;
      }
      StringBuilder keys = new StringBuilder();
      boolean numbers = true;
      for (int k = from; k < month; k++) {
        // Only the last word may be an ordinal; the others are numbers or the و between them.
        numbers &= k == month - 1 || scan.number(k) || scan.key(k).equals("و");
        keys.append(scan.key(k)).append(' ');
      }
      if (!numbers || !scan.at(month - 1).isNumeral() && !scan.at(month - 1).isWord()) {
        continue;
      }
      OptionalInt value = dayValue(keys.toString().strip());
      if (value.isPresent()) {
        return Optional.of(new Day(from, value.getAsInt()));
      }
    }
    return Optional.empty();
  }

  /** A cardinal (دوازده) or an ordinal (دوازدهم, بیست و سوم, اول) day, from 1 to 31. */
  private static OptionalInt dayValue(String keys) {
    String cardinal =
        keys.equals("اول")
            ? "یک"
            : keys.endsWith("سوم")
                ? keys.substring(0, keys.length() - 3) + "سه"
                : keys.endsWith("م") ? keys.substring(0, keys.length() - 1) : keys;
    return NumberReader.read(keys)
        .or(() -> NumberReader.read(cardinal))
        .filter(v -> v.scale() <= 0 && v.signum() > 0 && v.compareTo(BigDecimal.valueOf(31)) <= 0)
        .map(v -> OptionalInt.of(v.intValue()))
        .orElse(OptionalInt.empty());
  }
}
