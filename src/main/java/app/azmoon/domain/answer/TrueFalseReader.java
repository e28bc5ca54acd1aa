package app.azmoon.domain.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a typed true/false answer as a teacher does: a word or mark for true or false, the exam
 * sheet's «ص» and «غ», or a short sentence saying it — «درست است», «صحیح نیست», "it is not true".
 *
 * <p>A negation turns the word it belongs to around: Persian «نیست» the word before it («درست نیست»
 * is false, «نادرست نیست» true), English "not" the word after it. When an answer says more than
 * once, every part must agree («نه، درست نیست» is false); double-talk such as «درست نادرست» or «بله
 * غلط است», and any other word, reads as nothing.
 */
final class TrueFalseReader {
  private static final Set<String> TRUE_WORDS =
      AnswerChecker.keys(
          "درست", "صحیح", "بله", "آری", "آره", "درسته", "ص", "true", "t", "yes", "y", "correct",
          "right");
  private static final Set<String> FALSE_WORDS =
      AnswerChecker.keys(
          "غلط",
          "نادرست",
          "خیر",
          "نه",
          "نخیر",
          "اشتباه",
          "غ",
          "false",
          "f",
          "no",
          "n",
          "wrong",
          "incorrect");
  private static final Set<String> TRUE_MARKS = Set.of("✓", "✔", "☑", "✅");
  private static final Set<String> FALSE_MARKS = Set.of("✗", "✘", "×", "☓", "❌", "❎");

  /** Words that only state: «است», «می‌باشد», "it is", "it's" (its "s"). */
  private static final Set<String> COPULAS =
      AnswerChecker.keys(
          "است", "هست", "می", "باشد", "it", "is", "s", "that", "this", "statement", "این");

  /** Persian negation, after the word it negates: «نیست», «نمی‌باشد» (its «نمی»). */
  private static final Set<String> NEGATES_BEFORE = AnswerChecker.keys("نیست", "نمی");

  /** English negation, before the word it negates: "not", "isn't" (its "isn"). */
  private static final Set<String> NEGATES_AFTER = AnswerChecker.keys("not", "isn");

  private TrueFalseReader() {}

  /** What {@code answer} says, if it says true or false and nothing else. */
  static Optional<Boolean> read(String answer) {
    String mark = Normalization.fold(answer).replace(" ", "");
    String key = Normalization.key(answer);
    if (TRUE_MARKS.contains(mark) || TRUE_WORDS.contains(key)) {
      return Optional.of(true);
    } else if (FALSE_MARKS.contains(mark) || FALSE_WORDS.contains(key)) {
      return Optional.of(false);
    }
    return sentence(List.of(Normalization.text(answer).split(" ")));
  }

  /** Each word's claim, negations applied; one answer when they all agree. */
  private static Optional<Boolean> sentence(List<String> words) {
    List<Boolean> claims = new ArrayList<>();
    boolean negateNext = false;
    for (int i = 0; i < words.size(); i++) {
      String word = Normalization.key(words.get(i));
      if (TRUE_WORDS.contains(word) || FALSE_WORDS.contains(word)) {
        claims.add(TRUE_WORDS.contains(word) != negateNext);
        negateNext = false;
      } else if (NEGATES_BEFORE.contains(word) && !claims.isEmpty() && !negateNext) {
        claims.set(claims.size() - 1, !claims.get(claims.size() - 1));
      } else if (NEGATES_AFTER.contains(word) && !negateNext) {
        negateNext = true;
        if (word.equals("isn") && i + 1 < words.size() && words.get(i + 1).equals("t")) {
          i++; // "isn't": its "t" is not "t" for true
        }
      } else if (!COPULAS.contains(word)) {
        return Optional.empty();
      }
    }
    if (negateNext || claims.isEmpty() || claims.stream().distinct().count() > 1) {
      return Optional.empty();
    }
    return Optional.of(claims.get(0));
  }
}
