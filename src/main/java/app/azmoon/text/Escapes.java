package app.azmoon.text;

/**
 * The characters no machine output (JSON, CSV, a file name) may carry as they are, and their <code>
 * &#92;uXXXX</code> form. A report is read by other programs and often ends up on a terminal or in
 * a spreadsheet: a raw C1 control there is a one-byte CSI or OSC, and a bidi control reorders what
 * a teacher reads (a name ending in U+202E makes {@code txt.json} show as {@code nosj.txt}).
 *
 * <p>The set: C0 controls, DEL, C1 controls (U+0080–U+009F), lone surrogates, and every bidi
 * control — the marks ALM U+061C, LRM U+200E and RLM U+200F, the embeddings and overrides
 * U+202A–U+202E and the isolates U+2066–U+2069. In JSON the escape is lossless (a parser reads the
 * character back); terminal text keeps the marks ({@link TerminalText}), which are harmless there.
 */
public final class Escapes {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private Escapes() {}

  /** Whether {@code c} (a lone one, when a surrogate) is in the set. */
  public static boolean isControl(char c) {
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || Character.isSurrogate(c)
        || c == 0x061C
        || c == 0x200E
        || c == 0x200F
        || (c >= 0x202A && c <= 0x202E)
        || (c >= 0x2066 && c <= 0x2069);
  }

  /**
   * JSON text as Gson wrote it, with every character of the set past the C0 range escaped. Gson
   * escapes C0 controls itself; the newlines and spaces left between tokens are layout, and the
   * others can only stand inside strings, where an escape means the same character.
   */
  public static String json(String json) {
    return escape(json, 0x7F);
  }

  /** {@code s} with every character of the set escaped: for CSV cells, which have no escapes. */
  public static String visible(String s) {
    return escape(s, 0);
  }

  private static String escape(String s, int from) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean pair =
          Character.isHighSurrogate(c)
              && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1));
      if (pair) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      boolean escaped = c >= from && isControl(c);
      if (escaped && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (escaped) {
          out.append(unicode(c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  /** <code>&#92;u202E</code> for U+202E. */
  public static String unicode(char c) {
    return new String(
        new char[] {
          '\\', 'u', HEX[(c >> 12) & 0xF], HEX[(c >> 8) & 0xF], HEX[(c >> 4) & 0xF], HEX[c & 0xF]
        });
  }
}
