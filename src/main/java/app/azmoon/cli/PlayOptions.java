package app.azmoon.cli;

import app.azmoon.domain.question.Language;
import app.azmoon.engine.DrillSpec;
import app.azmoon.engine.Rules;
import app.azmoon.text.RtlMode;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Scoring rules and how the session looks: shared by play and by an interactive drill. */
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

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description = "Interface language: fa or en. Default: the bank's language.")
  String lang;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      description = "auto (default), always or never. auto honours NO_COLOR and TERM=dumb.")
  String color = "auto";

  @Option(
      names = "--rtl",
      paramLabel = "MODE",
      description =
          "Right-to-left text: auto (default), terminal (the terminal reorders) or visual (Azmoon"
              + " reorders and joins letters). Env: AZMOON_RTL. Try azmoon rtl-test.")
  String rtl;

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

  Language language(Language bankLanguage) {
    if (lang == null) {
      return bankLanguage;
    }
    return Language.fromCode(lang.strip().toLowerCase(java.util.Locale.ROOT))
        .orElseThrow(
            () ->
                new ParameterException(
                    mixee.commandLine(), "--lang must be fa or en, not '" + lang + "'"));
  }

  boolean color(Map<String, String> env, boolean terminal) {
    switch (color.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "always":
        return true;
      case "never":
        return false;
      case "auto":
        return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.get("TERM"));
      default:
        throw new ParameterException(
            mixee.commandLine(), "--color must be auto, always or never, not '" + color + "'");
    }
  }

  RtlMode rtl(Map<String, String> env, boolean terminal) {
    try {
      return RtlMode.detect(env, terminal, Optional.ofNullable(rtl));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(mixee.commandLine(), e.getMessage());
    }
  }
}
