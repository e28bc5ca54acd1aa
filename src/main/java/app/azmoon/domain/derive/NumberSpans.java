package app.azmoon.domain.derive;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.answer.MonthNames;
import app.azmoon.domain.answer.NumberReader;
import app.azmoon.domain.derive.Span.Dated;
import app.azmoon.domain.derive.Span.Literal;
import app.azmoon.domain.derive.Span.Quantity;
import app.azmoon.domain.derive.Span.Reading;
import app.azmoon.domain.derive.Span.Skip;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Finds what is left once dates are taken: names with numbers in them (میگ ۱۵, B-29, شهاب-۳),
 * fractions and times (۲/۵, ۱۰:۳۰), and numbers in digits or words (۶۳۵٬۰۰۰ تن, سی و شش, یکصد جت,
 * ۲۰ درصد), each read as a year, a quantity with the noun it counts, an ordinal (سی و دومین, ۲۰‌ام)
 * or something not to ask for (the article یک, پنج شنبه, صدها هزار).
 */
final class NumberSpans {
  /** Longer runs of number words and و are not one number (a number to 10^15 needs about 20). */
  private static final int MAX_RUN = 24;

  /** A bank holds numbers of up to 18 digits before and after the point (as `validate` checks). */
  private static final int MAX_DIGITS = 18;

  private static final String DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212";
  private static final String MINUS_SIGNS = "-\u2212";
  private static final String SEPARATORS = "/:\u2236";
  private static final String PERCENT_SIGNS = "%\u066A";

  private NumberSpans() {}

  static void find(Scan scan) {
    for (int i = 0; i < scan.size(); i++) {
      if (scan.free(i) && scan.at(i).isNumeral()) {
        nameOrFraction(scan, i);
      }
    }
    for (int i = 0; i < scan.size(); i++) {
      if (scan.free(i)) {
        number(scan, i);
      }
    }
  }

  /** A numeral that is a fraction, a ratio or a time, or that is part of a name. */
  private static void nameOrFraction(Scan scan, int i) {
    int last = i;
    while (scan.free(last + 1, last + 2)
        && scan.at(last + 1).isMark(SEPARATORS)
        && !scan.at(last + 1).spaced()
        && scan.at(last + 2).isNumeral()
        && !scan.at(last + 2).spaced()) {
      last += 2;
    }
    if (last > i) {
      scan.claim(i, last, new Skip(Reason.FRACTION));
      return;
    }
    Token t = scan.at(i);
    Token before = scan.at(i - 1);
    if (before == null || !scan.free(i - 1)) {
      return;
    }
    boolean glued = t.join() != Token.Join.SPACE;
    if (before.isWord()
        && (Words.MODEL_PREFIXES.contains(before.key())
            || latin(before.text()) && (glued || shortName(before.text())))) {
      scan.claim(i - 1, i, new Skip(Reason.NAME)); // میگ ۱۵, B29, MiG 15
    } else if (before.isMark(DASHES)
        && glued
        && !before.spaced()
        && scan.free(i - 2)
        && scan.at(i - 2).isWord()) {
      scan.claim(i - 2, i, new Skip(Reason.NAME)); // میگ-۱۵, B-29, شهاب-۳
    }
  }

  private static boolean latin(String word) {
    return word.chars().allMatch(c -> c < 128 && Character.isLetter(c));
  }

  /** A short Latin word with a capital, as models are named: B, MiG, AK. */
  private static boolean shortName(String word) {
    return word.length() <= 5 && word.chars().anyMatch(Character::isUpperCase);
  }

  /** The number, ordinal or non-number starting at token {@code i}, if one does. */
  private static void number(Scan scan, int i) {
    Optional<String> ordinal = ordinalStem(scan.key(i));
    if (ordinal.isPresent() && scan.at(i).isWord()) {
      ordinal(scan, i, i, NumberReader.read(ordinal.get()).orElseThrow());
      return;
    }
    if (!scan.number(i)) {
      return;
    }
    int end = -1;
    BigDecimal value = null;
    boolean endsInOrdinal = false;
    for (int k = runEnd(scan, i); k >= i && value == null; k--) {
      Optional<String> stem = ordinalStem(scan.key(k));
      if (stem.isPresent() && k > i) {
        StringBuilder keys = new StringBuilder();
        for (int j = i; j < k; j++) {
          keys.append(scan.key(j)).append(' ');
        }
        value = NumberReader.read(keys + stem.get()).orElse(null);
        endsInOrdinal = value != null;
      } else if (!scan.key(k).equals("و")) {
        value = NumberReader.read(scan.text(i, k)).orElse(null);
      }
      end = k;
    }
    if (value == null) {
      return;
    }
    if (endsInOrdinal) {
      ordinal(scan, i, end, value);
    } else if (scan.free(end + 1)
        && !scan.at(end + 1).spaced()
        && Words.ORDINAL_SUFFIXES.contains(scan.key(end + 1))) {
      ordinal(scan, i, end + 1, value); // ۲۰‌ام, ۳۸مین
    } else {
      cardinal(scan, i, end, value);
    }
  }

  /** The last token of the run of numbers, و and ordinals starting at {@code i}. */
  private static int runEnd(Scan scan, int i) {
    int end = i;
    while (end - i < MAX_RUN) {
      boolean connector = scan.key(end + 1).equals("و") && scan.free(end + 1);
      int next = connector ? end + 2 : end + 1;
      boolean nextCounts =
          scan.number(next)
              || connector && scan.free(next) && ordinalStem(scan.key(next)).isPresent();
      if (!nextCounts || ordinalStem(scan.key(end)).isPresent()) {
        return end;
      }
      end = next;
    }
    return end;
  }

  private static void ordinal(Scan scan, int from, int to, BigDecimal value) {
    String written = scan.text(from, to);
    String digits = Display.number(value, Language.FA);
    scan.claim(
        from,
        to,
        new Literal(
            written.equals(digits) ? List.of(written) : List.of(written, digits),
            Literal.Sort.ORDINAL));
  }

  /** A cardinal number from {@code from} to {@code to}, read in the light of its neighbours. */
  private static void cardinal(Scan scan, int from, int to, BigDecimal read) {
    boolean oneWord = from == to && scan.at(from).isWord();
    Reason alone = Words.AMBIGUOUS_ALONE.get(scan.key(from));
    if (oneWord && Words.WEEKDAY_TAIL.contains(scan.key(to + 1)) && scan.free(to + 1)) {
      scan.claim(from, to + 1, new Skip(Reason.WEEKDAY));
    } else if (oneWord && approximate(scan, from)) {
      scan.claim(from, from + 1, new Skip(Reason.VAGUE)); // دو سه روز: two or three days
    } else if (oneWord && alone != null) {
      scan.claim(from, to, new Skip(alone));
    } else if (Words.VAGUE_BEFORE.contains(scan.key(from - 1)) && scan.free(from - 1)) {
      scan.claim(from - 1, to, new Skip(Reason.VAGUE));
    } else if (Words.PLURALS.contains(scan.key(to + 1))
        && !scan.at(to + 1).spaced()
        && scan.free(to + 1)) {
      scan.claim(from, to + 1, new Skip(Reason.VAGUE));
    } else {
      int start = from;
      BigDecimal value = read;
      Token sign = scan.at(from - 1);
      boolean minusSign =
          sign != null
              && sign.isMark(MINUS_SIGNS)
              && sign.spaced()
              && scan.at(from).join() == Token.Join.GLUED
              && scan.free(from - 1);
      if (minusSign || scan.key(from - 1).equals("منفی") && scan.free(from - 1)) {
        start = from - 1;
        value = value.negate();
      }
      BigDecimal plain = value.stripTrailingZeros(); // ۲٫۵ میلیون is 2500000, not 2500000.0
      scan.claim(start, to, reading(scan, from, to, plain.scale() < 0 ? plain.setScale(0) : plain));
    }
  }

  /** Two unit words in a row, the second one more: دو سه, پنج شش. */
  private static boolean approximate(Scan scan, int i) {
    Optional<BigDecimal> first = NumberReader.read(scan.key(i));
    Optional<BigDecimal> second =
        scan.number(i + 1) && scan.at(i + 1).isWord() && scan.at(i + 1).spaced()
            ? NumberReader.read(scan.key(i + 1))
            : Optional.empty();
    return first.isPresent()
        && second.isPresent()
        && second.get().compareTo(BigDecimal.TEN) < 0
        && second.get().compareTo(first.get()) > 0;
  }

  private static Reading reading(Scan scan, int from, int to, BigDecimal value) {
    if (value.signum() != 0
        && (value.precision() - value.scale() > MAX_DIGITS || value.scale() > MAX_DIGITS)) {
      return new Skip(Reason.TOO_LONG);
    }
    boolean percent =
        scan.at(to + 1) != null
                && scan.at(to + 1).isMark(PERCENT_SIGNS)
                && !scan.at(to + 1).spaced()
            || Words.PERCENT_WORDS.contains(scan.key(to + 1))
            || scan.at(from - 1) != null
                && scan.at(from - 1).isMark(PERCENT_SIGNS)
                && !scan.at(from).spaced();
    if (percent) {
      return new Quantity(value, Optional.of("درصد"), true);
    }
    Optional<String> unit = unit(scan, to);
    if (isYear(scan, from, to, value, unit.isPresent())) {
      return new Dated(new PartialDate(value.intValueExact(), 0, 0));
    }
    return new Quantity(value, unit, false);
  }

  /**
   * A year: after سال (any whole number), before میلادی or another calendar word, or four plain
   * digits from 1000 to 2999 after در, از, تا, اواخر… or after a dash following a year, or with no
   * noun after them to count.
   */
  private static boolean isYear(Scan scan, int from, int to, BigDecimal value, boolean counts) {
    if (value.signum() <= 0 || value.scale() > 0 || value.compareTo(BigDecimal.valueOf(9999)) > 0) {
      return false;
    }
    String before = scan.key(from - 1);
    boolean afterSal =
        before.equals("سال")
            || Words.PLURALS.contains(before) && scan.key(from - 2).equals("سال")
            || before.equals("سالهای");
    if (afterSal || Words.CALENDARS.contains(scan.key(to + 1))) {
      return true;
    }
    Token t = scan.at(from);
    boolean fourDigits =
        from == to
            && t.isPlainWhole()
            && t.key().length() == 4
            && t.key().charAt(0) >= '1'
            && t.key().charAt(0) <= '2';
    boolean afterYear =
        scan.at(from - 1) != null
            && scan.at(from - 1).isMark(DASHES)
            && scan.reading(from - 2).filter(Dated.class::isInstance).isPresent();
    return fourDigits && (Words.YEAR_BEFORE.contains(before) || afterYear || !counts);
  }

  /**
   * The noun counted by the number ending at {@code to}: the next word unless it is a particle, a
   * verb, a number or a month, with its second half when written in two (بمب افکن).
   */
  private static Optional<String> unit(Scan scan, int to) {
    Token next = scan.at(to + 1);
    if (next == null
        || !next.isWord()
        || next.join() == Token.Join.GLUED
        || !scan.free(to + 1)
        || scan.number(to + 1)
        || Words.NOT_A_NOUN.contains(next.key())
        || Words.CALENDARS.contains(next.key())
        || Words.ORDINAL_SUFFIXES.contains(next.key())
        || MonthNames.month(next.key()).isPresent()
        || Words.solarHijriMonth(next.key()).isPresent()) {
      return Optional.empty();
    }
    boolean tail =
        scan.at(to + 2) != null
            && scan.free(to + 2)
            && scan.at(to + 2).join() != Token.Join.GLUED
            && Words.NOUN_TAILS.contains(scan.key(to + 2));
    return Optional.of(scan.text(to + 1, tail ? to + 2 : to + 1));
  }

  /**
   * The cardinal behind an ordinal word: دومین → دو, سی‌امین's امین aside, اولین and نخستین → یک,
   * سومین → سه; empty for any other word.
   */
  static Optional<String> ordinalStem(String key) {
    if (key.equals("اولین") || key.equals("نخستین")) {
      return Optional.of("یک");
    }
    if (key.equals("سومین")) {
      return Optional.of("سه");
    }
    if (!key.endsWith("مین") || key.length() <= 3) {
      return Optional.empty();
    }
    String stem = key.substring(0, key.length() - 3);
    if (NumberReader.read(stem).isPresent()) {
      return Optional.of(stem);
    }
    String beforeAlef = stem.endsWith("ا") ? stem.substring(0, stem.length() - 1) : "";
    return !beforeAlef.isEmpty() && NumberReader.read(beforeAlef).isPresent()
        ? Optional.of(beforeAlef)
        : Optional.empty();
  }
}
