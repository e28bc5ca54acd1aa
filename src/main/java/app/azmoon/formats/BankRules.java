package app.azmoon.formats;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of docs/bank-format.md that the domain's records leave to the bank reader, checked on
 * an imported question so that the bank written from it loads: at most ten options, no option or
 * match side twice, no control characters but line breaks and tabs.
 */
final class BankRules {
  static final int MAX_CHOICES = 10;

  private BankRules() {}

  static void check(Question q) {
    texts(q.info().prompt());
    q.info().explanation().ifPresent(BankRules::texts);
    if (q instanceof Question.Choice c) {
      if (c.choices().size() > MAX_CHOICES) {
        throw new IllegalArgumentException(
            "a choice question has at most " + MAX_CHOICES + " options, not " + c.choices().size());
      }
      distinct(
          c.choices().stream().map(t -> t.in(Language.FA)).toList(), "two options are the same");
    } else if (q instanceof Question.Match m) {
      distinct(
          m.pairs().stream().map(p -> p.left().in(Language.FA)).toList(),
          "two left sides are the same");
      distinct(
          m.pairs().stream().map(p -> p.right().in(Language.FA)).toList(),
          "two right sides are the same");
    }
  }

  private static void texts(Text text) {
    String value = text.in(Language.FA);
    if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
      throw new IllegalArgumentException("a text holds a control character");
    }
  }

  private static void distinct(List<String> values, String message) {
    Set<String> seen = new HashSet<>();
    for (String value : values) {
      texts(Text.of(Language.EN, value));
      if (!seen.add(value)) {
        throw new IllegalArgumentException(message + ": \"" + value + "\"");
      }
    }
  }
}
