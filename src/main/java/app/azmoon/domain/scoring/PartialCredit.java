package app.azmoon.domain.scoring;

/**
 * How much of a question's points an answer that is partly right earns, as a share from 0 to 1.
 *
 * <p>A select-all question with right options {1, 3, 4} answered "1 2 3" earns {@code
 * PartialCredit.selectAll(2, 1, 3)} = (2 − 1) / 3 ≈ 0.33; an order of five items with three in
 * place earns {@code PartialCredit.share(3, 5)} = 0.6.
 */
public final class PartialCredit {
  private PartialCredit() {}

  /**
   * Select-all: (right picks − wrong picks) / right options, never below 0, so guessing every
   * option earns nothing; 1 only for exactly the right set.
   */
  public static double selectAll(int rightPicks, int wrongPicks, int rightOptions) {
    if (rightPicks < 0 || wrongPicks < 0 || rightOptions < 1 || rightPicks > rightOptions) {
      throw new IllegalArgumentException(
          "picks " + rightPicks + " right, " + wrongPicks + " wrong of " + rightOptions);
    }
    return Math.max(0, (rightPicks - wrongPicks) / (double) rightOptions);
  }

  /** Order, match and cloze: the share of items, pairs or gaps that are right. */
  public static double share(int right, int total) {
    if (total < 1 || right < 0 || right > total) {
      throw new IllegalArgumentException(right + " right of " + total);
    }
    return right / (double) total;
  }
}
