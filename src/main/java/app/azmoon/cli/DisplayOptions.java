package app.azmoon.cli;

import app.azmoon.domain.question.Language;
import app.azmoon.i18n.DateCalendar;
import app.azmoon.i18n.Dates;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.time.ZoneId;
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

  @Option(
      names = "--calendar",
      paramLabel = "CAL",
      completionCandidates = Choices.Calendars.class,
      description =
          "Calendar of the dates shown: persian (Solar Hijri, «۱۰ آذر ۱۴۰۵») or gregorian."
              + " Default: persian in the Persian interface, gregorian in the English one. JSON"
              + " and CSV keep ISO-8601. Env: AZMOON_CALENDAR.")
  String calendar;

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

  /**
   * Dates as shown in {@code language}: in {@code --calendar}'s calendar, else {@code
   * AZMOON_CALENDAR}'s, else the language's own, in the system's time zone.
   */
  Dates dates(Language language, Map<String, String> env) {
    String source = "--calendar";
    String value = calendar;
    if (value == null || value.isBlank()) {
      source = DateCalendar.ENV;
      value = env.get(DateCalendar.ENV);
    }
    DateCalendar chosen = DateCalendar.defaultFor(language);
    if (value != null && !value.isBlank()) {
      String given = value;
      String from = source;
      chosen =
          DateCalendar.fromCode(given)
              .orElseThrow(
                  () ->
                      new ParameterException(
                          mixee.commandLine(),
                          from
                              + " must be persian or gregorian, not '"
                              + TerminalText.line(given)
                              + "'"));
    }
    return new Dates(language, chosen, ZoneId.systemDefault());
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
