package app.azmoon.cli;

import app.azmoon.domain.question.Language;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * How Azmoon talks: language, colour and right-to-left layout. Every command that prints text for a
 * person mixes these in and prints through {@link #printer}.
 */
final class DisplayOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      completionCandidates = Choices.Languages.class,
      description =
          "Language of the interface and of the bank text shown: fa or en. Default: the bank's"
              + " language.")
  String lang;

  @Option(
      names = "--color",
      paramLabel = "WHEN",
      completionCandidates = Choices.Colors.class,
      description = "auto (default), always or never. auto honours NO_COLOR and TERM=dumb.")
  String color = "auto";

  @Option(
      names = "--rtl",
      paramLabel = "MODE",
      completionCandidates = Choices.RtlModes.class,
      description =
          "Right-to-left text: auto (default), terminal (the terminal reorders) or visual (Azmoon"
              + " reorders and joins letters). Env: AZMOON_RTL. Try azmoon rtl-test.")
  String rtl;

  Language language(Language bankLanguage) {
    return requested().orElse(bankLanguage);
  }

  /** The {@code --lang} given, if any. */
  Optional<Language> requested() {
    if (lang == null) {
      return Optional.empty();
    }
    return Optional.of(
        Language.fromCode(lang.strip().toLowerCase(java.util.Locale.ROOT))
            .orElseThrow(
                () ->
                    new ParameterException(
                        mixee.commandLine(), "--lang must be fa or en, not '" + lang + "'")));
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

  /**
   * A printer to {@code out} for these options on {@code root}'s console: the terminal's width on a
   * terminal; otherwise unwrapped in terminal mode, {@code $COLUMNS} or 80 in visual mode.
   */
  Printer printer(AzmoonCommand root, PrintWriter out) {
    Console console = root.console();
    boolean terminal = console.isTerminal();
    RtlMode mode = rtl(root.env(), terminal);
    int width = terminal || mode == RtlMode.VISUAL ? console.width() : Printer.NO_WRAP;
    return new Printer(out, mode, new Style(color(root.env(), terminal)), width);
  }
}
