package app.azmoon.engine;

import app.azmoon.domain.answer.Verdict;
import java.time.Duration;

/**
 * The result of one turn: the verdict, what it earned and how the learner now stands.
 *
 * <p>A right answer worth 1 point, given in 5 s with the speed bonus on, earns 1 plus a bonus of
 * about 0.42.
 *
 * @param answer what the learner typed; empty when skipped
 * @param earned points from credit, after any hint cost; 0 for a retry, which never scores
 * @param bonus speed-bonus points on top of {@code earned}
 * @param firstTry false for a retried question, which only has to be answered right once
 */
public record Feedback(
    Asked asked,
    String answer,
    Verdict verdict,
    Outcome outcome,
    double earned,
    double bonus,
    Duration took,
    boolean hinted,
    boolean firstTry,
    int streak) {}
