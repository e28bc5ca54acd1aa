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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
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
    List<Verdict> verdicts = judge(question, answers, language);
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      return printJson(out, question, answers, verdicts);
    }
    print(answers, verdicts, new Messages(language), display.printer(root, out));
    out.flush();
    return exitCode(verdicts);
  }

  private static List<Verdict> judge(Question question, List<String> answers, Language language) {
    return answers.stream().map(a -> AnswerChecker.check(question, a, language)).toList();
  }

  /** A JSON line per answer; the exit code of the verdicts. */
  private static int printJson(
      PrintWriter out, Question question, List<String> answers, List<Verdict> verdicts) {
    for (int i = 0; i < answers.size(); i++) {
      out.println(VerdictJson.line(question.id(), answers.get(i), verdicts.get(i)));
    }
    out.flush();
    return exitCode(verdicts);
  }

  /** 0 when every answer is accepted (full credit), 1 when any is not. */
  private static int exitCode(List<Verdict> verdicts) {
    return verdicts.stream().allMatch(Verdict::correct) ? ExitCode.OK : ExitCode.NEGATIVE;
  }

  /**
   * {@code check --id Q --answer A… --json} on the bundled bank, with nothing else: judged without
   * picocli, whose command tree costs more than the check itself (bench/README.md). Empty when
   * {@code args} is anything else — another option, a value picocli might read otherwise (one
   * starting with {@code -} or {@code @}, or empty), an option given twice — or when the bundled
   * bank has no such question or reading it fails: nothing is printed then, and the full command
   * line runs and reports as ever.
   */
  static OptionalInt quickJson(
      Map<String, String> env, Path workingDir, PrintWriter out, String... args) {
    if (args.length == 0 || !args[0].equals("check")) {
      return OptionalInt.empty();
    }
    String id = null;
    List<String> answers = new ArrayList<>();
    boolean json = false;
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--json") && !json) {
        json = true;
      } else if (i + 1 < args.length && plainValue(args[i + 1])) {
        if (arg.equals("--id") && id == null) {
          id = args[++i];
        } else if (arg.equals("--answer")) {
          answers.add(args[++i]);
        } else {
          return OptionalInt.empty();
        }
      } else {
        return OptionalInt.empty();
      }
    }
    if (!json || id == null || answers.isEmpty()) {
      return OptionalInt.empty();
    }
    // Judging's first use (Unicode data, word tables) on the other core while the bank is read.
    Thread prepare = new Thread(new Prepare(), "azmoon-prepare");
    prepare.setDaemon(true);
    prepare.start();
    Question question;
    List<Verdict> verdicts;
    try {
      Bank loaded = StoreOptions.defaultCatalog(env, workingDir).bundledOnly(id);
      if (loaded.question(id).isEmpty()) {
        return OptionalInt.empty();
      }
      question = loaded.question(id).get();
      verdicts = judge(question, answers, loaded.language());
    } catch (RuntimeException e) {
      // Reported by the full command line, which meets the same failure.
      return OptionalInt.empty();
    }
    return OptionalInt.of(printJson(out, question, answers, verdicts));
  }

  /**
   * {@link AnswerChecker#prepare}, whose failure only leaves the real check to do the work. A
   * class, not a method reference: the main thread goes on reading the bank while this one starts
   * the JVM's lambda machinery.
   */
  private static final class Prepare implements Runnable {
    @Override
    public void run() {
      try {
        AnswerChecker.prepare();
      } catch (RuntimeException e) {
        // The check on the main thread meets the same failure and reports it.
      }
    }
  }

  /** A value picocli takes as it is: not an option, an @file or empty. */
  static boolean plainValue(String value) {
    return !value.isEmpty() && !value.startsWith("-") && !value.startsWith("@");
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
