package app.azmoon.domain.answer;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.scoring.PartialCredit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Judges an order question: the learner lists the shown items' numbers in the right order.
 *
 * <p>Items A, B, C, D (right in that order) shown as C, A, B, D are put right by "2 3 1 4",
 * "۲،۳،۱،۴" or "2-3-1-4"; "3 2 1 4" has two items in place and earns 0.5.
 */
final class OrderChecker {
  private static final Set<String> CONJUNCTIONS = Set.of("و", "and", "then", "سپس", "بعد");

  private OrderChecker() {}

  static Verdict check(Question.Order q, String answer, Language lang, List<Integer> shown) {
    int n = q.items().size();
    String expected = expected(lang, shown);
    Optional<List<Integer>> positions = positions(answer, n);
    if (positions.isEmpty()) {
      return Verdict.wrong(Normalization.text(answer), expected);
    }
    int inPlace = 0;
    for (int k = 0; k < positions.get().size(); k++) {
      if (shown.get(positions.get().get(k) - 1) == k) {
        inPlace++;
      }
    }
    String normalized = String.join(" ", positions.get().stream().map(String::valueOf).toList());
    return Verdict.of(PartialCredit.share(inPlace, n), false, normalized, expected);
  }

  /**
   * The shown numbers in the learner's order: each once, each in range, at most {@code n} of them.
   * With nine items or fewer, digits run together ("3124") are read one by one.
   */
  static Optional<List<Integer>> positions(String answer, int n) {
    List<String> parts = Labels.parts(answer);
    if (parts.size() == 1 && n <= 9 && Labels.isNumber(parts.get(0)) && parts.get(0).length() > 1) {
      parts = parts.get(0).chars().mapToObj(c -> String.valueOf((char) c)).toList();
    }
    List<Integer> positions = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    for (String part : parts) {
      if (CONJUNCTIONS.contains(part)) {
        continue;
      }
      if (!Labels.isNumber(part) || part.length() > 6) {
        return Optional.empty();
      }
      int p = Integer.parseInt(part);
      if (p < 1 || p > n || !seen.add(p)) {
        return Optional.empty();
      }
      positions.add(p);
    }
    return positions.isEmpty() ? Optional.empty() : Optional.of(positions);
  }

  /** The shown numbers of the items in their right order. */
  private static String expected(Language lang, List<Integer> shown) {
    List<String> numbers = new ArrayList<>();
    for (int original = 0; original < shown.size(); original++) {
      numbers.add(Display.digits(shown.indexOf(original) + 1, lang));
    }
    return String.join(" ", numbers);
  }
}
