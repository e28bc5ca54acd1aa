package app.azmoon.cli;

import app.azmoon.text.Columns;
import app.azmoon.text.Layout;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * How a command prints text for a person: paragraphs and tables laid out by {@link Layout} for the
 * screen's width and right-to-left mode, with colour or without. {@link DisplayOptions#printer}
 * makes one from {@code --rtl}, {@code --color} and the console. Machine output (JSON, CSV) never
 * goes through it, so it is never reordered or shaped.
 *
 * <p>On a terminal, text wraps at its width. Into a pipe or a file it does not wrap at all in
 * terminal mode (one report line is one line, as stored); visual mode right-aligns, so it needs a
 * width even there: {@code $COLUMNS}, else 80.
 */
final class Printer {
  /** A width no line reaches: text is not wrapped. */
  static final int NO_WRAP = 1 << 20;

  private final PrintWriter out;
  private final RtlMode rtl;
  private final Style style;
  private final int width;

  Printer(PrintWriter out, RtlMode rtl, Style style, int width) {
    this.out = out;
    this.rtl = rtl;
    this.style = style;
    this.width = width;
  }

  /** Lines as stored, unwrapped and without colour: for report files. */
  static Printer asStored(PrintWriter out) {
    return new Printer(out, RtlMode.TERMINAL, new Style(false), NO_WRAP);
  }

  Style style() {
    return style;
  }

  /**
   * Each of {@code paragraphs} laid out. In terminal mode a line that fits is printed as stored,
   * with its runs of spaces (a sheet's indent, a histogram's columns); only a longer one is
   * wrapped.
   */
  List<String> layout(List<String> paragraphs) {
    return paragraphs.stream()
        .flatMap(p -> Arrays.stream(p.split("\n", -1)))
        .flatMap(this::lines)
        .toList();
  }

  private Stream<String> lines(String line) {
    String safe = TerminalText.line(line);
    return rtl == RtlMode.TERMINAL && Columns.width(safe) <= width
        ? Stream.of(safe)
        : Layout.lines(line, width, rtl).stream();
  }

  /** Prints {@code text} (paragraphs separated by newlines), laid out. */
  void text(String text) {
    text(text, UnaryOperator.identity());
  }

  /** Prints {@code text} laid out, each line painted by {@code paint}. */
  void text(String text, UnaryOperator<String> paint) {
    layout(List.of(text)).forEach(l -> out.println(paint.apply(l)));
  }

  /** Prints each of {@code paragraphs}, laid out. */
  void lines(List<String> paragraphs) {
    layout(paragraphs).forEach(out::println);
  }

  void table(Table table) {
    table.lines(width, rtl, style).forEach(out::println);
  }

  void flush() {
    out.flush();
  }
}
