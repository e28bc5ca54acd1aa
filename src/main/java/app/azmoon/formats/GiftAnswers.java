package app.azmoon.formats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The answers between a GIFT question's braces, split as Moodle splits them: each starts at an
 * {@code =} or {@code ~}, may open with a {@code %weight%} and end with {@code #feedback}; and the
 * numbers of a numerical answer. Escapes are placeholders here (see {@link GiftText}).
 *
 * <p>{@code split("=Busan ~%50%Pusan#close", "=~")} is {@code =} Busan and {@code ~} Pusan at 0.5
 * with the feedback "close".
 */
final class GiftAnswers {
  private static final Pattern WEIGHT = Pattern.compile("^\\s*%(-?\\d+(?:\\.\\d+)?)%");
  static final int MAX_DIGITS = 18;

  private GiftAnswers() {}

  /** One answer between the braces: its mark, weight (NaN when not given), text and feedback. */
  record Answer(char mark, double weight, String text, String feedback) {
    double credit() {
      return Double.isNaN(weight) ? (mark == '=' ? 1 : 0) : weight;
    }
  }

  /** {@code answer, min, max} of {@code 1822}, {@code 1822:2} or {@code 1820..1824}. */
  static BigDecimal[] range(String written) {
    String t = written.strip();
    int dots = t.indexOf("..");
    if (dots >= 0) {
      BigDecimal min = number(t.substring(0, dots));
      BigDecimal max = number(t.substring(dots + 2));
      if (min.compareTo(max) > 0) {
        throw new IllegalArgumentException("the range " + t + " runs backwards");
      }
      BigDecimal mid =
          min.add(max).divide(BigDecimal.valueOf(2), MAX_DIGITS, RoundingMode.HALF_EVEN);
      return new BigDecimal[] {mid.stripTrailingZeros(), min, max};
    }
    int colon = t.indexOf(':');
    BigDecimal answer = number(colon < 0 ? t : t.substring(0, colon));
    BigDecimal tolerance = colon < 0 ? BigDecimal.ZERO : number(t.substring(colon + 1)).abs();
    return new BigDecimal[] {answer, answer.subtract(tolerance), answer.add(tolerance)};
  }

  static BigDecimal number(String written) {
    String t = written.strip();
    try {
      BigDecimal n = new BigDecimal(t);
      if (n.signum() != 0 && (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS)) {
        throw new IllegalArgumentException(
            "the number " + t + " has more than " + MAX_DIGITS + " digits");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + t + "\" is not a number");
    }
  }

  /** The answers of {@code body}, each starting at one of the {@code marks}. */
  static List<Answer> split(String body, String marks) {
    List<Answer> answers = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= body.length(); i++) {
      if (i == body.length() || marks.indexOf(body.charAt(i)) >= 0) {
        if (start < 0) {
          // As in Moodle, text before the first mark is an answer too: a wrong option among
          // options, else a right answer.
          if (!body.substring(0, i).isBlank()) {
            answers.add(answer(body.indexOf('~') >= 0 ? '~' : '=', body.substring(0, i)));
          }
        } else {
          answers.add(answer(body.charAt(start), body.substring(start + 1, i)));
        }
        start = i;
      }
    }
    return answers;
  }

  static Answer answer(char mark, String written) {
    double weight = Double.NaN;
    String rest = written;
    Matcher m = WEIGHT.matcher(rest);
    if (m.find()) {
      BigDecimal percent = new BigDecimal(m.group(1));
      if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException(
            "the weight %" + m.group(1) + "% lies outside -100% to 100%");
      }
      weight = percent.movePointLeft(2).doubleValue();
      rest = rest.substring(m.end());
    }
    int hash = rest.indexOf('#');
    return hash < 0
        ? new Answer(mark, weight, rest, null)
        : new Answer(mark, weight, rest.substring(0, hash), rest.substring(hash + 1));
  }
}
