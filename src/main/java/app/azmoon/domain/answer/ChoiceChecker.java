package app.azmoon.domain.answer;

import app.azmoon.domain.answer.OptionPicks.Picks;
import app.azmoon.domain.answer.TextMatcher.Known;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.domain.scoring.PartialCredit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges a choice question: the learner names shown options by number, letter or text.
 *
 * <p>With options shown as (1) لنین (2) استالین (3) ترومن and استالین right, "2", "۲", "b", "ب",
 * "گزینه ۲" and "استالین" are all right, and so is «رهبر استالین» when the prompt asks «کدام رهبر».
 * A select-all question takes any separator: "1,3", "۱ و ۳", "3 1", "a c", "الف، ج", «استالین و
 * ترومن».
 */
final class ChoiceChecker {
  private ChoiceChecker() {}

  static Verdict check(Question.Choice q, String answer, Language lang, List<Integer> shown) {
    String expected = expected(q, lang, shown);
    OptionTexts options = OptionTexts.of(known(q, shown), q.info().prompt());
    Optional<Picks> picks = OptionPicks.read(answer, options, shown.size(), q.selectAll());
    if (picks.isEmpty()) {
      return Verdict.wrong(Normalization.text(answer), expected);
    }
    int right = 0;
    int wrong = 0;
    double weights = 0;
    for (int position : picks.get().positions()) {
      boolean inRange = position >= 1 && position <= shown.size();
      if (inRange && q.correct().contains(shown.get(position - 1))) {
        right++;
      } else {
        wrong++;
      }
      weights += inRange && !q.credits().isEmpty() ? q.credits().get(shown.get(position - 1)) : 0;
    }
    double credit;
    if (!q.credits().isEmpty()) {
      // Moodle's rule: one pick earns its weight; several, the sum of theirs; never below 0.
      int picked = picks.get().positions().size();
      credit = q.selectAll() || picked == 1 ? Math.max(0, Math.min(1, weights)) : 0;
      credit = q.selectAll() && credit > 0.99 ? 1 : credit; // 3 × 0.33333 is all of it
    } else {
      credit =
          q.selectAll()
              ? PartialCredit.selectAll(right, wrong, q.correct().size())
              : (right == 1 && wrong == 0 ? 1 : 0);
    }
    String normalized =
        String.join(", ", picks.get().positions().stream().map(String::valueOf).toList());
    return Verdict.of(credit, picks.get().typo() && right > 0, normalized, expected);
  }

  /**
   * Every option's text in both languages, and the other forms the bank lists for it, designating
   * its shown position.
   */
  private static List<Known> known(Question.Choice q, List<Integer> shown) {
    List<Known> known = new ArrayList<>();
    for (int position = 1; position <= shown.size(); position++) {
      Text text = q.choices().get(shown.get(position - 1));
      int p = position;
      text.fa().ifPresent(t -> known.add(new Known(t, p)));
      text.en().ifPresent(t -> known.add(new Known(t, p)));
      q.alsoFor(shown.get(position - 1)).forEach(t -> known.add(new Known(t, p)));
    }
    return known;
  }

  private static String expected(Question.Choice q, Language lang, List<Integer> shown) {
    List<String> right = new ArrayList<>();
    for (int position = 1; position <= shown.size(); position++) {
      int original = shown.get(position - 1);
      if (q.correct().contains(original)) {
        right.add("(" + Display.digits(position, lang) + ") " + q.choices().get(original).in(lang));
      }
    }
    return String.join(lang == Language.FA ? "؛ " : "; ", right);
  }
}
