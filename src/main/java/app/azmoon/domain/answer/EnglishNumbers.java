package app.azmoon.domain.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * English number words, cardinal and ordinal, for questions that have an English prompt.
 *
 * <p>{@code EnglishNumbers.read(List.of("six", "hundred", "thirty", "five", "thousand"))} is 635000
 * (a hyphen is a word break, so "thirty-five" arrives as two words); so is "six hundred and
 * thirty-five thousand". {@code read(List.of("thirty", "eighth"))} is 38; "six thirty" is not a
 * number, as in Persian: each added part is smaller than the place before it.
 */
final class EnglishNumbers {
  private static final Pattern NUMERAL = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Map<String, Integer> UNITS = new HashMap<>();
  private static final Map<String, Integer> TENS = new HashMap<>();
  private static final Map<String, Long> SCALES =
      Map.of("thousand", 1_000L, "million", 1_000_000L, "billion", 1_000_000_000L);

  /** Ordinals that are not the cardinal plus "th". */
  private static final Map<String, String> IRREGULAR =
      Map.of(
          "first", "one",
          "second", "two",
          "third", "three",
          "fifth", "five",
          "eighth", "eight",
          "ninth", "nine",
          "twelfth", "twelve");

  static {
    List<String> units =
        List.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");
    for (int i = 0; i < units.size(); i++) {
      UNITS.put(units.get(i), i + 1);
    }
    List<String> tens =
        List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    for (int i = 0; i < tens.size(); i++) {
      TENS.put(tens.get(i), 20 + 10 * i);
    }
  }

  private EnglishNumbers() {}

  /** The number the lowercase {@code words} spell, cardinal or ordinal; empty if not one. */
  static Optional<BigDecimal> read(List<String> words) {
    if (words.isEmpty() || words.size() > 32) {
      return Optional.empty();
    }
    if (words.size() == 1 && (words.get(0).equals("zero") || words.get(0).equals("nought"))) {
      return Optional.of(BigDecimal.ZERO);
    }
    String last = words.get(words.size() - 1);
    Optional<String> cardinal = cardinalOf(last);
    if (cardinal.isPresent()) {
      List<String> asCardinal = new ArrayList<>(words.subList(0, words.size() - 1));
      asCardinal.add(cardinal.get());
      return cardinal(asCardinal);
    }
    return cardinal(words);
  }

  /** "eighth" → "eight", "thirtieth" → "thirty", "hundredth" → "hundred"; empty if no ordinal. */
  private static Optional<String> cardinalOf(String word) {
    if (IRREGULAR.containsKey(word)) {
      return Optional.of(IRREGULAR.get(word));
    }
    if (word.endsWith("ieth")) {
      String ten = word.substring(0, word.length() - 4) + "y";
      return TENS.containsKey(ten) ? Optional.of(ten) : Optional.empty();
    }
    if (word.endsWith("th")) {
      String stem = word.substring(0, word.length() - 2);
      boolean known = UNITS.containsKey(stem) || SCALES.containsKey(stem) || stem.equals("hundred");
      return known ? Optional.of(stem) : Optional.empty();
    }
    return Optional.empty();
  }

  /**
   * Groups of three places (hundreds, tens, units) closed by falling scales; "a" stands for one
   * before hundred or a scale, "and" may join parts, and a numeral may stand for a group before a
   * scale ("635 thousand", "1.5 million").
   */
  private static Optional<BigDecimal> cardinal(List<String> words) {
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal group = BigDecimal.ZERO;
    int place = 4; // 4: the group is empty; 3 hundreds, 2 tens, 1 units filled so far; 0 a numeral
    long lastScale = Long.MAX_VALUE;
    boolean joined = false; // the previous word was "and"
    for (int i = 0; i < words.size(); i++) {
      String w = words.get(i);
      if (w.equals("and")) {
        if (i == 0 || joined) {
          return Optional.empty();
        }
        joined = true;
        continue;
      }
      joined = false;
      if (w.equals("a") && i == 0 && words.size() > 1) {
        group = BigDecimal.ONE;
        place = 1;
      } else if (NUMERAL.matcher(w).matches() && place == 4 && i + 1 < words.size()) {
        group = new BigDecimal(w);
        place = 0;
      } else if (UNITS.containsKey(w)) {
        int v = UNITS.get(w);
        if (place <= (v >= 10 ? 2 : 1)) {
          return Optional.empty();
        }
        group = group.add(BigDecimal.valueOf(v));
        place = 1;
      } else if (TENS.containsKey(w)) {
        if (place <= 2) {
          return Optional.empty();
        }
        group = group.add(BigDecimal.valueOf(TENS.get(w)));
        place = 2;
      } else if (w.equals("hundred")) {
        if (place != 1 || group.compareTo(BigDecimal.TEN) >= 0) {
          return Optional.empty(); // "twelve hundred" and "thirty hundred" are not read
        }
        group = group.multiply(BigDecimal.valueOf(100));
        place = 3;
      } else if (SCALES.containsKey(w)) {
        long scale = SCALES.get(w);
        if (place == 4 || scale >= lastScale) {
          return Optional.empty();
        }
        total = total.add(group.multiply(BigDecimal.valueOf(scale)));
        lastScale = scale;
        group = BigDecimal.ZERO;
        place = 4;
      } else {
        return Optional.empty();
      }
    }
    if (joined || place == 0 || (place == 4 && lastScale == Long.MAX_VALUE)) {
      return Optional.empty();
    }
    return Optional.of(total.add(group));
  }
}
