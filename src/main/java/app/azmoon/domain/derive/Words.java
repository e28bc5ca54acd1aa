package app.azmoon.domain.derive;

import app.azmoon.domain.answer.MonthNames;
import app.azmoon.domain.answer.Normalization;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words around a number that say what it is: a year, a name, a vague amount, the noun it
 * counts. All compared as normalized keys ({@link Normalization#key}).
 */
final class Words {
  private Words() {}

  /** Before a numeral, these make it part of a name: میگ ۱۵, بی ۲۹, تی ۳۴. */
  static final Set<String> MODEL_PREFIXES =
      keys(
          "میگ",
          "بی",
          "تی",
          "اف",
          "سو",
          "سوخو",
          "سوخوی",
          "یاک",
          "توپولف",
          "ایلیوشین",
          "بوئینگ",
          "ایرباس");

  /** Before a number: no exact amount follows (صدها هزار, چند هزار). */
  static final Set<String> VAGUE_BEFORE =
      keys("چند", "چندین", "صدها", "دهها", "هزاران", "هزارها", "میلیونها", "میلیاردها");

  /** Right after a number word: a plural, so not an exact amount (صدها, ده‌ها). */
  static final Set<String> PLURALS = keys("ها", "های", "هایی", "هاي");

  /** After a number, these make it a year: ۱۹۵۰ میلادی, ۱۳۵۷ ش. */
  static final Set<String> CALENDARS =
      keys("میلادی", "شمسی", "خورشیدی", "هجری", "قمری", "م", "ه", "ق", "ش");

  /** Before a plain four-digit number, these make it a year: در ۱۹۵۰, تا ۱۹۵۳, اواخر ۱۹۴۹. */
  static final Set<String> YEAR_BEFORE =
      keys(
          "سال", "در", "از", "تا", "به", "اواخر", "اوایل", "اواسط", "پایان", "آغاز", "ابتدای",
          "ابتدا", "انتهای", "طی", "دهه", "سالهای", "in", "from", "to", "until", "since", "by");

  /** Words meaning "this year" or "that year" before سال. */
  static final Set<String> THIS = keys("این", "همین", "آن", "همان");

  /** Ordinal suffixes written apart from a number: ۲۰‌ام, سی‌امین, ۳۸مین. */
  static final Set<String> ORDINAL_SUFFIXES = keys("ام", "امین", "مین");

  /** The second word of a counted noun written in two: بمب افکن, اسکورت کننده. */
  static final Set<String> NOUN_TAILS = keys("افکن", "افکنها", "کننده", "کنندگان", "پیما");

  static final Set<String> PERCENT_WORDS = keys("درصد");

  /** After a number these are never the noun it counts: particles, prepositions, verbs. */
  static final Set<String> NOT_A_NOUN =
      keys(
          "و", "در", "به", "از", "که", "را", "تا", "با", "بر", "برای", "یا", "هم", "نیز", "این",
          "آن", "همین", "همان", "است", "بود", "شد", "بودند", "شدند", "هستند", "بوده", "شده", "اند",
          "کرد", "کردند", "دارد", "داشت", "داشتند", "می", "نمی", "ها", "های", "هایی", "ی", "ای",
          "اش", "پس", "پیش", "قبل", "بعد", "بیش", "کمتر", "بیشتر", "حدود", "تقریبا", "حتی", "اما",
          "ولی", "نه", "چون", "اگر", "هر", "همه", "آنها", "او", "ما", "شما", "من", "ایشان", "خود",
          "the", "a", "an", "and", "or", "of", "in", "on", "at", "to", "from", "by", "was", "were",
          "is", "are");

  /** Unit words that start a weekday's name: پنج شنبه is Thursday, not five. */
  static final Set<String> WEEKDAY_TAIL = keys("شنبه");

  /** A lone یک is the article "a"; a lone نه is "no". */
  static final Map<String, Reason> AMBIGUOUS_ALONE =
      Map.of(
          Normalization.key("یک"),
          Reason.ARTICLE,
          Normalization.key("یه"),
          Reason.ARTICLE,
          Normalization.key("نه"),
          Reason.NEGATION);

  /** Month names that are also ordinary words, read as months only next to a number. */
  private static final Set<String> AMBIGUOUS_MONTHS =
      keys("می", "مه", "جون", "تیر", "مهر", "دی", "آذر", "بهمن", "اسفند", "امرداد");

  /** The Solar Hijri month (1–12) a word names, in Iran's names ({@link MonthNames}). */
  static OptionalInt solarHijriMonth(String key) {
    return MonthNames.iranianMonth(key);
  }

  static boolean ambiguousMonth(String key) {
    return AMBIGUOUS_MONTHS.contains(key);
  }

  static Set<String> keys(String... words) {
    return Stream.of(words).map(Normalization::key).collect(Collectors.toUnmodifiableSet());
  }
}
