package app.azmoon.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Comma- or tab-separated tables as RFC 4180 describes them and spreadsheets save them: fields in
 * double quotes may hold the separator, line breaks and doubled quotes; lines end in CRLF, LF or
 * CR. The separator is the one the header line uses most (tab, comma or semicolon), or the one an
 * Excel {@code sep=;} first line names.
 *
 * <p>{@code a,"b ""c""",d} reads as the three cells {@code a}, {@code b "c"} and {@code d}; written
 * back, {@code =1+1} becomes {@code '=1+1} so that no spreadsheet runs it as a formula.
 */
public final class CsvTable {
  private static final Pattern SEP_LINE = Pattern.compile("(?i)sep=(.)[ \\t]*");
  private static final char[] SEPARATORS = {'\t', ',', ';'};

  /** One record and the line of the file it starts on. */
  record Row(int line, List<String> cells) {
    Row {
      cells = List.copyOf(cells);
    }

    boolean blank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }

  /** The records read, and what stopped the reading early (a quote never closed). */
  record Table(List<Row> rows, Optional<Note> cutShort) {}

  private CsvTable() {}

  /** Reads every record of {@code text}; a byte-order mark at its start is skipped. */
  static Table read(String text) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    int firstEnd = lineEnd(body, 0);
    int line = 1;
    int start = 0;
    char separator;
    Matcher sep = SEP_LINE.matcher(body.substring(0, firstEnd));
    if (sep.matches()) {
      separator = sep.group(1).charAt(0);
      start = next(body, firstEnd);
      line = 2;
    } else {
      separator = separatorOf(body.substring(0, firstEnd));
    }
    return new Reader(body, separator, start, line).rows();
  }

  /** The separator the header line uses most outside quotes; a comma when it uses none. */
  private static char separatorOf(String header) {
    int[] counts = new int[SEPARATORS.length];
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      quoted ^= c == '"';
      for (int k = 0; k < SEPARATORS.length && !quoted; k++) {
        counts[k] += c == SEPARATORS[k] ? 1 : 0;
      }
    }
    int best = 1; // a comma
    for (int k = 0; k < SEPARATORS.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return SEPARATORS[best];
  }

  private static int lineEnd(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
      i++;
    }
    return i;
  }

  /** Where the line after the break at {@code end} starts. */
  private static int next(String s, int end) {
    if (end < s.length()
        && s.charAt(end) == '\r'
        && end + 1 < s.length()
        && s.charAt(end + 1) == '\n') {
      return end + 2;
    }
    return Math.min(end + 1, s.length());
  }

  /** The state of one pass over the text. */
  private static final class Reader {
    private final String s;
    private final char separator;
    private int i;
    private int line;
    private final List<Row> rows = new ArrayList<>();
    private List<String> cells = new ArrayList<>();
    private final StringBuilder cell = new StringBuilder();
    private boolean quotedCell;
    private int rowLine;

    Reader(String s, char separator, int start, int line) {
      this.s = s;
      this.separator = separator;
      this.i = start;
      this.line = line;
      this.rowLine = line;
    }

    Table rows() {
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"' && cell.length() == 0 && !quotedCell) {
          int opened = line;
          quotedCell = true;
          if (!quoted()) {
            return new Table(
                rows,
                Optional.of(
                    new Note(
                        "line " + opened,
                        "a quoted field opened here is never closed; the rest of the file is"
                            + " left out")));
          }
        } else if (c == separator) {
          endCell();
          i++;
        } else if (c == '\n' || c == '\r') {
          endRow();
          i = next(s, i);
          line++;
          rowLine = line;
        } else {
          cell.append(c);
          i++;
        }
      }
      if (cell.length() > 0 || quotedCell || !cells.isEmpty()) {
        endRow();
      }
      return new Table(rows, Optional.empty());
    }

    /** Reads a quoted field from its opening quote; false when the file ends inside it. */
    private boolean quoted() {
      i++;
      while (i < s.length()) {
        char c = s.charAt(i);
        if (c == '"') {
          if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
            cell.append('"');
            i += 2;
          } else {
            i++;
            return true; // anything up to the separator is kept as typed
          }
        } else if (c == '\n' || c == '\r') {
          cell.append('\n');
          i = next(s, i);
          line++;
        } else {
          cell.append(c);
          i++;
        }
      }
      return false;
    }

    private void endCell() {
      cells.add(cell.toString());
      cell.setLength(0);
      quotedCell = false;
    }

    private void endRow() {
      endCell();
      rows.add(new Row(rowLine, cells));
      cells = new ArrayList<>();
    }
  }

  /** One record, each field written by {@link #cell}, separated by commas. */
  public static String row(List<String> fields) {
    return fields.stream().map(CsvTable::cell).collect(Collectors.joining(","));
  }

  /**
   * A field as a spreadsheet will read it back: a value starting with = + - @ (other than a plain
   * number) gets a leading apostrophe so that it is not run as a formula — and so does one that
   * already starts with an apostrophe before such a sign, so that reading removes exactly one;
   * values with a comma, a quote, a line break or outer spaces are quoted, quotes doubled.
   */
  public static String cell(String value) {
    String safe = guarded(value) ? "'" + value : value;
    boolean quote =
        safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\t')
            || !safe.equals(safe.strip());
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }

  /** The value a cell written by {@link #cell} held: its formula guard removed. */
  static String unguarded(String cell) {
    return cell.startsWith("'") && guarded(cell.substring(1)) ? cell.substring(1) : cell;
  }

  /** A formula, or apostrophes before one: what gets one more apostrophe on writing. */
  private static boolean guarded(String value) {
    String rest = value.replaceFirst("^'+", "");
    return !rest.isEmpty() && "=+-@".indexOf(rest.charAt(0)) >= 0 && !rest.matches("[-+]?[0-9.]+");
  }
}
