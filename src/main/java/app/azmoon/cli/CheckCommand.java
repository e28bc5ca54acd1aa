package app.azmoon.cli;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.answer.Verdict;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.i18n.Messages;
import app.azmoon.store.VerdictJson;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Judges answers against one question: what a teacher runs to see what Azmoon will accept. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Judges each --answer against one question, as a quiz would, and shows how it was read.",
      "Each answer gets a row: the answer, the verdict, how it was read and the expected answer,"
          + " in --lang (default: the bank's language).",
      "Options, items and columns are numbered in the bank's order. Exits 0 when every answer is"
          + " accepted (full credit), 1 when any is not. The rules: docs/answers.md."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Mixin BankOption bank;

  @Option(
      names = "--id",
      paramLabel = "QID",
      required = true,
      description = "The question's id (see azmoon list).")
  String id;

  @Option(
      names = "--answer",
      paramLabel = "TEXT",
      required = true,
      description = "An answer to judge; repeat for several.")
  List<String> answers;

  @Option(
      names = "--json",
      description =
          "One JSON object per answer per line: correct, credit, typo, normalized, expected.")
  boolean json;

  @Mixin DisplayOptions display;

  @Override
  public Integer call() {
    Bank loaded = bank.loadFor(store.catalog(root), id);
    Question question =
        loaded
            .question(id)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "bank "
                            + loaded.id()
                            + " has no question with the id \""
                            + TerminalText.id(id)
                            + "\""));
    Language language = display.language(loaded.language());
    List<Verdict> verdicts =
        answers.stream().map(a -> AnswerChecker.check(question, a, language)).toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      for (int i = 0; i < answers.size(); i++) {
        out.println(VerdictJson.line(question.id(), answers.get(i), verdicts.get(i)));
      }
    } else {
      print(answers, verdicts, new Messages(language), display.printer(root, out));
    }
    boolean allAccepted = verdicts.stream().allMatch(Verdict::correct);
    out.flush();
    return allAccepted ? ExitCode.OK : ExitCode.NEGATIVE;
  }

  /** A row per answer: the answer, the verdict, how it was read, the expected answer. */
  private static void print(
      List<String> answers, List<Verdict> verdicts, Messages messages, Printer printer) {
    Table table =
        new Table(
            Table.Column.of(""), Table.Column.of(""), Table.Column.of(""), Table.Column.rest(""));
    for (int i = 0; i < answers.size(); i++) {
      Verdict v = verdicts.get(i);
      String mark =
          v.correct()
              ? messages.get(v.typo() ? "outcome.typo" : "outcome.right")
              : v.credit() > 0
                  ? messages.get("outcome.partial", messages.number(100 * v.credit()))
                  : messages.get("outcome.wrong");
      table.add(
          v.correct()
              ? printer.style()::good
              : v.credit() > 0 ? printer.style()::warn : printer.style()::bad,
          answers.get(i),
          mark,
          messages.get("check.read", v.normalized()),
          messages.get("check.expected", v.expected()));
    }
    printer.table(table);
  }
}
