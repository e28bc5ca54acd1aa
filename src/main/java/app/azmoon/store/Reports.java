package app.azmoon.store;

import app.azmoon.engine.ClassReport;
import app.azmoon.engine.DrillResult;
import app.azmoon.engine.Feedback;
import app.azmoon.engine.Submission;
import app.azmoon.engine.Summary;
import app.azmoon.formats.CsvTable;
import app.azmoon.text.Escapes;
import app.azmoon.text.TerminalText;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Drill reports: versioned JSON ({@code azmoon/report@1}) and CSV, one row per question. Both list
 * the questions in the order they were asked. See docs/drill-spec.md.
 */
public final class Reports {
  public static final String FORMAT = "azmoon/report@1";

  /** Scores and shares are shown to two decimals. */
  private static BigDecimal round(double value) {
    return JsonOut.decimal(value, 2);
  }

  private Reports() {}

  public static String json(DrillResult r) {
    Summary s = r.summary();
    JsonObject o = new JsonObject();
    o.addProperty("format", FORMAT);
    r.title().ifPresent(t -> o.addProperty("title", t));
    o.addProperty("seed", r.seed());
    JsonArray banks = new JsonArray();
    r.banks().forEach(banks::add);
    o.add("banks", banks);
    r.student().ifPresent(n -> o.addProperty("student", n));
    o.addProperty("started", s.started().toString());
    o.addProperty("finished", s.finished().toString());
    o.addProperty("score", round(s.earned()));
    o.addProperty("max", round(s.max()));
    o.addProperty("percent", round(s.percent()));
    o.addProperty("pass", round(r.pass()));
    o.addProperty("passed", r.passed());
    JsonArray questions = new JsonArray();
    for (Feedback f : s.firstTries()) {
      JsonObject q = new JsonObject();
      q.addProperty("id", f.asked().question().id());
      if (r.banks().size() > 1) {
        q.addProperty("bank", f.asked().bank().id());
      }
      q.addProperty("answer", f.answer());
      q.addProperty("correct", f.verdict().correct());
      q.addProperty("credit", round(f.verdict().credit()));
      q.addProperty("typo", f.verdict().typo());
      q.addProperty("normalized", f.verdict().normalized());
      q.addProperty("expected", f.verdict().expected());
      questions.add(q);
    }
    o.add("questions", questions);
    return JsonOut.pretty(o) + "\n";
  }

  /** One row per question; UTF-8 with a header, quoted as RFC 4180 says. */
  public static String csv(DrillResult r) {
    StringBuilder out = new StringBuilder("number,bank,id,answer,correct,credit,typo,expected\n");
    int n = 0;
    for (Feedback f : r.summary().firstTries()) {
      out.append(
              row(
                  String.valueOf(++n),
                  f.asked().bank().id(),
                  f.asked().question().id(),
                  f.answer(),
                  String.valueOf(f.verdict().correct()),
                  round(f.verdict().credit()).toPlainString(),
                  String.valueOf(f.verdict().typo()),
                  f.verdict().expected()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * One row per answers file, graded or not, sorted by name; a file not graded has no score, and
   * its status and problem say why.
   */
  public static String gradebook(List<Submission> submissions) {
    StringBuilder out = new StringBuilder("student,score,max,percent,passed,status,file,problem\n");
    submissions.stream()
        .sorted(Comparator.comparing(Submission::student, String.CASE_INSENSITIVE_ORDER))
        .forEach(
            s -> {
              Optional<Summary> summary = s.result().map(DrillResult::summary);
              out.append(
                      row(
                          s.student(),
                          summary.map(r -> round(r.earned()).toPlainString()).orElse(""),
                          summary.map(r -> round(r.max()).toPlainString()).orElse(""),
                          summary.map(r -> round(r.percent()).toPlainString()).orElse(""),
                          s.result().map(r -> String.valueOf(r.passed())).orElse(""),
                          s.status().word(),
                          s.file(),
                          s.problem()))
                  .append('\n');
            });
    return out.toString();
  }

  /** One row per question, in the drill's order: the item analysis. */
  public static String items(ClassReport report) {
    StringBuilder out =
        new StringBuilder("id,share_correct,mean_credit,common_wrong_answer,discrimination\n");
    for (ClassReport.Item item : report.items()) {
      out.append(
              row(
                  item.id(),
                  round(item.shareCorrect()).toPlainString(),
                  round(item.meanCredit()).toPlainString(),
                  item.commonWrongAnswer().orElse(""),
                  round(item.discrimination()).toPlainString()))
          .append('\n');
    }
    return out.toString();
  }

  /** A CSV row: each field on one line, quoted as {@link CsvTable#cell} quotes it. */
  public static String row(String... fields) {
    return Stream.of(fields).map(Reports::field).collect(Collectors.joining(","));
  }

  /**
   * No escape sequence reaches a terminal, no bidi control reorders a cell, no formula runs in a
   * spreadsheet. CSV has no escapes: C0 controls show as their control pictures (␛), the rest of
   * {@link Escapes} as the visible text <code>&#92;u202E</code>.
   */
  private static String field(String raw) {
    return CsvTable.cell(Escapes.visible(TerminalText.line(raw)));
  }
}
