package app.azmoon.cli;

import app.azmoon.domain.question.Language;
import app.azmoon.text.RtlMode;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** How Azmoon talks: interface language, colour and right-to-left layout. */
final class DisplayOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

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
