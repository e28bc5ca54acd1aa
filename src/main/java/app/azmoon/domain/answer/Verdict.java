package app.azmoon.domain.answer;

import java.util.Objects;

/**
 * How one answer was judged.
 *
 * <p>"استالبن" to a question accepting استالین is {@code Verdict(correct=true, credit=1.0,
 * typo=true, normalized="استالبن", expected="استالین")}: right, with a typo, and the right spelling
 * to show.
 *
 * @param correct full credit (accepted, perhaps with a typo)
 * @param credit the share of the question's points earned, 0 to 1
 * @param typo the answer was accepted, in whole or part, only by forgiving a typo
 * @param normalized the answer as Azmoon read it: the normalized text, or for numbers, dates, picks
 *     and pairs their plain form ("635000", "1950-06", "1, 3", "1-b 2-a")
 * @param expected the right answer as the learner should see it, in the display language
 */
public record Verdict(
    boolean correct, double credit, boolean typo, String normalized, String expected) {

  public Verdict {
    Objects.requireNonNull(normalized);
    Objects.requireNonNull(expected);
    if (!(credit >= 0 && credit <= 1)) {
      throw new IllegalArgumentException("credit must lie in [0, 1]: " + credit);
    }
    if (correct != (credit == 1)) {
      throw new IllegalArgumentException("correct means full credit, and only that");
    }
  }

  /** A verdict earning {@code credit}; it is correct exactly when the credit is full. */
  public static Verdict of(double credit, boolean typo, String normalized, String expected) {
    return new Verdict(credit == 1, credit, typo, normalized, expected);
  }

  /** No credit. */
  public static Verdict wrong(String normalized, String expected) {
    return of(0, false, normalized, expected);
  }
}
