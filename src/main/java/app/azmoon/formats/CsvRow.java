package app.azmoon.formats;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Text;
import app.azmoon.formats.CsvHeader.Column;
import app.azmoon.formats.CsvHeader.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells of one CSV row, looked up by what their column holds. A cell is read as the spreadsheet
 * saved it, trimmed, its formula guard (a leading apostrophe before = + - @) removed; an empty cell
 * is no value.
 */
final class CsvRow {
  /** One option's cells: the one in no stated language, the Persian one, the English one. */
  record Option(Optional<String> plain, Optional<String> fa, Optional<String> en) {}

  private final CsvHeader header;
  private final CsvTable.Row row;

  CsvRow(CsvHeader header, CsvTable.Row row, List<Note> notes) {
    this.header = header;
    this.row = row;
    int last = header.lastIndex();
    long extra = row.cells().stream().skip(last + 1L).filter(c -> !c.isBlank()).count();
    if (extra > 0) {
      notes.add(
          new Note(
              "line " + row.line(),
              extra + " cell" + (extra == 1 ? "" : "s") + " past the last named column left out"));
    }
  }

  int line() {
    return row.line();
  }

  /** The cell of the column holding {@code field} in no stated language. */
  Optional<String> plain(Field field) {
    return header.columns(field).stream()
        .filter(c -> c.language().isEmpty())
        .findFirst()
        .flatMap(this::cell);
  }

  /** A text field from its plain, Persian and English columns. */
  Optional<Text> text(Field field) {
    List<Column> columns = header.columns(field);
    return Texts.combine(
        in(columns, Optional.empty()),
        in(columns, Optional.of(Language.FA)),
        in(columns, Optional.of(Language.EN)));
  }

  /**
   * The options, items or pairs in the choice columns, in their numbers' order; empty ones left
   * out.
   */
  List<Option> options() {
    List<Option> options = new ArrayList<>();
    for (List<Column> columns : header.choices().values()) {
      Option o =
          new Option(
              in(columns, Optional.empty()),
              in(columns, Optional.of(Language.FA)),
              in(columns, Optional.of(Language.EN)));
      if (o.plain().isPresent() || o.fa().isPresent() || o.en().isPresent()) {
        options.add(o);
      }
    }
    return options;
  }

  private Optional<String> in(List<Column> columns, Optional<Language> language) {
    return columns.stream()
        .filter(c -> c.language().equals(language))
        .findFirst()
        .flatMap(this::cell);
  }

  private Optional<String> cell(Column column) {
    if (column.index() >= row.cells().size()) {
      return Optional.empty();
    }
    String value = CsvTable.unguarded(row.cells().get(column.index()).strip()).strip();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
