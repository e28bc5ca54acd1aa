package app.azmoon.domain.schedule;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything that tunes the scheduler: FSRS-6's 21 weights, the desired retention, the longest
 * interval in days, the (re)learning steps, short-term mode and fuzz.
 *
 * <p>{@code Parameters.DEFAULT.withRetention(0.85).withFuzz(false)} keeps the default weights and
 * steps (1m 10m, relearning 10m) but aims for 85% recall and schedules without fuzz.
 *
 * @param weights FSRS-6's w0–w20; w20 is the decay of the forgetting curve
 * @param retention the probability of recall to schedule for, in (0, 1]
 * @param maximumInterval the longest interval, in days
 * @param learningSteps the steps of a new card, in whole minutes
 * @param relearningSteps the steps after a lapse, in whole minutes
 * @param shortTerm whether same-day steps are used; without it every rating is scheduled in days
 * @param fuzz whether day intervals of 3 days or more are spread a little
 */
public record Parameters(
    List<Double> weights,
    double retention,
    int maximumInterval,
    List<Duration> learningSteps,
    List<Duration> relearningSteps,
    boolean shortTerm,
    boolean fuzz) {

  /** FSRS-6's default weights, as published with the algorithm. */
  public static final List<Double> DEFAULT_WEIGHTS =
      List.of(
          0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
          1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542);

  public static final Parameters DEFAULT =
      new Parameters(
          DEFAULT_WEIGHTS,
          0.9,
          36_500,
          List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)),
          List.of(Duration.ofMinutes(10)),
          true,
          true);

  public Parameters {
    weights = List.copyOf(weights);
    learningSteps = List.copyOf(learningSteps);
    relearningSteps = List.copyOf(relearningSteps);
    if (weights.size() != 21) {
      throw new IllegalArgumentException("FSRS-6 needs 21 weights, not " + weights.size());
    }
    for (double w : weights) {
      if (!Double.isFinite(w)) {
        throw new IllegalArgumentException("weight " + w + " is not a number");
      }
    }
    // The decay is an exponent's divisor; zero or negative would invert the forgetting curve.
    if (weights.get(20) <= 0) {
      throw new IllegalArgumentException("decay w20 must be positive, not " + weights.get(20));
    }
    if (!(retention > 0 && retention <= 1)) {
      throw new IllegalArgumentException("retention must be in (0, 1], not " + retention);
    }
    if (maximumInterval < 1) {
      throw new IllegalArgumentException("maximum interval must be at least 1 day");
    }
    checkSteps(learningSteps);
    checkSteps(relearningSteps);
  }

  // The reference counts steps in whole minutes and rounds "hard" to a minute; finer steps would
  // be silently rounded, so they are refused instead.
  private static void checkSteps(List<Duration> steps) {
    for (Duration step : steps) {
      if (step.isNegative()
          || step.isZero()
          || step.toSeconds() % 60 != 0
          || step.toNanosPart() != 0) {
        throw new IllegalArgumentException(
            "a step must be a positive whole number of minutes: " + step);
      }
    }
  }

  public Parameters withWeights(List<Double> w) {
    return new Parameters(
        w, retention, maximumInterval, learningSteps, relearningSteps, shortTerm, fuzz);
  }

  public Parameters withRetention(double r) {
    return new Parameters(
        weights, r, maximumInterval, learningSteps, relearningSteps, shortTerm, fuzz);
  }

  public Parameters withMaximumInterval(int days) {
    return new Parameters(
        weights, retention, days, learningSteps, relearningSteps, shortTerm, fuzz);
  }

  public Parameters withLearningSteps(List<Duration> steps) {
    return new Parameters(
        weights, retention, maximumInterval, steps, relearningSteps, shortTerm, fuzz);
  }

  public Parameters withRelearningSteps(List<Duration> steps) {
    return new Parameters(
        weights, retention, maximumInterval, learningSteps, steps, shortTerm, fuzz);
  }

  public Parameters withShortTerm(boolean on) {
    return new Parameters(
        weights, retention, maximumInterval, learningSteps, relearningSteps, on, fuzz);
  }

  public Parameters withFuzz(boolean on) {
    return new Parameters(
        weights, retention, maximumInterval, learningSteps, relearningSteps, shortTerm, on);
  }

  /** Reads steps written as FSRS tools write them: "1m 10m", "1m,10m", "30m 1h 1d"; "" is none. */
  public static List<Duration> parseSteps(String text) {
    List<Duration> steps = new ArrayList<>();
    for (String part : text.strip().split("[\\s,]+")) {
      if (!part.isEmpty()) {
        steps.add(parseStep(part));
      }
    }
    return List.copyOf(steps);
  }

  /** Reads one step: a whole number and a unit, m (minutes), h (hours) or d (days). */
  public static Duration parseStep(String text) {
    Objects.requireNonNull(text);
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (!t.matches("[0-9]{1,6}[mhd]")) {
      throw new IllegalArgumentException("not a step like 1m, 10m, 1h or 1d: \"" + text + "\"");
    }
    long n = Long.parseLong(t.substring(0, t.length() - 1));
    switch (t.charAt(t.length() - 1)) {
      case 'm':
        return Duration.ofMinutes(n);
      case 'h':
        return Duration.ofHours(n);
      default:
        return Duration.ofDays(n);
    }
  }
}
