package app.azmoon.cli;

import app.azmoon.domain.schedule.Parameters;
import app.azmoon.domain.schedule.Scheduler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The FSRS scheduler's settings, shared by review, cards and stats. */
final class SchedulerOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--retention",
      paramLabel = "R",
      description = "Desired retention, 0.7–0.99 (default 0.9).")
  double retention = 0.9;

  @Option(
      names = "--no-short-term",
      description = "Schedule every rating in days (no learning steps).")
  boolean noShortTerm;

  @Option(names = "--no-fuzz", description = "Exact intervals, without the small seeded spread.")
  boolean noFuzz;

  @Option(
      names = "--learning-steps",
      paramLabel = "STEPS",
      description = "Learning steps (default \"1m 10m\").")
  String learningSteps;

  @Option(
      names = "--relearning-steps",
      paramLabel = "STEPS",
      description = "Relearning steps (default \"10m\").")
  String relearningSteps;

  Scheduler scheduler() {
    if (!(retention >= 0.7 && retention <= 0.99)) {
      throw new ParameterException(
          mixee.commandLine(), "--retention must be between 0.7 and 0.99, not " + retention);
    }
    try {
      Parameters p =
          Parameters.DEFAULT.withRetention(retention).withShortTerm(!noShortTerm).withFuzz(!noFuzz);
      if (learningSteps != null) {
        p = p.withLearningSteps(Parameters.parseSteps(learningSteps));
      }
      if (relearningSteps != null) {
        p = p.withRelearningSteps(Parameters.parseSteps(relearningSteps));
      }
      return new Scheduler(p);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }
}
