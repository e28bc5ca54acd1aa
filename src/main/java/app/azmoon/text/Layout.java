package app.azmoon.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays untrusted text out as the lines to print: neutralized, wrapped, embedded runs isolated, and
 * in visual mode reordered, shaped and right-aligned. The one way bank text should reach the
 * screen.
 *
 * <p>Example: {@code lines("یک دو سه", 5, RtlMode.VISUAL)} wraps to "یک دو" and "سه" and gives two
 * lines: U+FEED U+FEA9 space U+FB8F U+FBFE (دو, then یک, each reversed into visual order and in
 * joined forms), and three spaces then U+FEEA U+FEB3 (سه), padded so that it ends at column 5,
 * where a right-to-left reader starts.
 *
 * <p>The text is split into paragraphs at '\n'; each is passed through {@link TerminalText#line}
 * (so tabs become spaces and controls are shown, not obeyed), then wrapped by {@link Wrap}, which
 * keeps indentation and runs of spaces. A paragraph is right to left when its first strong
 * character is ({@link VisualOrder#isRtl}); one with no letter at all ("۱. ۶۳۵٬۰۰۰", a chart) takes
 * the direction of its context, the interface's language. In each line, runs of the other direction
 * and numbers such as dates are isolated ({@link Isolates}), so that the bidi algorithm keeps each
 * of them together and in its place. These isolates are Azmoon's own, added after neutralizing: a
 * bank's own isolates and embeddings stay visible as escapes.
 *
 * <ul>
 *   <li>{@link RtlMode#TERMINAL}: the wrapped lines in logical order, unpadded, for the terminal to
 *       reorder. Only what the terminal needs is added: the isolates that change how the Unicode
 *       bidi algorithm orders the line (most lines need none), and an RLM (or LRM) in front of a
 *       line that would on its own look of the other direction — a bidi terminal decides the
 *       direction line by line, while a continuation line starting with a Latin word still belongs
 *       to a right-to-left paragraph.
 *   <li>{@link RtlMode#VISUAL}: each wrapped line through {@link VisualOrder#line}, and lines of a
 *       right-to-left paragraph padded on the left with spaces up to {@code width} columns.
 * </ul>
 *
 * <p>So both modes show the same: a bidi terminal given a line of terminal mode puts its characters
 * where visual mode puts them.
 */
public final class Layout {
  private static final String RLM = "\u200F";
  private static final String LRM = "\u200E";

  /** Lines longer than this are laid out afresh each time: the cache is for short cells. */
  static final int CACHED_LINE = 120;

  /** How many decisions are kept; the least recently used goes first. */
  private static final int CACHED_DECISIONS = 1024;

  /**
   * What {@link #logical} decided for a line: the isolates it needs and the mark in front. The same
   * for every line that differs only in its digits ({@link #digitsAsZeros}).
   */
  record Decision(List<Isolates.Span> needed, String mark) {}

  /**
   * {@link #logical}'s decisions by line with digits as zeros and direction. A table of 20,000
   * cards has 20,000 different due dates ("۹ آبان ۱۴۰۳، ۲۲:۳۴") but a few dozen shapes of them, and
   * each decision runs the bidi algorithm three times: that was half the time {@code cards} took to
   * print them.
   */
  private static final Map<String, Decision> DECISIONS =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Decision> eldest) {
          return size() > CACHED_DECISIONS;
        }
      };

  private Layout() {}

  /**
   * The lines to print for {@code text} in {@code width} columns (at least 1); a paragraph with no
   * letters is left to right.
   */
  public static List<String> lines(String text, int width, RtlMode mode) {
    return lines(text, width, mode, false);
  }

  /**
   * The lines to print for {@code text} in {@code width} columns (at least 1); a paragraph with no
   * letters is right to left if {@code rtlContext} is.
   */
  public static List<String> lines(String text, int width, RtlMode mode, boolean rtlContext) {
    List<String> out = new ArrayList<>();
    for (String paragraph : text.split("\n", -1)) {
      String safe = TerminalText.line(paragraph);
      boolean rtl = VisualOrder.hasStrong(safe) ? VisualOrder.isRtl(safe) : rtlContext;
      for (String line : Wrap.lines(safe, width)) {
        out.add(mode == RtlMode.VISUAL ? visual(line, rtl, width) : logical(line, rtl));
      }
    }
    return out;
  }

  private static int indexOf(List<Isolates.Span> spans, Isolates.Span span) {
    for (int i = 0; ; i++) {
      if (spans.get(i) == span) {
        return i;
      }
    }
  }

  private static String logical(String line, boolean rtl) {
    if (line.isEmpty()) {
      return line;
    }
    if (line.length() > CACHED_LINE) {
      return apply(line, decide(line, rtl));
    }
    String key = (rtl ? 'R' : 'L') + digitsAsZeros(line);
    Decision decision;
    synchronized (DECISIONS) {
      decision = DECISIONS.get(key);
    }
    if (decision == null) {
      decision = decide(line, rtl);
      synchronized (DECISIONS) {
        DECISIONS.put(key, decision);
      }
    }
    return apply(line, decision);
  }

  static String apply(String line, Decision decision) {
    return decision.mark() + Isolates.apply(line, decision.needed());
  }

  /**
   * {@code line} with each ASCII, Arabic-Indic and Persian digit replaced by the zero of its own
   * set. Within a set every digit has the same bidi class, joins no letter and is one column wide,
   * and {@link Isolates} tells digits apart only by set, so the isolates a line needs and the mark
   * in front of it do not depend on which digits it holds — only on where they are.
   */
  static String digitsAsZeros(String line) {
    char[] chars = line.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (c >= '0' && c <= '9') {
        chars[i] = '0';
      } else if (c >= '\u0660' && c <= '\u0669') {
        chars[i] = '\u0660';
      } else if (c >= '\u06F0' && c <= '\u06F9') {
        chars[i] = '\u06F0';
      }
    }
    return new String(chars);
  }

  /** The isolates {@code line} needs, and the mark that keeps it in its paragraph's direction. */
  static Decision decide(String line, boolean rtl) {
    List<Isolates.Span> needed = new ArrayList<>(Isolates.find(line, rtl));
    String target = VisualOrder.line(Isolates.apply(line, needed), rtl);
    for (Isolates.Span span : List.copyOf(needed)) {
      List<Isolates.Span> without = new ArrayList<>(needed);
      // By identity: a record's equals is built by reflection on first use, which cost a quiz's
      // first line some forty generated classes.
      without.remove(indexOf(without, span));
      if (VisualOrder.line(Isolates.apply(line, without), rtl).equals(target)) {
        needed = without; // the algorithm orders the line the same without this one
      }
    }
    String isolated = Isolates.apply(line, needed);
    return new Decision(
        List.copyOf(needed), VisualOrder.isRtl(isolated) == rtl ? "" : (rtl ? RLM : LRM));
  }

  private static String visual(String line, boolean rtl, int width) {
    String visual = VisualOrder.line(Isolates.apply(line, Isolates.find(line, rtl)), rtl);
    if (!rtl || visual.isEmpty()) {
      return visual; // a blank line needs no padding
    }
    // Measured after shaping: a LAM WITH ALEF ligature takes one column where the two letters took
    // two.
    return " ".repeat(Math.max(0, width - Columns.width(visual))) + visual;
  }
}
