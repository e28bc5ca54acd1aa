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
 *   <li>Lines break only at spaces (U+0020). The spaces at a break go, and so do trailing spaces; a
 *       run of spaces inside a line stays as it is, so a chart "|█ ▃|" or aligned columns keep
 *       their width. A no-break space and a ZWNJ are inside a word, so می‌خواهم never splits.
 *   <li>Leading spaces indent every line of the paragraph, as long as they leave at least half the
 *       width; deeper indentation is dropped.
 *   <li>A line takes as many words as fit: a word moves to the next line only if it would overflow
 *       this one.
 *   <li>A word wider than the room left by the indentation starts a line of its own and, as the
 *       last resort, is cut into pieces that fill whole lines; the next word starts a fresh line.
 *       Pieces end only between user-perceived characters: a combining mark, ZWNJ or other
 *       zero-width character stays with the character before it. Cutting is needed because a
 *       terminal that wraps an over-long line itself would break the right-to-left reading order of
 *       visual mode.
 * </ul>
 *
 * <p>So every line fits the width, except a line holding a single character wider than the room (a
 * 2-column character in 1 column). An empty or blank paragraph gives one empty line.
 */
public final class Wrap {
  private Wrap() {}

  /** Wraps one paragraph (no newlines) to {@code width} columns, which must be at least 1. */
  public static List<String> lines(String paragraph, int width) {
    if (width < 1) {
      throw new IllegalArgumentException("width must be at least 1, was " + width);
    }
    int leading = 0;
    while (leading < paragraph.length() && paragraph.charAt(leading) == ' ') {
      leading++;
    }
    String indent = 2 * leading <= width ? " ".repeat(leading) : "";
    int room = width - indent.length();
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    int i = leading;
    while (i < paragraph.length()) {
      int wordStart = i;
      while (i < paragraph.length() && paragraph.charAt(i) != ' ') {
        i++;
      }
      String word = paragraph.substring(wordStart, i);
      int gapStart = i;
      while (i < paragraph.length() && paragraph.charAt(i) == ' ') {
        i++;
      }
      String gap = paragraph.substring(gapStart, i); // the spaces after this word
      int columns = Columns.width(word);
      if (columns > room) {
        flush(line, lines);
        used = 0;
        cut(word, room, indent, lines);
      } else {
        if (line.length() > 0 && used + columns > room) {
          flush(line, lines);
          used = 0;
        }
        if (line.length() == 0) {
          line.append(indent);
        }
        line.append(word);
        used += columns;
      }
      if (line.length() > 0 && i < paragraph.length()) {
        line.append(gap); // dropped again if the line ends here
        used += gap.length();
      }
    }
    flush(line, lines);
    if (lines.isEmpty()) {
      lines.add("");
    }
    return lines;
  }

  private static void flush(StringBuilder line, List<String> lines) {
    int end = line.length();
    while (end > 0 && line.charAt(end - 1) == ' ') {
      end--;
    }
    if (end > 0) {
      lines.add(line.substring(0, end));
    }
    line.setLength(0);
  }

  /** Cuts an over-long word into indented pieces of at most {@code width} columns each. */
  private static void cut(String word, int width, String indent, List<String> lines) {
    int start = 0;
    int used = 0;
    int i = 0;
    while (i < word.length()) {
      int end = clusterEnd(word, i);
      int columns = Columns.width(word.substring(i, end));
      if (used > 0 && used + columns > width) {
        lines.add(indent + word.substring(start, i));
        start = i;
        used = 0;
      }
      used += columns;
      i = end;
    }
    lines.add(indent + word.substring(start));
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
