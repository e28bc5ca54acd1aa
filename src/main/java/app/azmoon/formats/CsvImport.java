package app.azmoon.formats;

import app.azmoon.domain.answer.DateReader;
import app.azmoon.domain.answer.Normalization;
import app.azmoon.domain.answer.NumberReader;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.formats.CsvHeader.Field;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the rows of a CSV file into questions, one per row, inferring a row's kind when it has no
 * {@code type}: options → choice; a {@code {{gap}}} → cloze; a number → numeric; a date → date;
 * true or false → truefalse; anything else → text. A row that cannot be a question is a note with
 * its line, and the other rows are kept. See docs/interop.md.
 */
final class CsvImport {
  private final CsvHeader header;
  private final QuestionIds ids;
  private final List<Note> notes;

  private CsvImport(CsvHeader header, QuestionIds ids, List<Note> notes) {
    this.header = header;
    this.ids = ids;
    this.notes = notes;
  }

  static Imported read(String text, String idPrefix) {
    CsvTable.Table table = CsvTable.read(text);
    List<CsvTable.Row> rows = table.rows().stream().filter(r -> !r.blank()).toList();
    if (rows.isEmpty()) {
      throw new FormatException(
          table.cutShort().map(Note::toString).orElse("the file has no rows, not even a header"));
    }
    List<Note> notes = new ArrayList<>();
    CsvHeader header = CsvHeader.read(rows.get(0), notes);
    if (header.has(Field.QUOTE)) {
      notes.add(
          new Note(
              "line " + header.line(),
              "the quote column is left out: an imported bank has no source text to check quotes"
                  + " against"));
    }
    CsvImport reader = new CsvImport(header, new QuestionIds(idPrefix), notes);
    List<Question> questions = new ArrayList<>();
    for (CsvTable.Row row : rows.subList(1, rows.size())) {
      try {
        questions.add(reader.question(new CsvRow(header, row, notes)));
      } catch (Skip | IllegalArgumentException e) {
        notes.add(new Note("line " + row.line(), e.getMessage()));
      }
    }
    table.cutShort().ifPresent(notes::add);
    return new Imported(questions, notes);
  }

  private Question question(CsvRow row) {
    Text prompt = row.text(Field.PROMPT).orElseThrow(() -> new Skip("the prompt is empty"));
    Kind kind = row.kind().orElseGet(() -> infer(row));
    Optional<String> clozeText = Optional.empty();
    if (kind == Kind.CLOZE) {
      clozeText = row.plain(Field.ANSWER).filter(a -> a.contains("{{"));
      if (clozeText.isEmpty()) {
        // The text with its gaps is the prompt; the learner is told what to do instead.
        clozeText = gapped(prompt);
        prompt =
            Texts.persian(clozeText.orElse(""))
                ? Text.of(Language.FA, "جاهای خالی را پر کنید.")
                : Text.of(Language.EN, "Fill in the gaps.");
      }
    }
    String name =
        row.plain(Field.ID).orElse(row.plain(Field.PROMPT).orElse(prompt.in(Language.FA)));
    String id = row.plain(Field.ID).isPresent() ? ids.exact(name) : ids.next(name);
    if (row.plain(Field.ID).isPresent() && !id.equals(name)) {
      notes.add(
          new Note(
              "line " + row.line(),
              "the id \""
                  + name
                  + "\" is "
                  + (Ids.isValid(name) ? "taken by an earlier row" : "not a valid id")
                  + "; the question's id is "
                  + id));
    }
    Info info =
        new Info(
            id, prompt, row.text(Field.EXPLANATION), Optional.empty(), row.tags(), row.points());
    return switch (kind) {
      case CHOICE -> choice(row, info);
      case TRUEFALSE -> new Question.TrueFalse(info, trueFalse(answer(row)));
      case TEXT -> typed(row, info);
      case NUMERIC -> numeric(row, info);
      case DATE -> new Question.Dated(info, date(row, answer(row)));
      case ORDER -> new Question.Order(info, distinct(options(row), "items"));
      case MATCH -> new Question.Match(info, pairs(row));
      case CLOZE ->
          new Question.Cloze(
              info,
              ClozeText.parse(
                  clozeText.orElseThrow(
                      () -> new Skip("a cloze question needs its text with {{gaps}}"))));
    };
  }

  private static Kind infer(CsvRow row) {
    if (!row.options().isEmpty()) {
      return Kind.CHOICE;
    }
    Optional<String> answer = row.plain(Field.ANSWER);
    if (answer
        .map(a -> a.contains("{{"))
        .orElse(row.text(Field.PROMPT).flatMap(CsvImport::gapped).isPresent())) {
      return Kind.CLOZE;
    }
    String a = answer.orElseThrow(() -> new Skip("the answer is empty"));
    if (NumberReader.read(a, row.units()).isPresent()) {
      return Kind.NUMERIC;
    }
    if (!DateReader.readings(a).isEmpty()) {
      return Kind.DATE;
    }
    String key = Normalization.key(a);
    return CsvRow.trueFalse(a).isPresent() ? Kind.TRUEFALSE : Kind.TEXT;
  }

  /** The side of a prompt that has {@code {{gaps}}}, if one has. */
  private static Optional<String> gapped(Text prompt) {
    return prompt
        .fa()
        .filter(p -> p.contains("{{"))
        .or(() -> prompt.en().filter(p -> p.contains("{{")));
  }

  private static String answer(CsvRow row) {
    return row.plain(Field.ANSWER).orElseThrow(() -> new Skip("the answer is empty"));
  }

  private Question choice(CsvRow row, Info info) {
    List<Text> options = distinct(options(row), "options");
    List<Double> credits =
        row.plain(Field.CREDITS).map(c -> CsvWeights.credits(c, options.size())).orElse(List.of());
    Optional<String> answer = row.plain(Field.ANSWER);
    if (answer.isEmpty() && credits.isEmpty()) {
      throw new Skip("the answer is empty: give the right option's text, number or letter");
    }
    Set<Integer> correct = new TreeSet<>();
    for (String part : answer.map(CsvRow::alternatives).orElse(List.of())) {
      correct.add(
          option(part, options)
              .orElseThrow(
                  () ->
                      new Skip(
                          "the answer \""
                              + part
                              + "\" is none of the "
                              + options.size()
                              + " options: give an option's text, its number (1, 2…) or its"
                              + " letter (A, B…)")));
    }
    if (correct.isEmpty()) {
      correct = CsvWeights.rightByWeight(credits);
    }
    return new Question.Choice(info, options, correct, row.yes(Field.SHUFFLE), credits);
  }

  /** The option {@code label} names: by its text, else its number, else its Latin letter. */
  static Optional<Integer> option(String label, List<Text> options) {
    String key = Normalization.key(label);
    for (int i = 0; i < options.size(); i++) {
      Text o = options.get(i);
      if (o.fa().map(Normalization::key).filter(key::equals).isPresent()
          || o.en().map(Normalization::key).filter(key::equals).isPresent()) {
        return Optional.of(i);
      }
    }
    int position = -1;
    if (key.matches("[0-9]{1,3}")) {
      position = Integer.parseInt(key);
    } else if (key.matches("[a-z]")) {
      position = key.charAt(0) - 'a' + 1;
    }
    return position >= 1 && position <= options.size()
        ? Optional.of(position - 1)
        : Optional.empty();
  }

  private static Question typed(CsvRow row, Info info) {
    List<String> accept = CsvRow.alternatives(answer(row));
    List<String> reject = row.plain(Field.REJECT).map(CsvRow::alternatives).orElse(List.of());
    Set<String> accepted = new HashSet<>();
    accept.forEach(a -> accepted.add(Normalization.key(a)));
    for (String r : reject) {
      if (accepted.contains(Normalization.key(r))) {
        throw new Skip("\"" + r + "\" is both accepted and rejected");
      }
    }
    List<Partial> partial = new ArrayList<>();
    for (CsvWeights.Share item : CsvWeights.partial(row)) {
      partial.add(new Partial(item.what(), item.credit()));
    }
    return new Question.Typed(info, accept, reject, row.yes(Field.FUZZY), partial);
  }

  private static Question numeric(CsvRow row, Info info) {
    List<String> units = row.units();
    BigDecimal answer = number(answer(row), units, "answer");
    Optional<String> min = row.plain(Field.MIN);
    Optional<String> max = row.plain(Field.MAX);
    if (min.isPresent() != max.isPresent()) {
      throw new Skip("min and max go together: give both or neither");
    }
    BigDecimal low = min.map(m -> number(m, units, "min")).orElse(answer);
    BigDecimal high = max.map(m -> number(m, units, "max")).orElse(answer);
    if (low.compareTo(answer) > 0 || high.compareTo(answer) < 0) {
      throw new Skip("the answer " + answer + " lies outside min " + low + " and max " + high);
    }
    List<PartialRange> partial = new ArrayList<>();
    for (CsvWeights.Share item : CsvWeights.partial(row)) {
      String[] range = item.what().split("\\s*\\.\\.\\s*", -1);
      if (range.length > 2) {
        throw new Skip("\"" + item.what() + "\" is not a number or a range min..max");
      }
      BigDecimal from = number(range[0], units, "partly right number");
      BigDecimal to = range.length == 2 ? number(range[1], units, "partly right number") : from;
      partial.add(new PartialRange(from, to, item.credit()));
    }
    return new Question.Numeric(info, answer, low, high, row.text(Field.UNIT), partial);
  }

  private static BigDecimal number(String cell, List<String> units, String what) {
    return NumberReader.read(cell, units)
        .orElseThrow(() -> new Skip("the " + what + " \"" + cell + "\" is not a number"));
  }

  private PartialDate date(CsvRow row, String answer) {
    Optional<PartialDate> iso = PartialDate.parse(Normalization.fold(answer));
    if (iso.isPresent()) {
      return iso.get();
    }
    List<PartialDate> readings = DateReader.readings(answer);
    if (readings.isEmpty()) {
      throw new Skip(
          "the answer \"" + answer + "\" is not a date (write 1950, 1950-06 or 1950-06-25)");
    }
    if (new HashSet<>(readings).size() > 1) {
      notes.add(
          new Note(
              "line " + row.line(),
              "\""
                  + answer
                  + "\" reads as "
                  + readings.get(0)
                  + " or "
                  + readings.get(1)
                  + "; taken as "
                  + readings.get(0)
                  + " (write YYYY-MM-DD to say which)"));
    }
    return readings.get(0);
  }

  private static boolean trueFalse(String answer) {
    return CsvRow.trueFalse(answer)
        .orElseThrow(
            () ->
                new Skip(
                    "the answer \"" + answer + "\" is neither true nor false (درست / نادرست)"));
  }

  private static List<Text> options(CsvRow row) {
    return row.options().stream()
        .map(o -> Texts.combine(o.plain(), o.fa(), o.en()).orElseThrow())
        .toList();
  }

  private static List<Question.Pair> pairs(CsvRow row) {
    List<Question.Pair> pairs = new ArrayList<>();
    for (CsvRow.Option o : row.options()) {
      Optional<String[]> plain = o.plain().map(c -> pair(c, false));
      Optional<String[]> fa = o.fa().map(c -> pair(c, true));
      Optional<String[]> en = o.en().map(c -> pair(c, true));
      Text[] sides = new Text[2];
      for (int k = 0; k < 2; k++) {
        int side = k;
        sides[k] =
            Texts.combine(
                    plain.map(p -> p[side]).filter(s -> !s.isEmpty()),
                    fa.map(p -> p[side]).filter(s -> !s.isEmpty()),
                    en.map(p -> p[side]).filter(s -> !s.isEmpty()))
                .orElseThrow(() -> new Skip("a pair needs a left and a right side"));
      }
      pairs.add(new Question.Pair(sides[0], sides[1]));
    }
    distinct(pairs.stream().map(Question.Pair::left).toList(), "left items");
    distinct(pairs.stream().map(Question.Pair::right).toList(), "right items");
    return pairs;
  }

  /**
   * A match option {@code left -> right} split at its arrow; in a language's own column a side may
   * be empty, when only the other side has a text in that language.
   */
  private static String[] pair(String cell, boolean halfOk) {
    String[] sides = cell.split("\\s*(?:->|→)\\s*", -1);
    boolean empty = sides.length == 2 && (sides[0].isBlank() || sides[1].isBlank());
    if (sides.length != 2 || (empty && !halfOk)) {
      throw new Skip("\"" + cell + "\" is not a pair written left -> right");
    }
    return new String[] {sides[0].strip(), sides[1].strip()};
  }

  /** Options a learner could not tell apart by typing are one option: a row with both is wrong. */
  private static List<Text> distinct(List<Text> texts, String what) {
    for (Language language : Language.values()) {
      Set<String> seen = new HashSet<>();
      for (Text t : texts) {
        Optional<String> side = Texts.side(t, language);
        if (side.isPresent() && !seen.add(Normalization.key(side.get()))) {
          throw new Skip("the " + what + " have \"" + side.get() + "\" twice");
        }
      }
    }
    return texts;
  }
}
