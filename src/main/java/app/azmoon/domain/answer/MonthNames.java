package app.azmoon.domain.answer;

import app.azmoon.domain.question.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Gregorian month names in Persian (CLDR and common spellings) and English, by normalized key.
 *
 * <p>{@code MonthNames.month("ژوئن")}, {@code month("جون")} and {@code month("Jun")} are all 6.
 * Only where a date is expected: مه and می are ordinary words anywhere else (the date reader, and
 * the deriver where a number stands next to the name).
 */
public final class MonthNames {
  private static final List<List<String>> NAMES =
      List.of(
          List.of("ژانویه", "جنوری", "ژانویهٔ", "january", "jan"),
          List.of("فوریه", "فبروری", "فوریهٔ", "february", "feb"),
          List.of("مارس", "مارچ", "march", "mar"),
          List.of("آوریل", "اپریل", "آپریل", "april", "apr"),
          List.of("مه", "می", "مهٔ", "may"),
          List.of("ژوئن", "ژوین", "جون", "june", "jun"),
          List.of("ژوئیه", "ژوییه", "جولای", "ژوئیهٔ", "july", "jul"),
          List.of("اوت", "آگوست", "اگست", "اگوست", "august", "aug"),
          List.of("سپتامبر", "سپتمبر", "september", "sep", "sept"),
          List.of("اکتبر", "اکتوبر", "october", "oct"),
          List.of("نوامبر", "نومبر", "november", "nov"),
          List.of("دسامبر", "دسمبر", "december", "dec"));

  private static final List<String> PERSIAN_DISPLAY =
      List.of(
          "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
          "نوامبر", "دسامبر");
  private static final List<String> ENGLISH_DISPLAY =
      List.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December");

  private static final Map<String, Integer> BY_KEY = new HashMap<>();

  static {
    for (int m = 0; m < NAMES.size(); m++) {
      for (String name : NAMES.get(m)) {
        BY_KEY.put(Normalization.key(name), m + 1);
      }
    }
  }

  private MonthNames() {}

  /** The month (1–12) a single word names, compared as a normalized key. */
  public static OptionalInt month(String word) {
    Integer m = BY_KEY.get(Normalization.key(word));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** The month's name as Azmoon prints it: CLDR's Persian name, or the English name. */
  static String display(int month, Language language) {
    return (language == Language.FA ? PERSIAN_DISPLAY : ENGLISH_DISPLAY).get(month - 1);
  }
}
