package app.azmoon.domain.answer;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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
  record Found(int target, boolean typo, String spelling) {}

  static Optional<Found> designate(String answer, List<Known> known, boolean fuzzy) {
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
          ? Optional.of(new Found(first.target(), false, first.text()))
          : Optional.empty();
    }
    if (!fuzzy || number.isPresent()) {
      return Optional.empty();
    }
    return nearest(key, known);
  }

  private static Optional<Found> nearest(String key, List<Known> known) {
    String digits = digits(key);
    int best = Integer.MAX_VALUE;
    Set<Integer> targets = new TreeSet<>();
    Known chosen = null;
    for (Known k : known) {
      String kKey = Normalization.key(k.text());
      if (kKey.isEmpty()
          || NumberReader.read(k.text()).isPresent()
          || !digits(kKey).equals(digits)) {
        continue;
      }
      int d = Typos.distance(key, kKey);
      if (d < best) {
        best = d;
        targets.clear();
        chosen = null;
      }
      if (d == best) {
        targets.add(k.target());
        if (d <= Typos.allowed(kKey) && chosen == null) {
          chosen = k;
        }
      }
    }
    if (chosen == null || targets.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(new Found(chosen.target(), true, chosen.text()));
  }

  private static String digits(String key) {
    StringBuilder out = new StringBuilder();
    key.chars().filter(Normalization::isAsciiDigit).forEach(c -> out.append((char) c));
    return out.toString();
  }
}
