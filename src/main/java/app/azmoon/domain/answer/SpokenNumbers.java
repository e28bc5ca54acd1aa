package app.azmoon.domain.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Numbers as learners say them beyond the cardinals of {@link NumberReader}: Persian and numeral
 * ordinals, and English words when the question has an English prompt.
 *
 * <p>{@code SpokenNumbers.read(List.of("سی", "و", "هشتم"), false)} is 38, as are [38, ام], [38, th]
 * and, with {@code english}, [thirty, eighth]. Only whole numbers are ordinals.
 */
final class SpokenNumbers {
  private static final Set<String> FIRST = Set.of("اول", "اولین", "نخست", "نخستین");

  private SpokenNumbers() {}

  /**
   * «سی و هشتم», «سی و هشتمین», «۳۸ام», "38th", «اول», and with an English prompt "thirty-eighth"
   * and "six hundred thirty-five thousand"; whole numbers only.
   */
  static Optional<BigDecimal> read(List<String> words, boolean english) {
    int n = words.size();
    String last = words.get(n - 1);
    List<String> before = words.subList(0, n - 1);
    if (n >= 2 && FrameWords.ORDINAL_ENDINGS.contains(last)) {
      return whole(before, english);
    }
    if (n == 1 && FIRST.contains(last)) {
      return Optional.of(BigDecimal.ONE);
    }
    String stem =
        last.equals("سوم") || last.equals("سومین")
            ? "سه"
            : last.endsWith("مین")
                ? last.substring(0, last.length() - 3)
                : last.endsWith("م") ? last.substring(0, last.length() - 1) : "";
    Optional<BigDecimal> v = Optional.empty();
    if (!stem.isEmpty()) {
      v = whole(with(before, stem), english);
      if (v.isEmpty() && stem.endsWith("ا") && stem.length() > 1) { // سی‌ام glued: سیام
        v = whole(with(before, stem.substring(0, stem.length() - 1)), english);
      }
    }
    return v.isPresent() || !english ? v : EnglishNumbers.read(words);
  }

  private static List<String> with(List<String> words, String last) {
    List<String> all = new ArrayList<>(words);
    all.add(last);
    return all;
  }

  private static Optional<BigDecimal> whole(List<String> words, boolean english) {
    if (words.isEmpty()) {
      return Optional.empty();
    }
    return NumberReader.read(String.join(" ", words))
        .or(() -> english ? EnglishNumbers.read(words) : Optional.empty())
        .filter(v -> v.signum() >= 0 && v.stripTrailingZeros().scale() <= 0);
  }
}
