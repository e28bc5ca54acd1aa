package app.azmoon.formats;

import app.azmoon.domain.answer.Normalization;
import app.azmoon.domain.answer.NumberReader;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Text;
import app.azmoon.formats.CsvHeader.Column;
import app.azmoon.formats.CsvHeader.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The cells of one CSV row, looked up by what their column holds and read as what they stand for: a
 * kind under any of its names, tags, points, yes or no. A cell is read as the spreadsheet saved it,
 * trimmed, its formula guard (a leading apostrophe before = + - @) removed; an empty cell is no
 * value.
 */
final class CsvRow {
  private static final Set<String> TRUE = keys("true", "درست", "صحیح", "بله", "yes");
  private static final Set<String> FALSE = keys("false", "نادرست", "غلط", "خیر", "no");
  private static final Map<String, Kind> KINDS = new HashMap<>();

  static {
    for (Kind kind : Kind.values()) {
      KINDS.put(Normalization.key(kind.code()), kind);
    }
    kinds(Kind.CHOICE, "multichoice", "multiple choice", "mc", "چندگزینه ای");
    kinds(Kind.TRUEFALSE, "true/false", "true false", "tf", "درست نادرست");
    kinds(Kind.TEXT, "short answer", "shortanswer", "کوتاه پاسخ", "تشریحی کوتاه");
    kinds(Kind.NUMERIC, "number", "numerical", "عددی");
    kinds(Kind.DATE, "تاریخ");
    kinds(Kind.ORDER, "ordering", "ترتیب");
    kinds(Kind.MATCH, "matching", "جورکردنی");
    kinds(Kind.CLOZE, "gaps", "جای خالی");
  }

  /** One option's cells: the one in no stated language, the Persian one, the English one. */
  record Option(Optional<String> plain, Optional<String> fa, Optional<String> en) {}

  private final CsvHeader header;
  private final CsvTable.Row row;
  private final List<Note> notes;

  CsvRow(CsvHeader header, CsvTable.Row row, List<Note> notes) {
    this.header = header;
    this.row = row;
    this.notes = notes;
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

  /** The kind the type column names, under any of its names; empty when it has none. */
  Optional<Kind> kind() {
    return plain(Field.TYPE)
        .map(
            t ->
                Optional.ofNullable(KINDS.get(Normalization.key(t)))
                    .orElseThrow(
                        () ->
                            new Skip(
                                "unknown type \""
                                    + t
                                    + "\" (expected one of "
                                    + String.join(
                                        ", ", Arrays.stream(Kind.values()).map(Kind::code).toList())
                                    + ")")));
  }

  /** True or false in either language, if {@code cell} says one of them. */
  static Optional<Boolean> trueFalse(String cell) {
    String key = Normalization.key(cell);
    return TRUE.contains(key)
        ? Optional.of(true)
        : FALSE.contains(key) ? Optional.of(false) : Optional.empty();
  }

  List<String> tags() {
    Set<String> tags = new LinkedHashSet<>();
    for (String tag : plain(Field.TAGS).orElse("").split("[\\s,;|،]+")) {
      String id = tag.toLowerCase(Locale.ROOT).replace('_', '-');
      if (Ids.isValid(id)) {
        tags.add(id);
      } else if (!tag.isEmpty()) {
        notes.add(
            new Note(
                "line " + line(),
                "tag \"" + tag + "\" is left out: a tag is lowercase a–z, digits and dashes"));
      }
    }
    return List.copyOf(tags);
  }

  double points() {
    Optional<String> cell = plain(Field.POINTS);
    if (cell.isEmpty()) {
      return 1;
    }
    Optional<BigDecimal> points = NumberReader.read(cell.get()).filter(p -> p.signum() > 0);
    if (points.isEmpty()) {
      notes.add(
          new Note(
              "line " + line(),
              "points \"" + cell.get() + "\" is not a number above 0: the question is worth 1"));
    }
    return points.map(BigDecimal::doubleValue).orElse(1.0);
  }

  /** A yes/no cell; an empty one is yes. */
  boolean yes(Field field) {
    return plain(field)
        .map(v -> !FALSE.contains(Normalization.key(v)) && !v.equals("0"))
        .orElse(true);
  }

  List<String> units() {
    List<String> units = new ArrayList<>();
    text(Field.UNIT)
        .ifPresent(
            u -> {
              u.fa().ifPresent(units::add);
              u.en().ifPresent(units::add);
            });
    return units;
  }

  /** Alternatives separated by |, each trimmed, empty ones dropped. */
  static List<String> alternatives(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
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

  private static Set<String> keys(String... words) {
    Set<String> keys = new HashSet<>();
    for (String w : words) {
      keys.add(Normalization.key(w));
    }
    return keys;
  }

  private static void kinds(Kind kind, String... names) {
    for (String n : names) {
      KINDS.put(Normalization.key(n), kind);
    }
  }
}
