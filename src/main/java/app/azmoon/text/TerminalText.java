package app.azmoon.text;

/**
 * Makes untrusted text (bank strings, file names, messages quoting them) safe to print: no control
 * or escape sequence reaches the terminal intact.
 *
 * <p>{@code TerminalText.line("a\u001b[2Jb")} is {@code "a␛[2Jb"}: the escape is shown, not obeyed.
 */
public final class TerminalText {
  private TerminalText() {}

  /** Keeps newlines and tabs; shows every other control character as a visible symbol. */
  public static String block(String s) {
    return clean(s, false);
  }

  /** For one line of output: newlines and tabs become spaces as well. */
  public static String line(String s) {
    return clean(s, true);
  }

  private static String clean(String s, boolean oneLine) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String replacement = replacement(c, oneLine);
      if (replacement != null && out == null) {
        out = new StringBuilder(s.length() + 8).append(s, 0, i);
      }
      if (out != null) {
        out.append(replacement != null ? replacement : String.valueOf(c));
      }
    }
    return out == null ? s : out.toString();
  }

  /** What to print instead of {@code c}, or null to print it as it is. */
  private static String replacement(char c, boolean oneLine) {
    if (c == '\n' || c == '\t') {
      return oneLine ? " " : null;
    }
    if (c < 0x20) {
      return String.valueOf((char) (0x2400 + c)); // Unicode control pictures: ␛ for ESC
    }
    if (c == 0x7F) {
      return "\u2421"; // ␡
    }
    if (c >= 0x80 && c <= 0x9F) {
      return "\uFFFD"; // C1 controls, CSI among them, have no picture
    }
    if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)) {
      return ""; // embeddings, overrides, isolates: would reorder what follows them on screen
    }
    return null;
  }
}
