package app.azmoon.cli;

import app.azmoon.engine.DrillSpec;
import app.azmoon.engine.Rules;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The quiz's scoring rules: shared by play and by a drill played on a terminal. */
final class PlayOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--time-limit",
      paramLabel = "SECONDS",
      description = "Seconds per question; a later answer scores 0.")
  Integer timeLimit;

  @Option(
      names = "--speed-bonus",
      description = "Faster right answers earn up to 50%% more (Kahoot style).")
  boolean speedBonus;

  @Option(
      names = "--retry-missed",
      description =
          "Ask missed questions again at the end until answered right once; only first tries score.")
  boolean retryMissed;

  /** The rules the options set; a drill's time limit applies when no option sets one. */
  Rules rules(Optional<DrillSpec> drill) {
    if (timeLimit != null && timeLimit < 1) {
      throw new ParameterException(mixee.commandLine(), "--time-limit must be at least 1 second");
    }
    Optional<Duration> limit =
        Optional.ofNullable(timeLimit)
            .map(Duration::ofSeconds)
            .or(() -> drill.flatMap(DrillSpec::timeLimit));
    return new Rules(limit, speedBonus, retryMissed);
  }
}
