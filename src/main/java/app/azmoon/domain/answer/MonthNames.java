package app.azmoon.domain.answer;

import app.azmoon.domain.question.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;

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

  /** A Solar Hijri month's names: as Iran writes it (the first is printed), in Dari, in Latin. */
  private record Solar(List<String> iran, List<String> dari, List<String> latin) {
    List<String> all() {
      return Stream.of(iran, dari, latin).flatMap(List::stream).toList();
    }
  }

  private static final List<Solar> SOLAR =
      List.of(
          new Solar(List.of("فروردین"), List.of("حمل"), List.of("farvardin")),
          new Solar(List.of("اردیبهشت"), List.of("ثور"), List.of("ordibehesht")),
          new Solar(List.of("خرداد"), List.of("جوزا", "جوزاء"), List.of("khordad")),
          new Solar(List.of("تیر"), List.of("سرطان"), List.of("tir")),
          new Solar(List.of("مرداد", "امرداد"), List.of("اسد"), List.of("amordad", "mordad")),
          new Solar(List.of("شهریور"), List.of("سنبله"), List.of("shahrivar")),
          new Solar(List.of("مهر"), List.of("میزان"), List.of("mehr")),
          new Solar(List.of("آبان"), List.of("عقرب"), List.of("aban")),
          new Solar(List.of("آذر"), List.of("قوس"), List.of("azar")),
          new Solar(List.of("دی"), List.of("جدی"), List.of("dey")),
          new Solar(List.of("بهمن"), List.of("دلو"), List.of("bahman")),
          new Solar(List.of("اسفند"), List.of("حوت"), List.of("esfand")));

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
  private static final Map<String, Integer> SOLAR_BY_KEY =
      byKey(SOLAR.stream().map(Solar::all).toList());
  private static final Map<String, Integer> IRAN_BY_KEY =
      byKey(SOLAR.stream().map(Solar::iran).toList());

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

  /**
   * The Solar Hijri month (1–12) a word names in Iran's names only: for reading running text, where
   * the Dari names (میزان, قوس, اسد…) are far more often ordinary words.
   */
  public static OptionalInt iranianMonth(String word) {
    Integer m = IRAN_BY_KEY.get(Normalization.key(word));
    return m == null ? OptionalInt.empty() : OptionalInt.of(m);
  }

  /** The Solar Hijri month's name as Azmoon prints it: Iran's name, or its English spelling. */
  public static String solarDisplay(int month, Language language) {
    Solar names = SOLAR.get(month - 1);
    String name =
        language == Language.FA ? names.iran().get(0) : names.latin().get(names.latin().size() - 1);
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
