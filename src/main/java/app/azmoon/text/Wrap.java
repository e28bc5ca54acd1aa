package app.azmoon.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy word wrapping by display columns ({@link Columns#width}), in logical order.
 *
 * <p>Example: {@code lines("در ۱۲ آوریل ۱۹۵۱", 10)} is {@code ["در ۱۲", "آوریل ۱۹۵۱"]}: the first
 * line would need 11 columns to take "آوریل" as well.
 *
 * <p>Rules:
 *
 * <ul>
 *   <li>Lines break only at spaces (U+0020); runs of spaces collapse to one and leading or trailing
 *       spaces go. A no-break space and a ZWNJ are inside a word, so می‌خواهم never splits.
 *   <li>A line takes as many words as fit: a word moves to the next line only if it would overflow
 *       this one.
 *   <li>A word wider than the width starts a line of its own and, as the last resort, is cut into
 *       pieces that fill whole lines; the next word starts a fresh line. Pieces end only between
 *       user-perceived characters: a combining mark, ZWNJ or other zero-width character stays with
 *       the character before it. Cutting is needed because a terminal that wraps an over-long line
 *       itself would break the right-to-left reading order of visual mode.
 * </ul>
 *
 * <p>So every line fits the width, except a line holding a single character wider than the width (a
 * 2-column character at width 1). An empty or blank paragraph gives one empty line.
 */
public final class Wrap {
  private Wrap() {}

  /** Wraps one paragraph (no newlines) to {@code width} columns, which must be at least 1. */
  public static List<String> lines(String paragraph, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1, was " + width);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    for (String word : paragraph.split(" +")) {
      if (word.isEmpty()) {
        continue; // what split leaves before leading spaces
      }
      int columns = Columns.width(word);
      if (columns > width) {
        flush(line, lines);
        used = 0;
        cut(word, width, lines);
        continue;
      }
      if (line.length() > 0 && used + 1 + columns > width) {
        flush(line, lines);
        used = 0;
      }
      if (line.length() > 0) {
        line.append(' ');
        used++;
      }
      line.append(word);
      used += columns;
    }
    flush(line, lines);
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    if (line.length() > 0) {
      lines.add(line.toString());
      line.setLength(0);
    }
  }

  /** Cuts an over-long word into pieces of at most {@code width} columns each. */
  private static void cut(String word, int width, List<String> lines) {
    int start = 0;
    int used = 0;
    int i = 0;
    while (i < word.length()) {
      int end = clusterEnd(word, i);
      int columns = Columns.width(word.substring(i, end));
      if (used > 0 && used + columns > width) {
        lines.add(word.substring(start, i));
        start = i;
        used = 0;
      }
      used += columns;
      i = end;
    }
    lines.add(word.substring(start));
  }

  /** End of the character at {@code i} together with the zero-width characters after it. */
  private static int clusterEnd(String s, int i) {
    int end = i + Character.charCount(s.codePointAt(i));
    while (end < s.length() && Columns.of(s.codePointAt(end)) == 0) {
      end += Character.charCount(s.codePointAt(end));
    }
    return end;
  }
}
