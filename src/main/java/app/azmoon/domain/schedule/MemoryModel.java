package app.azmoon.domain.schedule;

/**
 * The FSRS-6 formulas: how stability and difficulty start, how they move after a rating, how recall
 * fades, and which interval reaches the desired retention. Nothing about steps or dates.
 *
 * <p>With the default weights, a first "good" starts at stability w2 = 2.3065 days and difficulty
 * w4 − e^(2·w5) + 1 ≈ 2.1181; {@code interval(2.3065)} at 90% retention is 2 days.
 *
 * <p>Intermediate results are rounded to 8 decimals where the reference (ts-fsrs) rounds them, so
 * that an interval on the edge of .5 days rounds the same way here as there.
 */
final class MemoryModel {
  /** The smallest stability FSRS-6 allows (and the reference clamps to). */
  static final double MIN_STABILITY = 0.001;

  static final double MAX_STABILITY = 36_500;

  private final double[] w;
  private final boolean shortTerm;
  private final int maximumInterval;
  private final double decay;
  private final double factor;
  private final double intervalModifier;

  MemoryModel(Parameters p) {
    w = p.weights().stream().mapToDouble(Double::doubleValue).toArray();
    shortTerm = p.shortTerm();
    maximumInterval = p.maximumInterval();
    decay = -w[20];
    // FSRS-6's curve R(t, S) = (1 + factor·t/S)^decay is scaled so that R(S, S) = 0.9.
    factor = round8(Math.pow(0.9, 1 / decay) - 1);
    intervalModifier = round8((Math.pow(p.retention(), 1 / decay) - 1) / factor);
  }

  /** The probability of recall after {@code elapsedDays} at stability {@code s}. */
  double retrievability(double elapsedDays, double s) {
    return round8(Math.pow(1 + factor * elapsedDays / s, decay));
  }

  /** The memory after the very first rating. */
  Memory initial(Rating g) {
    double s = Math.max(w[g.grade() - 1], 0.1);
    return new Memory(s, clamp(initialDifficulty(g), 1, 10));
  }

  /**
   * The memory after rating {@code g} once {@code elapsedDays} whole days have passed since the
   * last review.
   */
  Memory next(Memory m, int elapsedDays, Rating g) {
    double s = m.stability();
    double d = m.difficulty();
    double r = retrievability(elapsedDays, s);
    double next;
    if (elapsedDays == 0 && shortTerm) {
      next = shortTermStability(s, g);
    } else if (g == Rating.AGAIN) {
      // A lapse may not leave the card more stable than a same-day "again" would.
      double ceiling = shortTerm ? round8(s / Math.exp(w[17] * w[18])) : s;
      next = clamp(ceiling, MIN_STABILITY, forgetStability(d, s, r));
    } else {
      next = recallStability(d, s, r, g);
    }
    return new Memory(next, nextDifficulty(d, g));
  }

  /** Days until recall falls to the desired retention: rounded, at least 1, at most the maximum. */
  int interval(double stability) {
    long days = Math.round(stability * intervalModifier);
    return (int) Math.min(Math.max(1, days), maximumInterval);
  }

  private double initialDifficulty(Rating g) {
    return round8(w[4] - Math.exp((g.grade() - 1) * w[5]) + 1);
  }

  private double nextDifficulty(double d, Rating g) {
    double delta = -w[6] * (g.grade() - 3);
    // Linear damping: the closer to 10, the smaller the step up, so difficulty never overshoots.
    double damped = d + round8(delta * (10 - d) / 9);
    // Mean reversion towards the (unclamped) initial difficulty of "easy" keeps cards from
    // sticking at 10 forever ("ease hell").
    double reverted = round8(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped);
    return clamp(reverted, 1, 10);
  }

  private double recallStability(double d, double s, double r, Rating g) {
    double hardPenalty = g == Rating.HARD ? w[15] : 1;
    double easyBonus = g == Rating.EASY ? w[16] : 1;
    double growth =
        Math.exp(w[8])
            * (11 - d)
            * Math.pow(s, -w[9])
            * (Math.exp((1 - r) * w[10]) - 1)
            * hardPenalty
            * easyBonus;
    return round8(clamp(s * (1 + growth), MIN_STABILITY, MAX_STABILITY));
  }

  private double forgetStability(double d, double s, double r) {
    double next =
        w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp((1 - r) * w[14]);
    return round8(clamp(next, MIN_STABILITY, MAX_STABILITY));
  }

  private double shortTermStability(double s, Rating g) {
    // FSRS-6: the gain shrinks as stability grows (w19), and a pass never lowers stability.
    double gain = Math.pow(s, -w[19]) * Math.exp(w[17] * (g.grade() - 3 + w[18]));
    if (g != Rating.AGAIN) {
      gain = Math.max(gain, 1);
    }
    return round8(clamp(s * gain, MIN_STABILITY, MAX_STABILITY));
  }

  static double clamp(double x, double lo, double hi) {
    return Math.min(Math.max(x, lo), hi);
  }

  static double round8(double x) {
    return Math.round(x * 1e8) / 1e8;
  }
}
