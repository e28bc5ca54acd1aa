package app.azmoon.domain.answer;

import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Decides which of a question's known answers a typed text designates: accepted spellings, rejected
 * near misses, or options. Each known answer names a target (the spelling's group, the option's
 * index); the caller says which targets are right.
 *
 * <p>With known answers [استالین → 0, Stalin → 0, لنین → 1], "استالبن" designates 0 with a typo;
 * "لنین" designates 1; "ترومن" designates nothing.
 *
 * <p>Equal keys, or equal numbers ("دوازده" and "۱۲"), designate exactly. Otherwise, when fuzzy,
 * the nearest known answer by Damerau–Levenshtein distance is taken if it is within {@link
 * Typos#allowed} of that answer's key and no other target is as near, so a typo that is as close to
 * a rejected answer is never forgiven. Numbers are never fuzzy: neither an answer that reads as one
 * nor a known answer that does, and the digits inside a key must agree ("بی ۲۸" is not "بی ۲۹").
 */
final class TextMatcher {
  private TextMatcher() {}

  /** One known answer and what it designates. */
  record Known(String text, int target) {}

  /** The target designated, and whether only a forgiven typo got there. */
  record Found(int target, boolean typo, String spelling, int edits) {}

  private static final int MOST_EDITS = 2;

  static Optional<Found> designate(String answer, List<Known> known, boolean fuzzy) {
    return designate(answer, known, fuzzy, Set.of());
  }

  /**
   * The target {@code answer} designates among {@code known}; {@code context} holds the keys of
   * words the question uses elsewhere (its prompt), which a typed word is never forgiven into.
   */
  static Optional<Found> designate(
      String answer, List<Known> known, boolean fuzzy, Set<String> context) {
    String key = Normalization.key(answer);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigDecimal> number = NumberReader.read(answer);
    Set<Integer> exact = new TreeSet<>();
    Known first = null;
    for (Known k : known) {
      boolean sameKey = Normalization.key(k.text()).equals(key);
      boolean sameNumber =
          number.isPresent()
              && NumberReader.read(k.text())
                  .filter(n -> n.compareTo(number.get()) == 0)
                  .isPresent();
      if (sameKey || sameNumber) {
        exact.add(k.target());
        first = first == null ? k : first;
      }
    }
    if (!exact.isEmpty()) {
      // Two targets share the spelling (a rejected answer also accepted): not a safe reading.
      return exact.size() == 1
          ? Optional.of(new Found(first.target(), false, first.text(), 0))
          : Optional.empty();
    }
    if (!fuzzy || number.isPresent()) {
      return Optional.empty();
    }
    return nearest(Normalization.text(answer), key, known, context);
  }

  /** The keys of the words of a question's prompt, in both languages. */
  static Set<String> promptWords(Question q) {
    Text prompt = q.info().prompt();
    List<String> texts = new ArrayList<>();
    prompt.fa().ifPresent(texts::add);
    prompt.en().ifPresent(texts::add);
    return words(texts);
  }

  /** The keys of the words of {@code texts}. */
  static Set<String> words(Collection<String> texts) {
    Set<String> words = new HashSet<>();
    for (String t : texts) {
      String text = Normalization.text(t);
      if (!text.isEmpty()) {
        words.addAll(List.of(text.split(" ")));
      }
    }
    return words;
  }

  /** A known answer compared by typos, and how many edits away it is (3: too far). */
  private record Near(Known known, int edits) {}

  private static Optional<Found> nearest(
      String text, String key, List<Known> known, Set<String> context) {
    String digits = digits(key);
    List<Near> near = new ArrayList<>();
    for (Known k : known) {
      String kKey = Normalization.key(k.text());
      if (!kKey.isEmpty() && NumberReader.read(k.text()).isEmpty() && digits(kKey).equals(digits)) {
        // No key allows more than 2 edits, so 3 stands for "too far" and keeps the cost linear.
        near.add(new Near(k, Typos.distance(key, kKey, MOST_EDITS)));
      }
    }
    int best = near.stream().mapToInt(Near::edits).min().orElse(MOST_EDITS + 1);
    Set<Integer> targets = new TreeSet<>();
    near.stream().filter(n -> n.edits() == best).forEach(n -> targets.add(n.known().target()));
    if (targets.size() != 1 || best > MOST_EDITS) {
      return Optional.empty();
    }
    int target = targets.iterator().next();
    // A typo is forgiven only nearer the right answer than any other: never a tie.
    int nearestOther =
        near.stream()
            .filter(n -> n.known().target() != target)
            .mapToInt(Near::edits)
            .min()
            .orElse(MOST_EDITS + 1);
    List<String> own = new ArrayList<>();
    List<String> others = new ArrayList<>();
    known.forEach(k -> (k.target() == target ? own : others).add(k.text()));
    Set<String> ownWords = words(own);
    Set<String> othersWords = words(others);
    Predicate<String> otherWords =
        w -> !ownWords.contains(w) && (context.contains(w) || othersWords.contains(w));
    for (int e = best; e < nearestOther; e++) {
      for (Near n : near) {
        Known k = n.known();
        if (n.edits() == e
            && k.target() == target
            && e <= Typos.allowed(Normalization.key(k.text()))
            && WordTypos.forgivable(text, Normalization.text(k.text()), e, otherWords)) {
          return Optional.of(new Found(target, true, k.text(), e));
        }
      }
    }
    return Optional.empty();
  }

  private static String digits(String key) {
    StringBuilder out = new StringBuilder();
    key.chars().filter(Normalization::isAsciiDigit).forEach(c -> out.append((char) c));
    return out.toString();
  }
}
