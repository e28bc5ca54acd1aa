package app.azmoon.domain.answer;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The short lists behind {@link Frame}, as normalized keys. docs/answers.md ("Words around the
 * answer") shows them to bank authors; a word added here belongs in that table too.
 */
final class FrameWords {
  private FrameWords() {}

  /** The word after one of these in a prompt is the label it asks by: «کدام بندر» → بندر. */
  static final Set<String> ASKING = keys("کدام", "کدامین", "چه", "which", "what");

  /**
   * After these a prompt names what it counts: «چند فروند میگ», «چه تعداد هواپیما», "how many
   * MiGs".
   */
  static final Set<String> COUNTING = keys("چند", "تعداد", "many", "much");

  /**
   * Labels a learner may write before the answer when the prompt uses them anywhere: «رئیس‌جمهور
   * ترومن» where the prompt speaks of «رئیس‌جمهور آمریکا». A label the prompt does not use is not
   * taken off, so «کشور مسکو» is wrong for «کدام شهر».
   */
  static final Set<String> LABELS =
      keys(
          "شهر",
          "بندر",
          "کشور",
          "پایتخت",
          "استان",
          "جزیره",
          "رود",
          "رودخانه",
          "منطقه",
          "مدار",
          "سازمان",
          "رئیس‌جمهور",
          "رهبر",
          "ژنرال",
          "مارشال",
          "صدر",
          "نخست‌وزیر",
          "فرمانده",
          "city",
          "port",
          "country",
          "capital",
          "province",
          "island",
          "river",
          "region",
          "parallel",
          "organization",
          "president",
          "leader",
          "general",
          "marshal",
          "chairman",
          "premier",
          "commander");

  /**
   * Prepositions a learner may write before the answer when the prompt puts them before its
   * question word: «به بوسان» for «به کدام بندر», but not «از مسکو» for it. Choice options take
   * them the same way ({@link OptionTexts}).
   */
  static final Set<String> PREPOSITIONS =
      keys(
          "به", "در", "از", "تا", "با", "بر", "برای", "at", "to", "in", "on", "from", "of", "by",
          "with", "for");

  /** English articles and "of", taken off before any answer: "the port of Busan". */
  static final Set<String> ARTICLES = keys("the", "a", "an", "of");

  /** Before a date answer: «اواخر ۱۹۴۹», «پایان سال ۱۹۴۹», "late 1949", "at the end of 1949". */
  static final Set<String> DATE_WORDS =
      keys(
          "پایان",
          "اواخر",
          "اوایل",
          "اوائل",
          "اواسط",
          "آغاز",
          "ابتدای",
          "ابتدا",
          "نیمه",
          "میانه",
          "سال",
          "ماه",
          "روز",
          "تاریخ",
          "end",
          "late",
          "early",
          "mid",
          "middle",
          "beginning",
          "start",
          "year",
          "month",
          "day",
          "date",
          "at",
          "the",
          "of",
          "in",
          "on");

  /**
   * Classifiers: words that count things, accepted after the number of a question whose unit is
   * none or one of them (so «۳۸ فروند» stays wrong for degrees, and «۶۳۵ هزار فروند» for tons).
   */
  static final Set<String> CLASSIFIERS =
      keys(
          "فروند",
          "نفر",
          "عدد",
          "تا",
          "دستگاه",
          "قبضه",
          "عراده",
          "فقره",
          "مورد",
          "دانه",
          "رأس",
          "aircraft",
          "planes",
          "units",
          "pieces",
          "people",
          "persons");

  /** Endings a counted noun may take: plural, ezafe, indefinite («هواپیماهای», «فروندی», MiGs). */
  static final List<String> ENDINGS =
      List.of("هایی", "های", "ها", "یی", "ای", "ی", "ان", "es", "s");

  /** Words that end the counted phrase in a prompt (prepositions, verbs' helpers). */
  static final Set<String> COUNT_ENDS =
      keys(
          "به", "در", "را", "که", "با", "بر", "برای", "نیز", "هم", "did", "do", "does", "were",
          "was", "are", "is", "had", "has", "have", "in", "on", "at", "to", "by", "with", "from");

  /** Words in the counted phrase that are not nouns: «چند فروند از هواپیماها», "tons of bombs". */
  static final Set<String> COUNT_SKIPS = keys("از", "و", "of", "the", "their", "and");

  /** Zero on its own or before a counted noun: «هیچ», «هیچ هواپیمایی», "none". */
  static final Set<String> ZERO = keys("هیچ", "هیچی", "هیچ‌کدام", "هیچ‌یک", "صفر");

  static final Set<String> ZERO_EN = keys("none", "nothing", "nil", "zero");

  /** Zero only before a noun: «بدون تلفات», "no losses"; «بدون» alone is no answer. */
  static final Set<String> WITHOUT = keys("بدون");

  static final Set<String> WITHOUT_EN = keys("no", "without");

  /** Nouns of loss, read after a zero word only: «بدون تلفات», «هیچ خسارتی». */
  static final Set<String> LOSSES =
      keys("تلفات", "خسارت", "ضایعات", "losses", "loss", "casualties", "casualty");

  /** What follows a number to make it an ordinal: «۳۸ام», «۳۸مین», "38th". */
  static final Set<String> ORDINAL_ENDINGS = keys("ام", "م", "مین", "امین", "th", "st", "nd", "rd");

  private static Set<String> keys(String... words) {
    return Stream.of(words).map(Normalization::key).collect(Collectors.toUnmodifiableSet());
  }
}
