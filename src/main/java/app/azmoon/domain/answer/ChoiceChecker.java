package app.azmoon.domain.answer;

import app.azmoon.domain.answer.TextMatcher.Found;
import app.azmoon.domain.answer.TextMatcher.Known;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.domain.scoring.PartialCredit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges a choice question: the learner names shown options by number, letter or text.
 *
 * <p>With options shown as (1) لنین (2) استالین (3) ترومن and استالین right, "2", "۲", "b", "ب",
 * "گزینه ۲" and "استالین" are all right. A select-all question takes any separator: "1,3", "۱ و ۳",
 * "3 1", "a c", "الف، ج".
 */
final class ChoiceChecker {
  /** Separators between whole option texts; a space is not one, as texts have spaces. */
  private static final Pattern PIECES = Pattern.compile("[,،;؛\\n|+/]+");

  private static final Set<String> CONJUNCTIONS = Set.of("و", "and", "or", "یا");
  private static final Set<String> OPTION_WORDS =
      Set.of("گزینه", "گزینههای", "option", "options", "choice", "choices");
  private static final Set<String> AFTER_OPTION_WORD = Set.of("ی", "ها", "های");

  private ChoiceChecker() {}

  /** The picks read from an answer: shown positions (1-based, perhaps out of range). */
  private record Picks(Set<Integer> positions, boolean typo) {}

  static Verdict check(Question.Choice q, String answer, Language lang, List<Integer> shown) {
    String expected = expected(q, lang, shown);
    Optional<Picks> picks = read(q, answer, shown);
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

  private static Optional<Picks> read(Question.Choice q, String answer, List<Integer> shown) {
    int n = shown.size();
    List<String> parts = withoutOptionWords(Labels.parts(answer));
    Optional<Set<Integer>> labels = labels(parts, q.selectAll());
    boolean labelsInRange =
        labels.isPresent() && labels.get().stream().allMatch(p -> p >= 1 && p <= n);
    if (labelsInRange && (q.selectAll() || labels.get().size() == 1)) {
      return Optional.of(new Picks(labels.get(), false));
    }
    Optional<Found> whole = text(answer, q, shown);
    if (whole.isPresent()) {
      return Optional.of(new Picks(Set.of(whole.get().target()), whole.get().typo()));
    }
    if (q.selectAll()) {
      Optional<Picks> pieces = pieces(q, answer, shown);
      if (pieces.isPresent()) {
        return pieces;
      }
    }
    // Several labels for one answer, or a number past the last option: read, and wrong.
    return labels.map(l -> new Picks(l, false));
  }

  /** Each piece between separators is labels or one option's text: "استالین، ترومن". */
  private static Optional<Picks> pieces(Question.Choice q, String answer, List<Integer> shown) {
    Set<Integer> positions = new LinkedHashSet<>();
    boolean typo = false;
    for (String piece : PIECES.split(Normalization.fold(answer))) {
      if (Normalization.key(piece).isEmpty()) {
        continue;
      }
      Optional<Set<Integer>> labels = labels(withoutOptionWords(Labels.parts(piece)), true);
      if (labels.isPresent()) {
        positions.addAll(labels.get());
        continue;
      }
      Optional<Found> found = text(piece, q, shown);
      if (found.isEmpty()) {
        return Optional.empty();
      }
      positions.add(found.get().target());
      typo |= found.get().typo();
    }
    return positions.isEmpty() ? Optional.empty() : Optional.of(new Picks(positions, typo));
  }

  /**
   * The option an answer names by its text, or by its label and text together as shown ("۲)
   * استالین"), when both name the same option.
   */
  private static Optional<Found> text(String answer, Question.Choice q, List<Integer> shown) {
    List<Known> known = known(q, shown);
    Optional<Found> found = TextMatcher.designate(answer, known, true);
    List<String> parts = withoutOptionWords(Labels.parts(answer));
    if ((found.isPresent() && !found.get().typo()) || parts.size() < 2) {
      return found;
    }
    OptionalInt label = Labels.position(parts.get(0));
    String rest = String.join(" ", parts.subList(1, parts.size()));
    Optional<Found> labelled =
        TextMatcher.designate(rest, known, true)
            .filter(f -> label.isPresent() && f.target() == label.getAsInt());
    return labelled.isPresent() ? labelled : found;
  }

  /**
   * Reads parts that are all labels; و between two labels is "and", anywhere else it is the sixth
   * Persian letter.
   */
  private static Optional<Set<Integer>> labels(List<String> parts, boolean several) {
    Set<Integer> positions = new LinkedHashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      boolean between = i > 0 && i < parts.size() - 1;
      if (several && between && CONJUNCTIONS.contains(part)) {
        continue;
      }
      OptionalInt p = Labels.position(part);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      positions.add(p.getAsInt());
    }
    return positions.isEmpty() ? Optional.empty() : Optional.of(positions);
  }

  /** "گزینه ۲", "گزینهٔ ب", "گزینه‌های ۱ و ۳": the word "option" says nothing. */
  private static List<String> withoutOptionWords(List<String> parts) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (OPTION_WORDS.contains(parts.get(i))) {
        boolean suffix = i + 2 < parts.size() && AFTER_OPTION_WORD.contains(parts.get(i + 1));
        i += suffix ? 1 : 0;
      } else {
        kept.add(parts.get(i));
      }
    }
    return kept;
  }

  /** Every option's text in both languages, designating its shown position. */
  private static List<Known> known(Question.Choice q, List<Integer> shown) {
    List<Known> known = new ArrayList<>();
    for (int position = 1; position <= shown.size(); position++) {
      Text text = q.choices().get(shown.get(position - 1));
      int p = position;
      text.fa().ifPresent(t -> known.add(new Known(t, p)));
      text.en().ifPresent(t -> known.add(new Known(t, p)));
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
