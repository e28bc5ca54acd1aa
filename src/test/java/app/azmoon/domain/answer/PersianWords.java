package app.azmoon.domain.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A test-side writer of Persian number words, independent of the reader's vocabulary, that picks
 * among the spellings people type: ششصد or شش صد, هزار or یک هزار, پونزده, و with spaces, a ZWNJ or
 * nothing.
 *
 * <p>{@code PersianWords.write(635_000, random)} may give "ششصد و سی و پنج هزار" or "شیش‌صد و
 * سی‌و‌پنج هزار".
 */
final class PersianWords {
  private static final String[] UNITS = {
    "", "یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت", "نه"
  };
  private static final String[][] TEENS = {
    {"ده"},
    {"یازده"},
    {"دوازده"},
    {"سیزده"},
    {"چهارده", "چارده"},
    {"پانزده", "پونزده"},
    {"شانزده", "شونزده"},
    {"هفده"},
    {"هجده", "هیجده"},
    {"نوزده"}
  };
  private static final String[] TENS = {
    "", "", "بیست", "سی", "چهل", "پنجاه", "شصت", "هفتاد", "هشتاد", "نود"
  };
  private static final String[][] HUNDREDS = {
    {},
    {"صد", "یکصد", "یک صد", "یک\u200Cصد"},
    {"دویست"},
    {"سیصد"},
    {"چهارصد", "چهار صد", "چارصد"},
    {"پانصد", "پونصد"},
    {"ششصد", "شش صد", "شیشصد", "شش\u200Cصد"},
    {"هفتصد", "هفت صد"},
    {"هشتصد", "هشت صد"},
    {"نهصد", "نه صد"}
  };
  private static final String[] SCALES = {"", "هزار", "میلیون", "میلیارد", "تریلیون"};
  private static final String[] CONNECTORS = {
    " و ", " و ", " و ", "\u200Cو\u200C", " و\u200C", "و"
  };

  private PersianWords() {}

  /** {@code n} (0 to 10^15 − 1) in words, spelling variants picked by {@code random}. */
  static String write(long n, RandomGenerator random) {
    if (n == 0) {
      return "صفر";
    }
    List<String> parts = new ArrayList<>();
    long rest = n;
    List<Integer> groups = new ArrayList<>();
    while (rest > 0) {
      groups.add((int) (rest % 1000));
      rest /= 1000;
    }
    for (int scale = groups.size() - 1; scale >= 0; scale--) {
      int g = groups.get(scale);
      if (g == 0) {
        continue;
      }
      if (scale == 0) {
        parts.add(group(g, random));
      } else if (g == 1 && scale == 1 && random.nextBoolean()) {
        parts.add(SCALES[scale]); // "هزار" alone, for one thousand
      } else {
        parts.add(group(g, random) + " " + SCALES[scale]);
      }
    }
    return join(parts, random);
  }

  private static String group(int g, RandomGenerator random) {
    List<String> parts = new ArrayList<>();
    if (g >= 100) {
      parts.add(pick(HUNDREDS[g / 100], random));
    }
    int t = g % 100;
    if (t >= 10 && t < 20) {
      parts.add(pick(TEENS[t - 10], random));
    } else {
      if (t >= 20) {
        parts.add(TENS[t / 10]);
      }
      if (t % 10 > 0) {
        String unit = UNITS[t % 10];
        parts.add(unit.equals("شش") && random.nextInt(4) == 0 ? "شیش" : unit);
      }
    }
    return join(parts, random);
  }

  private static String join(List<String> parts, RandomGenerator random) {
    StringBuilder out = new StringBuilder(parts.get(0));
    for (int i = 1; i < parts.size(); i++) {
      out.append(CONNECTORS[random.nextInt(CONNECTORS.length)]).append(parts.get(i));
    }
    return out.toString();
  }

  private static String pick(String[] options, RandomGenerator random) {
    return options[random.nextInt(options.length)];
  }
}
