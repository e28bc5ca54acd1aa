package app.azmoon.domain.answer;

import app.azmoon.domain.answer.NumberWords.Role;
import app.azmoon.domain.answer.NumberWords.Word;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a typed number: digits in any script with or without thousands separators, Persian number
 * words, or a mix of both, optionally followed by a unit word.
 *
 * <p>{@code NumberReader.read("۶۳۵ هزار تن", List.of("تن"))} is 635000; so are {@code "635,000"},
 * {@code "٦٣٥٬٠٠٠"} and {@code "ششصد و سی و پنج هزار"}. {@code NumberReader.read("شش سی")} is
 * empty: each added part must be smaller than the place before it.
 */
public final class NumberReader {
  private static final Pattern NUMERAL = Pattern.compile("\\d+(?:\\.\\d+)?");
  // Groups of three after a space are thousands ("635 000"), as with , and ٬.
  private static final Pattern SPACED =
      Pattern.compile("(?<![\\d.])\\d{1,3}(?: \\d{3})+(?!\\d| \\d)");
  private static final Pattern PARTS = Pattern.compile("\\d+(?:\\.\\d+)*|\\p{L}+");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Above this many words and numerals, the text is not taken for a number: the longest well-formed
   * number (999 trillion and its groups, each «نه صد و نود و نه») has under 40, and the cap keeps
   * reading linear in the answer whatever a file holds.
   */
  private static final int MAX_PARTS = 64;

  /**
   * Longer text is not a number (64 parts of the longest words, spaced, fit well within it), so a
   * caller that reads many pieces of a long answer pays for each piece at most this much.
   */
  private static final int MAX_CHARS = 1_024;

  /** A numeral longer than this is no answer, and parsing it would cost more than reading it. */
  private static final int MAX_DIGITS = 64;

  /** Above this many readings of glued words, the text is not taken for a number. */
  private static final int MAX_READINGS = 256;

  private NumberReader() {}

  /** The number {@code answer} spells, if it is a well-formed number. */
  public static Optional<BigDecimal> read(String answer) {
    return read(answer, List.of());
  }

  /**
   * The number {@code answer} spells, once a trailing unit word (any of {@code units}, compared as
   * normalized keys) is set aside.
   */
  public static Optional<BigDecimal> read(String answer, Collection<String> units) {
    if (answer.length() > MAX_CHARS) {
      return Optional.empty();
    }
    String folded = Normalization.fold(answer);
    boolean negative = folded.startsWith("-") || folded.startsWith("\u2212");
    List<String> parts = parts(Normalization.text(negative ? folded.substring(1) : folded));
    if (!negative && !parts.isEmpty() && parts.get(0).equals("منفی")) {
      negative = true;
      parts = parts.subList(1, parts.size());
    }
    parts = withoutUnit(parts, units);
    if (parts.isEmpty() || parts.size() > MAX_PARTS) {
      return Optional.empty();
    }
    boolean minus = negative;
    return readings(parts).stream()
        .map(NumberReader::value)
        .flatMap(Optional::stream)
        .findFirst()
        .map(v -> minus ? v.negate() : v);
  }

  /** Words and numerals, split where digits meet letters ("۶۳۵هزار" is two parts). */
  private static List<String> parts(String text) {
    Matcher spaced = SPACED.matcher(text);
    StringBuilder joined = new StringBuilder();
    while (spaced.find()) {
      spaced.appendReplacement(joined, spaced.group().replace(" ", ""));
    }
    spaced.appendTail(joined);
    List<String> parts = new ArrayList<>();
    Matcher m = PARTS.matcher(joined);
    while (m.find()) {
      parts.add(m.group());
    }
    return parts;
  }

  /**
   * The parts before a trailing unit. The tail is grown from the end only while it is no longer
   * than the unit, so the cost is bounded by the unit's length, not the answer's.
   */
  private static List<String> withoutUnit(List<String> parts, Collection<String> units) {
    for (String unit : units) {
      String unitKey = Normalization.key(unit);
      if (unitKey.isEmpty()) {
        continue;
      }
      String tail = "";
      for (int k = parts.size() - 1; k >= 1 && tail.length() < unitKey.length(); k--) {
        tail = parts.get(k) + tail;
        if (tail.equals(unitKey)) {
          return parts.subList(0, k);
        }
      }
    }
    return parts;
  }

  /** A term is a number word or a numeral; glued words give more than one possible reading. */
  private record Term(Word word, BigDecimal numeral) {}

  private static List<List<Term>> readings(List<String> parts) {
    List<List<Term>> readings = List.of(List.of());
    for (String part : parts) {
      List<List<Term>> options = new ArrayList<>();
      if (part.length() > MAX_DIGITS) {
        return List.of();
      }
      if (NUMERAL.matcher(part).matches()) {
        options.add(List.of(new Term(null, new BigDecimal(part))));
      } else {
        for (List<Word> split : NumberWords.split(part)) {
          options.add(split.stream().map(w -> new Term(w, null)).toList());
        }
      }
      if (options.isEmpty() || readings.size() * options.size() > MAX_READINGS) {
        return List.of();
      }
      List<List<Term>> next = new ArrayList<>();
      for (List<Term> reading : readings) {
        for (List<Term> option : options) {
          List<Term> longer = new ArrayList<>(reading);
          longer.addAll(option);
          next.add(longer);
        }
      }
      readings = next;
    }
    return readings;
  }

  /**
   * The value of one reading, or empty when it is not a well-formed number. Within a group of three
   * places each added part is smaller than the one before and follows a و; صد multiplies a unit
   * just before it; a scale closes its group and scales fall from left to right.
   */
  private static Optional<BigDecimal> value(List<Term> terms) {
    Group group = new Group();
    BigDecimal total = BigDecimal.ZERO;
    BigDecimal limit = null; // the last scale: everything after it must stay below it
    int scales = 0;
    boolean any = false;
    boolean connector = false;
    for (int i = 0; i < terms.size(); i++) {
      Term t = terms.get(i);
      Role role = t.word() == null ? null : t.word().role();
      if (role == Role.CONNECTOR) {
        if (!any || connector) {
          return Optional.empty();
        }
        connector = true;
      } else if (role == Role.ZERO) {
        if (terms.size() != 1) {
          return Optional.empty();
        }
        return Optional.of(BigDecimal.ZERO);
      } else if (role == Role.SCALE) {
        BigDecimal scale = t.word().value();
        if (any && group.empty() && !connector) {
          // "هزار میلیارد": a larger scale right after the first one multiplies it; any other
          // scale straight after a scale ("دو میلیون هزار") is not a number.
          if (scales != 1 || scale.compareTo(limit) <= 0) {
            return Optional.empty();
          }
          total = total.multiply(scale);
          limit = scale;
          continue;
        }
        if (!group.empty() && connector) {
          return Optional.empty();
        }
        BigDecimal added = (group.empty() ? BigDecimal.ONE : group.value).multiply(scale);
        if (limit != null && (scale.compareTo(limit) >= 0 || added.compareTo(limit) >= 0)) {
          return Optional.empty();
        }
        total = total.add(added);
        limit = scale;
        scales++;
        group = new Group();
        connector = false;
        any = true;
      } else if (role == Role.SAD && group.loneUnit && !connector) {
        group.value = group.value.multiply(HUNDRED); // شش صد
        group.place = 3;
        group.loneUnit = false;
      } else {
        if (any && !connector) {
          return Optional.empty(); // additive parts are joined by و: "شش سی" is not a number
        }
        if (!group.add(t)) {
          return Optional.empty();
        }
        connector = false;
        any = true;
      }
    }
    if (!any || connector) {
      return Optional.empty();
    }
    if (!group.empty()) {
      boolean fractionAfterOthers = group.fraction && total.signum() != 0;
      if (fractionAfterOthers || (limit != null && group.value.compareTo(limit) >= 0)) {
        return Optional.empty();
      }
      total = total.add(group.value);
    }
    return Optional.of(total);
  }

  /** The group of three places being read; place 3 is hundreds, 2 tens, 1 units, 0 a numeral. */
  private static final class Group {
    BigDecimal value = BigDecimal.ZERO;
    int place = 4;
    boolean loneUnit;
    boolean fraction;

    boolean empty() {
      return place == 4;
    }

    boolean add(Term t) {
      if (t.numeral() != null) {
        if (!empty()) {
          return false;
        }
        value = t.numeral();
        place = 0;
        fraction = t.numeral().scale() > 0;
        return true;
      }
      Role role = t.word().role();
      int wordPlace =
          role == Role.HUNDRED || role == Role.SAD ? 3 : role == Role.UNIT ? 1 : 2; // TEN, TEEN
      if (wordPlace >= place) {
        return false;
      }
      loneUnit = empty() && role == Role.UNIT;
      value = value.add(t.word().value());
      place = role == Role.TEEN ? 1 : wordPlace; // a teen fills the units too
      return true;
    }
  }
}
