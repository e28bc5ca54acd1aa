package app.azmoon.domain.answer;

import app.azmoon.domain.question.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Month names by normalized key: Gregorian ones in Persian (CLDR and common spellings) and English;
 * Solar Hijri ones as Iran names them (فروردین…اسفند) and as Afghanistan does in Dari, by the signs
 * of the zodiac (حمل…حوت).
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

  /** Solar Hijri months: the Iranian name first, then variants, the Dari name and a spelling. */
  private static final List<List<String>> SOLAR =
      List.of(
          List.of("فروردین", "حمل", "farvardin"),
          List.of("اردیبهشت", "ثور", "ordibehesht"),
          List.of("خرداد", "جوزا", "جوزاء", "khordad"),
          List.of("تیر", "سرطان", "tir"),
          List.of("مرداد", "امرداد", "اسد", "amordad", "mordad"),
          List.of("شهریور", "سنبله", "shahrivar"),
          List.of("مهر", "میزان", "mehr"),
          List.of("آبان", "عقرب", "aban"),
          List.of("آذر", "قوس", "azar"),
          List.of("دی", "جدی", "dey"),
          List.of("بهمن", "دلو", "bahman"),
          List.of("اسفند", "حوت", "esfand"));

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

  private static final Map<String, Integer> BY_KEY = byKey(NAMES);
  private static final Map<String, Integer> SOLAR_BY_KEY = byKey(SOLAR);

  private MonthNames() {}

  /** The month (1–12) a single word names, compared as a normalized key. */
  public static OptionalInt month(String word) {
    Integer m = BY_KEY.get(Normalization.key(word));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /**
   * The Solar Hijri month (1–12) a single word names, in Iran's names or Afghanistan's. Many are
   * also ordinary words (مهر, تیر, دی, میزان, قوس): read them only where a date is expected.
   */
  public static OptionalInt solarMonth(String word) {
    Integer m = SOLAR_BY_KEY.get(Normalization.key(word));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** The Solar Hijri month's name as Azmoon prints it: Iran's name, or its English spelling. */
  public static String solarDisplay(int month, Language language) {
    List<String> names = SOLAR.get(month - 1);
    String name = language == Language.FA ? names.get(0) : names.get(names.size() - 1);
    return language == Language.FA
        ? name
        : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }

  private static Map<String, Integer> byKey(List<List<String>> names) {
    Map<String, Integer> byKey = new HashMap<>();
    for (int m = 0; m < names.size(); m++) {
      for (String name : names.get(m)) {
        byKey.put(Normalization.key(name), m + 1);
      }
    }
    return Map.copyOf(byKey);
  }

  /** The month's name as Azmoon prints it: CLDR's Persian name, or the English name. */
  static String display(int month, Language language) {
    return (language == Language.FA ? PERSIAN_DISPLAY : ENGLISH_DISPLAY).get(month - 1);
  }
}
