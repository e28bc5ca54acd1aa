package app.azmoon.formats;

import static java.util.stream.Collectors.joining;

import app.azmoon.domain.answer.Normalization;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Writes a bank as one CSV row per question, with only the columns its questions use, in the bank's
 * language and, where a text has one, a column for its other language ({@code prompt_en}). What
 * {@link CsvImport} reads back as the same questions; see docs/interop.md.
 */
final class CsvExport {
  private final Language language;
  private final Language other;
  private final List<Note> skipped = new ArrayList<>();

  private CsvExport(Language language) {
    this.language = language;
    this.other = language == Language.FA ? Language.EN : Language.FA;
  }

  static Exported write(Bank bank) {
    CsvExport export = new CsvExport(bank.language());
    List<Map<String, String>> rows = new ArrayList<>();
    for (Question q : bank.questions()) {
      try {
        rows.add(export.row(q));
      } catch (Skip e) {
        export.skipped.add(new Note(q.id(), e.getMessage()));
      }
    }
    List<String> columns = export.columns(rows);
    StringBuilder out = new StringBuilder("\uFEFF"); // Excel reads UTF-8 only after this mark
    out.append(CsvTable.row(columns)).append("\r\n");
    for (Map<String, String> row : rows) {
      out.append(CsvTable.row(columns.stream().map(c -> row.getOrDefault(c, "")).toList()))
          .append("\r\n");
    }
    return new Exported(out.toString(), export.skipped);
  }

  /** Every column some row has, in a fixed order; id, type, prompt, answer and tags always. */
  private List<String> columns(List<Map<String, String>> rows) {
    int options =
        rows.stream()
            .mapToInt(r -> (int) r.keySet().stream().filter(k -> k.matches("choice\\d+")).count())
            .max()
            .orElse(0);
    String o = "_" + other.code();
    List<String> order = new ArrayList<>(List.of("id", "type", "prompt", "prompt" + o, "answer"));
    order.addAll(List.of("reject", "partial", "unit", "unit" + o, "min", "max", "credits"));
    IntStream.rangeClosed(1, options).forEach(n -> order.add("choice" + n));
    IntStream.rangeClosed(1, options).forEach(n -> order.add("choice" + n + o));
    order.addAll(List.of("explanation", "explanation" + o, "quote", "tags", "points"));
    order.addAll(List.of("shuffle", "fuzzy"));
    List<String> always = List.of("id", "type", "prompt", "answer", "tags");
    return order.stream()
        .filter(c -> always.contains(c) || rows.stream().anyMatch(r -> r.containsKey(c)))
        .toList();
  }

  private Map<String, String> row(Question q) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("id", q.id());
    row.put("type", q.kind().code());
    text(row, "prompt", q.info().prompt());
    if (q instanceof Question.Choice c) {
      options(row, c.choices());
      row.put("answer", labels(c));
      if (!c.credits().isEmpty()) {
        row.put("credits", c.credits().stream().map(CsvExport::decimal).collect(joining("|")));
      }
      if (!c.shuffle()) {
        row.put("shuffle", "no");
      }
    } else if (q instanceof Question.TrueFalse t) {
      row.put(
          "answer",
          language == Language.FA ? (t.answer() ? "درست" : "نادرست") : String.valueOf(t.answer()));
    } else if (q instanceof Question.Typed t) {
      row.put("answer", joined(t.accept()));
      if (!t.reject().isEmpty()) {
        row.put("reject", joined(t.reject()));
      }
      if (!t.fuzzy()) {
        row.put("fuzzy", "no");
      }
      if (!t.partial().isEmpty()) {
        row.put(
            "partial",
            joined(t.partial().stream().map(p -> p.answer() + " " + percent(p.credit())).toList()));
      }
    } else if (q instanceof Question.Numeric n) {
      row.put("answer", plain(n.answer()));
      if (n.min().compareTo(n.max()) != 0) {
        row.put("min", plain(n.min()));
        row.put("max", plain(n.max()));
      }
      n.unit().ifPresent(u -> text(row, "unit", u));
      if (!n.partial().isEmpty()) {
        row.put(
            "partial",
            n.partial().stream()
                .map(
                    r ->
                        (r.min().compareTo(r.max()) == 0
                                ? plain(r.min())
                                : plain(r.min()) + ".." + plain(r.max()))
                            + " "
                            + percent(r.credit()))
                .collect(joining("|")));
      }
    } else if (q instanceof Question.Dated d) {
      row.put("answer", d.answer().toString());
    } else if (q instanceof Question.Order o) {
      options(row, o.items());
    } else if (q instanceof Question.Match m) {
      for (int i = 0; i < m.pairs().size(); i++) {
        pair(row, "choice" + (i + 1), m.pairs().get(i));
      }
    } else if (q instanceof Question.Cloze c) {
      if (c.text().gaps().stream()
          .anyMatch(g -> !g.options().isEmpty() || !g.partial().isEmpty())) {
        throw new Skip(
            "a gap with options or partly right answers has no CSV form (JSON keeps it)");
      }
      row.put("answer", Clozes.text(c.text(language)));
    }
    q.info().explanation().ifPresent(e -> text(row, "explanation", e));
    q.info().quote().ifPresent(quote -> row.put("quote", quote));
    row.put("tags", String.join(" ", q.info().tags()));
    if (q.info().points() != 1) {
      row.put("points", plain(BigDecimal.valueOf(q.info().points())));
    }
    return row;
  }

  /** The text in the bank's language, and its other side when it has a different one. */
  private void text(Map<String, String> row, String column, Text text) {
    String shown = text.in(language);
    row.put(column, shown);
    String side = otherSide(text);
    if (!side.isEmpty()) {
      row.put(column + "_" + other.code(), side);
    }
  }

  private void options(Map<String, String> row, List<Text> options) {
    for (int i = 0; i < options.size(); i++) {
      text(row, "choice" + (i + 1), options.get(i));
    }
  }

  /**
   * The right options by number, or by text where a number would read as another option's text
   * (options "3", "2", "1").
   */
  private String labels(Question.Choice c) {
    List<String> labels = new ArrayList<>();
    for (int i : c.correct()) {
      String number = String.valueOf(i + 1);
      boolean clash =
          c.choices().stream()
              .flatMap(t -> Stream.concat(t.fa().stream(), t.en().stream()))
              .anyMatch(s -> Normalization.key(s).equals(number));
      labels.add(clash ? c.choices().get(i).in(language) : number);
    }
    return joined(labels);
  }

  /** Alternatives separated by |, which none of them may hold. */
  private static String joined(List<String> alternatives) {
    for (String a : alternatives) {
      if (a.contains("|")) {
        throw new Skip("\"" + a + "\" holds a |, which separates alternatives in a CSV cell");
      }
    }
    return String.join("|", alternatives);
  }

  /**
   * A pair as {@code left -> right} in the bank's language and, in the other language's column,
   * only the sides that differ there ({@code -> right}).
   */
  private void pair(Map<String, String> row, String column, Question.Pair pair) {
    Stream.of(pair.left(), pair.right())
        .flatMap(t -> Stream.concat(t.fa().stream(), t.en().stream()))
        .filter(s -> s.contains("->") || s.contains("→"))
        .findFirst()
        .ifPresent(
            s -> {
              throw new Skip(
                  "\"" + s + "\" holds an arrow, which separates a pair's sides in a CSV cell");
            });
    row.put(column, pair.left().in(language) + " -> " + pair.right().in(language));
    String left = otherSide(pair.left());
    String right = otherSide(pair.right());
    if (!left.isEmpty() || !right.isEmpty()) {
      row.put(column + "_" + other.code(), left + " -> " + right);
    }
  }

  private String otherSide(Text text) {
    return Texts.side(text, other).filter(s -> !s.equals(text.in(language))).orElse("");
  }

  /** A share of the points as a percentage that reads back as the same number: {@code 50%}. */
  private static String percent(double credit) {
    return plain(BigDecimal.valueOf(credit).movePointRight(2)) + "%";
  }

  /** A weight as its shortest decimal, which reads back as the same number. */
  private static String decimal(double weight) {
    return plain(BigDecimal.valueOf(weight));
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}
