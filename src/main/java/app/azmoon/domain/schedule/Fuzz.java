package app.azmoon.domain.schedule;

/**
 * Interval fuzz: a day interval of 3 days or more moves a little, so cards learned together do not
 * stay due together forever. The amount is a pure function of a seed, itself a pure function of the
 * card id and its review count, so replaying the same history gives the same schedule.
 *
 * <p>An interval of 10 days may move within {@code range(10, 0, 36500)} = 8–12 days (±1 + 15% of
 * the part between 2.5 and 7 + 10% of the part between 7 and 10); {@code apply(10, 0, 36500,
 * seed("kw-text-stalin", 3))} always picks the same day of that range.
 */
public final class Fuzz {
  private Fuzz() {}

  /** The days an interval may be moved to, both ends included. */
  public record Range(int min, int max) {
    public boolean contains(int days) {
      return days >= min && days <= max;
    }
  }

  /** The seed for a card's review number {@code reps} (0 for its first review). */
  public static long seed(String cardId, int reps) {
    long h = 0xcbf29ce484222325L; // FNV-1a: stable across JVMs, unlike identity hashes
    for (int i = 0; i < cardId.length(); i++) {
      h ^= cardId.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h ^ mix(reps));
  }

  /**
   * The fuzz ranges of FSRS: ±1 day, plus 15% of the part of the interval between 2.5 and 7 days,
   * 10% of the part between 7 and 20 and 5% of the part beyond 20; never below 2 days, nor below
   * one day more than has already passed, nor above the maximum.
   */
  public static Range range(int interval, int elapsedDays, int maximumInterval) {
    double delta =
        1
            + 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0)
            + 0.10 * Math.max(Math.min(interval, 20.0) - 7, 0)
            + 0.05 * Math.max(interval - 20.0, 0);
    int capped = Math.min(interval, maximumInterval);
    long min = Math.max(2, Math.round(capped - delta));
    long max = Math.min(Math.round(capped + delta), maximumInterval);
    if (capped > elapsedDays) {
      min = Math.max(min, elapsedDays + 1L);
    }
    min = Math.min(min, max);
    return new Range((int) min, (int) max);
  }

  /** The fuzzed interval: unchanged below 2.5 days, else a seeded day of {@link #range}. */
  public static int apply(int interval, int elapsedDays, int maximumInterval, long seed) {
    if (interval < 2.5) {
      return interval;
    }
    Range r = range(interval, elapsedDays, maximumInterval);
    return (int) Math.floor(fraction(seed) * (r.max() - r.min() + 1) + r.min());
  }

  /** A number in [0, 1) spread evenly over seeds. */
  static double fraction(long seed) {
    return (mix(seed) >>> 11) * 0x1.0p-53;
  }

  // SplitMix64's finalizer: every input bit affects every output bit.
  private static long mix(long z) {
    z += 0x9e3779b97f4a7c15L;
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
