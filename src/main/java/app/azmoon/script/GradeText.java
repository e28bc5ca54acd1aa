package app.azmoon.script;

import app.azmoon.domain.answer.Display;
import app.azmoon.engine.ClassReport;
import app.azmoon.engine.Submission;
import app.azmoon.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/**
 * A class's results as text: mean, median and pass rate, a histogram of percentages drawn with
 * block characters, the three hardest questions, and what became of the files.
 *
 * <p>A bar line reads "70–80% ████████ 8".
 */
public final class GradeText {
  private static final int BAR = 30;
  private final Messages messages;

  public GradeText(Messages messages) {
    this.messages = messages;
  }

  public List<String> summary(ClassReport report) {
    List<String> out = new ArrayList<>();
    out.add(
        messages.get(
            "grade.students",
            digits(report.students().size()),
            messages.number(report.mean()),
            messages.number(report.median()),
            messages.number(report.passRate())));
    out.add("");
    out.add(messages.get("grade.histogram"));
    int[] bins = report.histogram();
    int most = 1;
    for (int b : bins) {
      most = Math.max(most, b);
    }
    for (int i = 0; i < bins.length; i++) {
      String bar = "█".repeat((int) Math.round((double) bins[i] * BAR / most));
      out.add(
          messages.get(
              "grade.bar", pad(digits(10L * i)), pad(digits(10L * i + 10)), bar, digits(bins[i])));
    }
    out.add("");
    out.add(messages.get("grade.hardest"));
    int n = 0;
    for (ClassReport.Item item : report.hardest()) {
      out.add(
          messages.get(
              "grade.hard",
              digits(++n),
              item.id(),
              messages.number(100 * item.shareCorrect()),
              messages.number(item.meanCredit())));
    }
    return out;
  }

  /** How many files were graded, how many held no answer, how many could not be graded. */
  public String files(List<Submission> submissions) {
    return messages.get(
        "grade.files",
        digits(submissions.size()),
        digits(count(submissions, Submission.Status.GRADED)),
        digits(count(submissions, Submission.Status.EMPTY)),
        digits(submissions.stream().filter(s -> !s.status().graded()).count()));
  }

  private static long count(List<Submission> submissions, Submission.Status status) {
    return submissions.stream().filter(s -> s.status() == status).count();
  }

  private static String pad(String s) {
    return s.length() < 3 ? " ".repeat(3 - s.length()) + s : s;
  }

  private String digits(long n) {
    return Display.digits(n, messages.language());
  }
}
