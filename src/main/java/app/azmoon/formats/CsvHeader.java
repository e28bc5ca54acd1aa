package app.azmoon.formats;

import app.azmoon.domain.answer.Normalization;
import app.azmoon.domain.question.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each column of a CSV file holds, read from its header: names in English or Persian, in any
 * case, with an optional language suffix. {@code prompt}, {@code Prompt_EN}, {@code پرسش}, {@code
 * choice2}, {@code گزینه ۲} and a repeated {@code choices} are all understood.
 */
final class CsvHeader {
  /** What a column holds. */
  enum Field {
    ID,
    TYPE,
    PROMPT,
    ANSWER,
    REJECT,
    UNIT,
    MIN,
    MAX,
    CHOICE,
    EXPLANATION,
    QUOTE,
    TAGS,
    POINTS,
    SHUFFLE,
    FUZZY,
    CREDITS,
    PARTIAL
  }

  /** Fields whose cells are texts, and so may have a column per language. */
  private static final List<Field> TEXTS =
      List.of(Field.PROMPT, Field.UNIT, Field.CHOICE, Field.EXPLANATION);

  private static final Map<String, Field> NAMES = new HashMap<>();

  static {
    name(Field.ID, "id", "شناسه");
    name(Field.TYPE, "type", "kind", "نوع");
    name(Field.PROMPT, "prompt", "question", "پرسش", "سوال", "سؤال");
    name(Field.ANSWER, "answer", "answers", "پاسخ", "جواب");
    name(Field.REJECT, "reject", "rejected", "رد");
    name(Field.UNIT, "unit", "واحد");
    name(Field.MIN, "min", "کمینه");
    name(Field.MAX, "max", "بیشینه");
    name(Field.EXPLANATION, "explanation", "feedback", "توضیح");
    name(Field.QUOTE, "quote", "نقل قول");
    name(Field.TAGS, "tags", "tag", "برچسب", "برچسبها");
    name(Field.POINTS, "points", "score", "امتیاز");
    name(Field.SHUFFLE, "shuffle");
    name(Field.FUZZY, "fuzzy");
    name(Field.CREDITS, "credits", "weights", "وزن", "وزنها");
    name(Field.PARTIAL, "partial", "partly right", "نیمه درست");
  }

  private static final Pattern LANGUAGE =
      Pattern.compile("(.+?)(?:[ _\\-]+\\(?|\\s*\\()(fa|en)\\)?", Pattern.CASE_INSENSITIVE);
  private static final Pattern CHOICE =
      Pattern.compile("(?:choices?|options?|گزینه|گزینهها)(\\d*)");

  /** One column: its position, what it holds, its language if it names one, its option number. */
  record Column(int index, Field field, Optional<Language> language, int number) {}

  private final int line;
  private final int lastIndex;
  private final List<Column> columns;

  private CsvHeader(int line, int lastIndex, List<Column> columns) {
    this.line = line;
    this.lastIndex = lastIndex;
    this.columns = List.copyOf(columns);
  }

  private static void name(Field field, String... names) {
    for (String n : names) {
      NAMES.put(Normalization.key(n), field);
    }
  }

  /**
   * Reads the header row; unknown columns are noted and left out.
   *
   * @throws FormatException when the row has no prompt or no answer column, or a column twice
   */
  static CsvHeader read(CsvTable.Row row, List<Note> notes) {
    List<Column> columns = new ArrayList<>();
    Map<Optional<Language>, Integer> repeated = new HashMap<>();
    for (int i = 0; i < row.cells().size(); i++) {
      String raw = row.cells().get(i).strip();
      if (raw.isEmpty()) {
        continue;
      }
      Optional<Language> language = Optional.empty();
      String base = raw;
      Matcher m = LANGUAGE.matcher(raw);
      if (m.matches() && known(m.group(1)).isPresent()) {
        base = m.group(1);
        language = Language.fromCode(m.group(2).toLowerCase(java.util.Locale.ROOT));
      }
      String key = Normalization.key(base);
      Matcher choice = CHOICE.matcher(key);
      if (choice.matches()) {
        int number =
            choice.group(1).isEmpty()
                ? repeated.merge(language, 1, Integer::sum)
                : Integer.parseInt(
                    choice.group(1).substring(0, Math.min(6, choice.group(1).length())));
        columns.add(new Column(i, Field.CHOICE, language, number));
      } else if (NAMES.containsKey(key)) {
        Field field = NAMES.get(key);
        if (language.isPresent() && !TEXTS.contains(field)) {
          notes.add(
              new Note(
                  "line " + row.line(), "column \"" + raw + "\" has no languages: it is left out"));
          continue;
        }
        columns.add(new Column(i, field, language, 0));
      } else {
        notes.add(
            new Note(
                "line " + row.line(),
                "column \"" + raw + "\" is not a column Azmoon knows: it is left out"));
      }
    }
    for (int i = 0; i < columns.size(); i++) {
      for (int j = 0; j < i; j++) {
        Column a = columns.get(j);
        Column b = columns.get(i);
        if (a.field() == b.field()
            && a.language().equals(b.language())
            && a.number() == b.number()) {
          throw new FormatException(
              "line "
                  + row.line()
                  + ": the header has column \""
                  + row.cells().get(b.index()).strip()
                  + "\" twice");
        }
      }
    }
    int last = row.cells().size() - 1;
    while (last > 0 && row.cells().get(last).isBlank()) {
      last--;
    }
    CsvHeader header = new CsvHeader(row.line(), last, columns);
    if (!header.has(Field.PROMPT) || !header.has(Field.ANSWER)) {
      throw new FormatException(
          "line "
              + row.line()
              + ": the first row must name the columns, with at least \"prompt\" and \"answer\""
              + " (see docs/interop.md)");
    }
    return header;
  }

  private static Optional<Field> known(String base) {
    String key = Normalization.key(base);
    return CHOICE.matcher(key).matches()
        ? Optional.of(Field.CHOICE)
        : Optional.ofNullable(NAMES.get(key));
  }

  int line() {
    return line;
  }

  /** The position of the header's last named column. */
  int lastIndex() {
    return lastIndex;
  }

  boolean has(Field field) {
    return columns.stream().anyMatch(c -> c.field() == field);
  }

  List<Column> columns(Field field) {
    return columns.stream().filter(c -> c.field() == field).toList();
  }

  /** The columns of each option number. */
  Map<Integer, List<Column>> choices() {
    Map<Integer, List<Column>> out = new TreeMap<>();
    columns(Field.CHOICE)
        .forEach(c -> out.computeIfAbsent(c.number(), n -> new ArrayList<>()).add(c));
    return out;
  }
}
