package app.azmoon.formats;

import app.azmoon.domain.answer.NumberReader;
import app.azmoon.formats.CsvHeader.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of a CSV row that weigh answers, as Moodle's fractions do: {@code credits} (a weight
 * per option, {@code 1|0.5|0|-0.25}) and {@code partial} (answers or numbers worth part of the
 * points, {@code پوسان 50%|1949..1951 25%}).
 */
final class CsvWeights {
  /** A partly right answer and its share: {@code پوسان 50%}, {@code 1949..1951 50%}. */
  private static final Pattern PARTLY =
      Pattern.compile("(.*\\S)\\s+([0-9۰-۹٠-٩]+(?:[.٫][0-9۰-۹٠-٩]+)?)\\s*[%٪]");

  /** A partly right answer or range, and the share of the points it earns. */
  record Share(String what, double credit) {}

  private CsvWeights() {}

  /** Weights separated by |, one per option, each from -1 to 1 (or -100% to 100%). */
  static List<Double> credits(String cell, int options) {
    List<Double> credits = new ArrayList<>();
    for (String w : CsvRow.alternatives(cell)) {
      credits.add(share(w).orElseThrow(() -> new Skip("the weight \"" + w + "\" is not a number")));
    }
    if (credits.size() != options) {
      throw new Skip(
          "credits has " + credits.size() + " weights for " + options + " options: give one each");
    }
    return credits;
  }

  /**
   * The right options when only weights say: those above 0 when several add up to 1 (select-all),
   * else the one of weight 1.
   */
  static Set<Integer> rightByWeight(List<Double> credits) {
    Set<Integer> positive = new TreeSet<>();
    Set<Integer> full = new TreeSet<>();
    for (int i = 0; i < credits.size(); i++) {
      positive.addAll(credits.get(i) > 0 ? List.of(i) : List.of());
      full.addAll(credits.get(i) == 1 ? List.of(i) : List.of());
    }
    double sum = positive.stream().mapToDouble(credits::get).sum();
    if (positive.size() > 1 && Math.abs(sum - 1) <= 0.01) {
      return positive;
    }
    if (full.size() == 1) {
      return full;
    }
    throw new Skip("no option has weight 1, and the weights above 0 do not add up to 1");
  }

  /** A weight or share: a number, or a percentage ({@code 50%}, {@code ۵۰٪}). */
  static Optional<Double> share(String cell) {
    String s = cell.strip();
    boolean percent = s.endsWith("%") || s.endsWith("٪");
    return NumberReader.read(percent ? s.substring(0, s.length() - 1) : s)
        .map(n -> percent ? n.movePointLeft(2) : n)
        .map(BigDecimal::doubleValue);
  }

  /** Partly right items {@code answer 50%}, separated by |: each answer with its share. */
  static List<Share> partial(CsvRow row) {
    List<Share> items = new ArrayList<>();
    for (String item : row.plain(Field.PARTIAL).map(CsvRow::alternatives).orElse(List.of())) {
      Matcher m = PARTLY.matcher(item);
      if (!m.matches()) {
        throw new Skip(
            "the partly right answer \"" + item + "\" has no share: write it as answer 50%");
      }
      String percent = m.group(2);
      items.add(
          new Share(
              m.group(1),
              share(percent + "%")
                  .orElseThrow(() -> new Skip("\"" + percent + "\" is not a number"))));
    }
    return items;
  }
}
