package app.azmoon.text;

import org.jline.utils.WCWidth;

/**
 * Display columns of text in a monospaced terminal, as JLine's {@link WCWidth} counts them.
 *
 * <p>Example: {@code width("طبیعتاً")} is 6 although the string has 7 chars — the tanwin U+064B is
 * a combining mark and takes no column. ZWNJ, ZWJ, LRM, RLM and ALM also count 0; East Asian wide
 * characters such as 中 count 2.
 *
 * <p>Control characters count 0 too: text is measured after {@link TerminalText} has replaced them
 * with visible stand-ins, which are measured like any other character.
 */
public final class Columns {
  private Columns() {}

  /** The number of terminal columns {@code s} occupies. */
  public static int width(CharSequence s) {
    int columns = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      columns += of(cp);
      i += Character.charCount(cp);
    }
    return columns;
  }

  /** Columns of one code point: 0, 1 or 2 (WCWidth's -1 for controls counts as 0). */
  static int of(int codePoint) {
    return Math.max(0, WCWidth.wcwidth(codePoint));
  }
}
