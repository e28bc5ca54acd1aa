package app.azmoon.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays untrusted text out as the lines to print: neutralized, wrapped, and in visual mode
 * reordered, shaped and right-aligned. The one way bank text should reach the screen.
 *
 * <p>Example: {@code lines("یک دو سه", 5, RtlMode.VISUAL)} wraps to "یک دو" and "سه" and gives two
 * lines: U+FEED U+FEA9 space U+FB8F U+FBFE (دو, then یک, each reversed into visual order and in
 * joined forms), and three spaces then U+FEEA U+FEB3 (سه), padded so that it ends at column 5,
 * where a right-to-left reader starts.
 *
 * <p>The text is split into paragraphs at '\n'; each is passed through {@link TerminalText#line}
 * (so tabs become spaces and controls are shown, not obeyed), then wrapped by {@link Wrap}. A
 * paragraph is right to left when its first strong character is ({@link VisualOrder#isRtl}).
 *
 * <ul>
 *   <li>{@link RtlMode#TERMINAL}: the wrapped lines in logical order, unpadded. Only one thing is
 *       added: a line of a right-to-left paragraph that would on its own look left to right (it
 *       starts with a Latin word or a number) gets an RLM in front, because a bidi terminal decides
 *       the direction line by line and would otherwise lay it out left to right.
 *   <li>{@link RtlMode#VISUAL}: each wrapped line through {@link VisualOrder#line}, and lines of a
 *       right-to-left paragraph padded on the left with spaces up to {@code width} columns.
 * </ul>
 */
public final class Layout {
  private static final String RLM = "\u200F";

  private Layout() {}

  /** The lines to print for {@code text} in {@code width} columns (at least 1). */
  public static List<String> lines(String text, int width, RtlMode mode) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      String safe = TerminalText.line(paragraph);
      boolean rtl = VisualOrder.isRtl(safe);
      for (String line : Wrap.lines(safe, width)) {
        out.add(mode == RtlMode.VISUAL ? visual(line, rtl, width) : logical(line, rtl));
      }
    }
    return out;
  }

  private static String logical(String line, boolean rtl) {
    return rtl && !line.isEmpty() && !VisualOrder.isRtl(line) ? RLM + line : line;
  }

  private static String visual(String line, boolean rtl, int width) {
    String visual = VisualOrder.line(line, rtl);
    if (!rtl) {
      return visual;
    }
    // Measured after shaping: a LAM WITH ALEF ligature takes one column where the two letters took
    // two.
    return " ".repeat(Math.max(0, width - Columns.width(visual))) + visual;
  }
}
