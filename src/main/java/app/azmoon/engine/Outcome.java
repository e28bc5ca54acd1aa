package app.azmoon.engine;

/** What became of one answer, as the learner is told. */
public enum Outcome {
  RIGHT,
  /** Right, but spelled with a typo that was forgiven. */
  TYPO,
  /** Some credit, not all. */
  PARTIAL,
  WRONG,
  SKIPPED,
  /** Answered after the time limit: no credit, whatever the answer. */
  TIME_UP,
  /** A drill ended before this question was asked (:quit, Ctrl-D, the end of the answers). */
  NOT_REACHED
}
