package app.azmoon.cli;

import app.azmoon.text.Columns;
import app.azmoon.text.Layout;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import app.azmoon.text.TerminalText;
import app.azmoon.text.VisualOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;
import java.util.function.UnaryOperator;

/**
 * Rows of text in columns, for a person to read, laid out for the screen's width and right-to-left
 * mode; every cell goes through {@link Layout}, so bank text is neutralized, wrapped only between
 * words and, in visual mode, reordered and shaped.
 *
 * <p>Example: {@code list} has the columns ID, TYPE, TAGS (wrapped past 22 columns) and PROMPT (the
 * rest of the line). Every column is as wide as its widest cell while the prompts fit; when they do
 * not, the tags wrap at 22 columns, or at their longest tag if the prompt still has fewer than 16
 * columns, and a prompt longer than what is left wraps under its own column. At 40 columns not even
 * that is left, so each row becomes a line of its other cells with the prompt on indented lines
 * below.
 *
 * <p>In terminal mode a row holding right-to-left text gets an LRM after each right-to-left cell,
 * and in front when the row would otherwise start with right-to-left text: a terminal that runs the
 * bidi algorithm then keeps the columns in their order instead of reading the row as one
 * right-to-left paragraph. In visual mode each cell is reordered on its own, right-to-left cells
 * aligned to the right of their column.
 */
final class Table {
  /** Space between two columns. */
  static final int GAP = 2;

  /** Below this, the last column is not worth keeping: rows become paragraphs. */
  static final int MIN_REST = 16;

  /** Indent of the last cell under a row printed as a paragraph. */
  static final int INDENT = 4;

  private static final String LRM = "\u200E";

  /**
   * A column: its header ("" for none), whether it is aligned right (numbers), the width past which
   * it wraps (0: never), and whether it takes the rest of the line (the last column only).
   */
  record Column(String header, boolean alignRight, int cap, boolean rest) {
    static Column of(String header) {
      return new Column(header, false, 0, false);
    }

    static Column number(String header) {
      return new Column(header, true, 0, false);
    }

    static Column wrapped(String header, int cap) {
      return new Column(header, false, cap, false);
    }

    static Column rest(String header) {
      return new Column(header, false, 0, true);
    }
  }

  private record Row(List<String> cells, UnaryOperator<String> paint) {}

  private final List<Column> columns;
  private final List<Row> rows = new ArrayList<>();

  Table(Column... columns) {
    this.columns = List.of(columns);
    for (int c = 0; c < columns.length - 1; c++) {
      if (columns[c].rest()) {
        throw new IllegalArgumentException("only the last column can take the rest of the line");
      }
    }
  }

  Table add(String... cells) {
    return add(UnaryOperator.identity(), cells);
  }

  /** A row painted by {@code paint} (a colour), after it is laid out. */
  Table add(UnaryOperator<String> paint, String... cells) {
    if (cells.length != columns.size()) {
      throw new IllegalArgumentException(
          cells.length + " cells for " + columns.size() + " columns");
    }
    rows.add(new Row(List.of(cells), paint));
    return this;
  }

  /** The lines to print in {@code width} columns. */
  List<String> lines(int width, RtlMode mode, Style style) {
    int n = columns.size();
    int[] widths = new int[n];
    int[] words = new int[n];
    boolean header = columns.stream().anyMatch(c -> !c.header().isEmpty());
    for (int c = 0; c < n; c++) {
      widths[c] = header ? Columns.width(columns.get(c).header()) : 0;
      for (Row row : rows) {
        String cell = TerminalText.line(row.cells().get(c));
        widths[c] = Math.max(widths[c], Columns.width(cell));
        for (String word : cell.split(" ")) {
          words[c] = Math.max(words[c], Columns.width(word));
        }
      }
    }
    if (columns.get(n - 1).rest()) {
      int natural = widths[n - 1];
      // Wrapped columns give up room only as the last column needs it: first down to their cap,
      // then, if the last column would still be too narrow, down to their longest word.
      if (room(widths, width) < natural) {
        squeeze(widths, c -> Math.max(Math.min(widths[c], columns.get(c).cap()), words[c]));
      }
      if (room(widths, width) < Math.min(natural, MIN_REST)) {
        squeeze(widths, c -> words[c]);
      }
      int room = room(widths, width);
      if (room < Math.min(natural, MIN_REST)) {
        return paragraphs(width, mode);
      }
      widths[n - 1] = Math.max(1, Math.min(room, natural));
    }
    List<String> out = new ArrayList<>();
    if (header) {
      out.addAll(row(columns.stream().map(Column::header).toList(), widths, mode, style::dim));
    }
    for (Row row : rows) {
      out.addAll(row(row.cells(), widths, mode, row.paint()));
    }
    return out;
  }

  /** What is left of {@code width} for the last column; an empty column takes no gap either. */
  private int room(int[] widths, int width) {
    int n = columns.size();
    return width
        - Arrays.stream(widths, 0, n - 1).sum()
        - GAP * (int) Arrays.stream(widths, 0, n - 1).filter(w -> w > 0).count();
  }

  /** Sets each wrapped column (one with a cap) to {@code to} of its index. */
  private void squeeze(int[] widths, IntUnaryOperator to) {
    for (int c = 0; c < columns.size() - 1; c++) {
      if (columns.get(c).cap() > 0) {
        widths[c] = to.applyAsInt(c);
      }
    }
  }

  private List<String> row(
      List<String> cells, int[] widths, RtlMode mode, UnaryOperator<String> paint) {
    int n = cells.size();
    List<List<String>> laid = new ArrayList<>();
    int height = 0;
    for (int c = 0; c < n; c++) {
      List<String> lines = widths[c] > 0 ? Layout.lines(cells.get(c), widths[c], mode) : List.of();
      laid.add(lines);
      height = Math.max(height, lines.size());
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < height; i++) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < n; c++) {
        if (widths[c] == 0) {
          continue; // a column with nothing in it (a bank without tags) is left out
        }
        String part = i < laid.get(c).size() ? laid.get(c).get(i) : "";
        String pad = " ".repeat(Math.max(0, widths[c] - Columns.width(part)));
        if (mode == RtlMode.TERMINAL && c < n - 1 && hasRtl(part)) {
          part += LRM; // ends the cell's right-to-left run before the next column
        }
        if (line.length() > 0) {
          line.append(" ".repeat(GAP));
        }
        line.append(columns.get(c).alignRight() ? pad + part : part + pad);
      }
      out.add(paint.apply(leftToRight(line.toString().stripTrailing(), mode)));
    }
    return out;
  }

  /** Each row as a paragraph of its first cells, the last cell on indented lines below. */
  private List<String> paragraphs(int width, RtlMode mode) {
    List<String> out = new ArrayList<>();
    for (Row row : rows) {
      List<String> lines = new ArrayList<>();
      String head =
          String.join(
              " ".repeat(GAP),
              row.cells().subList(0, row.cells().size() - 1).stream()
                  .filter(s -> !s.isBlank())
                  .toList());
      Layout.lines(head, width, mode).forEach(l -> lines.add(leftToRight(l, mode)));
      String last = row.cells().get(row.cells().size() - 1);
      if (!last.isBlank()) {
        Layout.lines(last, Math.max(1, width - INDENT), mode)
            .forEach(l -> lines.add(leftToRight(" ".repeat(INDENT) + l, mode)));
      }
      lines.forEach(l -> out.add(row.paint().apply(l)));
    }
    return out;
  }

  /** In terminal mode, a line that would start right to left gets an LRM, keeping it in place. */
  private static String leftToRight(String line, RtlMode mode) {
    return mode == RtlMode.TERMINAL && VisualOrder.isRtl(line) ? LRM + line : line;
  }

  /** Whether {@code s} holds a right-to-left letter, mark or Arabic digit. */
  static boolean hasRtl(String s) {
    return s.codePoints()
        .map(Character::getDirectionality)
        .anyMatch(
            d ->
                d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_ARABIC_NUMBER);
  }
}
