package app.azmoon.domain.answer;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.scoring.PartialCredit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Judges a match question: the learner pairs shown left items (numbered) with shown right items
 * (lettered).
 *
 * <p>With pairs (Stalin, USSR) and (Truman, USA) and the right column shown as USA, USSR, "1-b
 * 2-a", "۱ب ۲الف", "1b, 2a" and "b1 a2" are all right; "1-b 2-b" has one right pair and earns 0.5.
 */
final class MatchChecker {
  private static final Set<String> CONJUNCTIONS = Set.of("و", "and");

  private MatchChecker() {}

  /** A left number and a right letter, as shown (1-based). */
  private record Pair(int left, int right) {}

  static Verdict check(
      Question.Match q, String answer, Language lang, List<Integer> left, List<Integer> right) {
    int n = q.pairs().size();
    String expected = expected(lang, left, right);
    Optional<List<Pair>> pairs = pairs(Labels.parts(answer));
    if (pairs.isEmpty()) {
      return Verdict.wrong(Normalization.text(answer), expected);
    }
    Map<Integer, List<Integer>> byLeft = new LinkedHashMap<>();
    for (Pair p : pairs.get()) {
      byLeft.computeIfAbsent(p.left(), k -> new ArrayList<>()).add(p.right());
    }
    int rightPairs = 0;
    for (Map.Entry<Integer, List<Integer>> e : byLeft.entrySet()) {
      // A left item paired twice is not right, even if one of its pairs is.
      int l = e.getKey();
      if (e.getValue().size() == 1 && inRange(l, n) && inRange(e.getValue().get(0), n)) {
        rightPairs += left.get(l - 1).equals(right.get(e.getValue().get(0) - 1)) ? 1 : 0;
      }
    }
    List<String> shown = new ArrayList<>();
    for (Pair p : pairs.get()) {
      shown.add(p.left() + "-" + Labels.letterFor(p.right(), Language.EN));
    }
    return Verdict.of(PartialCredit.share(rightPairs, n), false, String.join(" ", shown), expected);
  }

  private static boolean inRange(int position, int n) {
    return position >= 1 && position <= n;
  }

  /**
   * Reads number–letter pairs in either order ("1b", "b1"); the first pair sets the order. و is
   * "and" where a pair may start, but the letter و where a letter is due.
   */
  private static Optional<List<Pair>> pairs(List<String> parts) {
    List<Pair> pairs = new ArrayList<>();
    Boolean numberFirst = null;
    int i = 0;
    while (i < parts.size()) {
      String first = parts.get(i);
      boolean nextIsNumber = i + 1 < parts.size() && Labels.isNumber(parts.get(i + 1));
      if (CONJUNCTIONS.contains(first) && (Boolean.TRUE.equals(numberFirst) || !nextIsNumber)) {
        i++;
        continue;
      }
      if (i + 1 >= parts.size()) {
        return Optional.empty();
      }
      String second = parts.get(i + 1);
      boolean thisNumberFirst = Labels.isNumber(first);
      if (numberFirst != null && numberFirst != thisNumberFirst) {
        return Optional.empty();
      }
      numberFirst = thisNumberFirst;
      String number = thisNumberFirst ? first : second;
      String letter = thisNumberFirst ? second : first;
      OptionalInt l = Labels.isNumber(number) ? OptionalInt.of(parse(number)) : OptionalInt.empty();
      OptionalInt r = Labels.letter(letter);
      if (l.isEmpty() || r.isEmpty()) {
        return Optional.empty();
      }
      pairs.add(new Pair(l.getAsInt(), r.getAsInt()));
      i += 2;
    }
    return pairs.isEmpty() ? Optional.empty() : Optional.of(pairs);
  }

  private static int parse(String digits) {
    return digits.length() > 6 ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }

  /** Each shown left number with the letter of its right partner as shown. */
  private static String expected(Language lang, List<Integer> left, List<Integer> right) {
    List<String> pairs = new ArrayList<>();
    for (int l = 0; l < left.size(); l++) {
      int partner = right.indexOf(left.get(l)) + 1;
      pairs.add(Display.digits(l + 1, lang) + "-" + Labels.letterFor(partner, lang));
    }
    return String.join(" ", pairs);
  }
}
