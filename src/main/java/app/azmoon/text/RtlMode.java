package app.azmoon.text;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How right-to-left text reaches the screen: as stored, for the terminal to reorder, or already
 * reordered and shaped by Azmoon.
 *
 * <p>Example: {@code detect(Map.of("VTE_VERSION", "7600"), true, Optional.empty())} is {@link
 * #TERMINAL}: GNOME Terminal runs the bidi algorithm itself, and doing it twice would reverse the
 * text back. Under xterm, with no such variable, the same call gives {@link #VISUAL}.
 *
 * <p>{@link #detect} applies {@code --rtl auto|terminal|visual} and, if that option is not given,
 * the environment variable {@code AZMOON_RTL} with the same values; neither means {@code auto}.
 * Values are case-insensitive; an unknown one is an error rather than a silent {@code auto}.
 *
 * <p>Auto detection chooses {@link #TERMINAL} when output is not a terminal (pipes and files want
 * logical order), or when the terminal is known to apply the Unicode bidi algorithm:
 *
 * <ul>
 *   <li>VTE 0.58 or later (GNOME Terminal, Tilix...): {@code VTE_VERSION} is 5800 or more;
 *   <li>Konsole: {@code KONSOLE_VERSION} is set;
 *   <li>Terminal.app: {@code TERM_PROGRAM=Apple_Terminal};
 *   <li>mlterm: {@code MLTERM} is set, or {@code TERM} starts with {@code mlterm}.
 * </ul>
 *
 * <p>Otherwise (xterm, Alacritty, kitty, Windows Terminal, the Linux console, and terminals that do
 * bidi only when asked, such as iTerm2 and WezTerm) it chooses {@link #VISUAL}. No terminal can be
 * asked whether it reorders, so this is a guess from the environment; {@code azmoon rtl-test} shows
 * a user both ways.
 */
public enum RtlMode {
  /** Logical order; the terminal reorders and joins. */
  TERMINAL,
  /** Visual order with joined presentation forms, right-aligned; for terminals that do neither. */
  VISUAL;

  /** The environment variable read when {@code --rtl} is not given. */
  public static final String ENV = "AZMOON_RTL";

  /**
   * The mode for {@code requested} (the {@code --rtl} value, if given), else {@code env}'s {@value
   * #ENV}, else auto detection.
   *
   * @throws IllegalArgumentException if the chosen value is not auto, terminal or visual
   */
  public static RtlMode detect(Map<String, String> env, boolean isTty, Optional<String> requested) {
    String source = "--rtl";
    Optional<String> value = requested.filter(v -> !v.isBlank());
    if (value.isEmpty()) {
      source = ENV;
      value = Optional.ofNullable(env.get(ENV)).filter(v -> !v.isBlank());
    }
    String choice = value.orElse("auto").strip().toLowerCase(Locale.ROOT);
    switch (choice) {
      case "terminal":
        return TERMINAL;
      case "visual":
        return VISUAL;
      case "auto":
        return !isTty || terminalDoesBidi(env) ? TERMINAL : VISUAL;
      default:
        throw new IllegalArgumentException(
            source
                + ": unknown value '"
                + TerminalText.line(value.get())
                + "' (expected auto, terminal or visual)");
    }
  }

  private static boolean terminalDoesBidi(Map<String, String> env) {
    return number(env.get("VTE_VERSION")) >= 5800
        || isSet(env.get("KONSOLE_VERSION"))
        || "Apple_Terminal".equals(env.get("TERM_PROGRAM"))
        || isSet(env.get("MLTERM"))
        || env.getOrDefault("TERM", "").startsWith("mlterm");
  }

  private static boolean isSet(String value) {
    return value != null && !value.isBlank();
  }

  private static int number(String value) {
    if (value == null) {
      return -1;
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      return -1; // not a version we can compare: assume nothing
    }
  }
}
