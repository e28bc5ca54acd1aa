package app.azmoon.text;

/**
 * Makes untrusted text (bank strings, file names, messages quoting them) safe to print: no control
 * character reaches the terminal, so a bank cannot retitle, clear, recolour or reorder the screen.
 *
 * <p>Example: a prompt holding ESC ]0;pwned BEL (an OSC sequence that retitles the window) prints
 * as {@code ␛]0;pwned␇}: the sequence is shown, never obeyed.
 *
 * <p>What is neutralized, and how it is shown (one rule: a Unicode control picture where one
 * exists, otherwise a <code>&#92;uXXXX</code> escape):
 *
 * <ul>
 *   <li>C0 controls other than newline and tab, and DEL: their control picture (␛ ESC, ␇ BEL, ␍ CR,
 *       ␀ NUL, ␡ DEL). Without ESC and BEL no ESC, CSI, OSC or DCS sequence can start or end.
 *   <li>C1 controls U+0080–U+009F (the one-byte CSI U+009B, OSC U+009D, DCS U+0090 and ST U+009C
 *       among them) and lone surrogates: <code>&#92;u009B</code>, <code>&#92;uD800</code>.
 *   <li>Bidi embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) likewise: RLO shows
 *       as <code>&#92;u202E</code>. They are shown, not dropped, so that a bank trying to reorder
 *       its own text on screen gives itself away instead of silently changing what the learner
 *       reads.
 * </ul>
 *
 * <p>Kept as they are, because Persian needs them: ZWNJ and ZWJ (joining), LRM, RLM and ALM U+061C.
 * The marks are safe where embeddings are not: they act like a strong letter on their neighbours
 * and open nothing that could reach past the end of the line. Both entry points are idempotent:
 * their output contains nothing they would change again.
 */
public final class TerminalText {
  private TerminalText() {}

  /** For a block of text: keeps newlines and tabs, neutralizes every other control. */
  public static String block(String s) {
    return clean(s, false);
  }

  /** For one line of output: newlines and tabs become spaces as well. */
  public static String line(String s) {
    return clean(s, true);
  }

  /**
   * For an id quoted in a message: one line, and every invisible format character — zero-width
   * space, joiner and non-joiner, word joiner, byte-order mark — shown as <code>&#92;u200B</code>.
   * Ids are ASCII: in one of them such a character is the whole difference between two ids that
   * look the same, so it must show.
   */
  public static String id(String s) {
    String line = line(s);
    StringBuilder out = new StringBuilder(line.length());
    line.chars()
        .forEach(
            c -> {
              if (Character.getType(c) == Character.FORMAT) {
                out.append(Escapes.unicode((char) c));
              } else {
                out.append((char) c);
              }
            });
    return out.toString();
  }

  private static String clean(String s, boolean oneLine) {
    StringBuilder out = null;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      int length = pair ? 2 : 1;
      String shown = pair ? null : replacement(c, oneLine);
      if (shown != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (shown != null) {
          out.append(shown);
        } else {
          out.append(s, i, i + length);
        }
      }
      i += length;
    }
    return out == null ? s : out.toString();
  }

  /** What to print instead of {@code c} (never part of a surrogate pair), or null to keep it. */
  private static String replacement(char c, boolean oneLine) {
    if (c == '\n' || c == '\t') {
      return oneLine ? " " : null;
    }
    if (c < 0x20) {
      return String.valueOf((char) (0x2400 + c)); // U+2400..U+241F: the C0 control pictures
    }
    if (c == 0x7F) {
      return "\u2421"; // ␡
    }
    if ((c >= 0x80 && c <= 0x9F)
        || Character.isSurrogate(c)
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069)) {
      return Escapes.unicode(c);
    }
    return null;
  }
}
