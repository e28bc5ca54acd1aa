package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.engine.Asked;
import app.azmoon.engine.DrillResult;
import app.azmoon.engine.DrillSpec;
import app.azmoon.engine.Selection;
import app.azmoon.engine.Summary;
import app.azmoon.i18n.Messages;
import app.azmoon.script.DrillRunner;
import app.azmoon.script.DrillText;
import app.azmoon.store.AnswerSheets;
import app.azmoon.store.AtomicFile;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.DrillSpecReader;
import app.azmoon.store.Origin;
import app.azmoon.store.Reports;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A scripted drill: answers from a file or a pipe, a report, an exit code a script can act on. */
@Command(
    name = "drill",
    mixinStandardHelpOptions = true,
    description = {
      "Runs a drill on answers from --answers FILE, or from standard input when it is not a"
          + " terminal: one line per question in the drill's order; a blank or missing line is no"
          + " answer; a cloze question's gaps go on one line separated by \" | \".",
      "Exits 0 when the percentage reaches the pass mark, 1 below it, 65 for a bad spec, bank or"
          + " answers file. Options given here override the spec. On a terminal with no --answers,"
          + " the drill is played interactively; questions not answered when it ends (:quit,"
          + " Ctrl-D) count as 0. The spec format: docs/drill-spec.md."
    })
final class DrillCommand implements Callable<Integer> {
  enum Report {
    text,
    json,
    csv
  }

  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Parameters(arity = "0..1", paramLabel = "SPEC", description = "A drill spec (JSON).")
  Path specFile;

  @Mixin SelectionOptions selection;

  @Mixin PlayOptions play;

  @Mixin DisplayOptions display;

  @Mixin StoreOptions store;

  @Option(
      names = "--answers",
      paramLabel = "FILE",
      description =
          "The answers, one per line: a file, a pipe or <(…) (at most 1 MiB); - for standard"
              + " input.")
  String answers;

  @Option(names = "--report", paramLabel = "FORMAT", description = "text (default), json or csv.")
  Report report = Report.text;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the report to FILE (atomically) instead of standard output.")
  Path out;

  @Option(
      names = "--pass",
      paramLabel = "PERCENT",
      description = "The pass mark, 0–100 (default: the spec's, else 0).")
  Double pass;

  @Option(
      names = "--name",
      paramLabel = "STUDENT",
      description =
          "The student's name for the report (default: the answers file's '# name:' line).")
  String name;

  @Option(
      names = "--sheet",
      description = "Print the question sheet (numbered, options labelled) and exit.")
  boolean sheet;

  @Option(names = "--key", description = "Print the answer key for the same seed and exit.")
  boolean key;

  @Override
  public Integer call() {
    Optional<DrillSpec> drill = Optional.ofNullable(specFile).map(DrillSpecReader::read);
    if (pass != null && !(pass >= 0 && pass <= 100)) { // NaN is neither
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--pass must be a number between 0 and 100, not " + pass);
    }
    if (answers == null && !sheet && !key && root.console().isTerminal()) {
      return PlayCommand.run(root, selection, play, display, store, spec, drill, passMark(drill));
    }
    BankCatalog catalog = store.catalog(root);
    List<Bank> banks = selection.load(catalog, drill);
    Selection chosen = selection.selection(drill);
    List<Asked> plan = selection.plan(banks, chosen, new Random(chosen.seed()));
    Messages messages = new Messages(display.language(banks.get(0).language()));
    DrillText text = new DrillText(messages);
    String title =
        drill.flatMap(DrillSpec::title).orElse(banks.get(0).title().in(messages.language()));
    if (sheet && key) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--sheet and --key go to different people: ask for one at a time");
    }
    if (sheet || key) {
      List<String> lines = key ? text.key(title, plan) : text.sheet(title, plan);
      if (out != null) {
        Outputs.refuseInputs("--out", out, inputs(catalog));
        AtomicFile.write(out, String.join("\n", layout(lines)) + "\n");
      } else {
        print(lines);
      }
      return ExitCode.OK;
    }
    AnswerSheets.Sheet sheetOfAnswers =
        AnswerSheets.read(
            answers == null || answers.equals("-")
                ? Origin.stream(root.stdin(), "<stdin>")
                : Origin.file(Path.of(answers)));
    GradeCommand.warn(
        GradeCommand.warnings(sheetOfAnswers, plan.size()),
        GradeCommand.Progress.none(spec.commandLine().getErr()),
        spec.commandLine().getErr());
    Summary summary =
        DrillRunner.run(
            plan,
            sheetOfAnswers.answers(),
            messages.language(),
            InstantSource.system(),
            new Random(chosen.seed()));
    DrillResult result =
        new DrillResult(
            drill.flatMap(DrillSpec::title),
            chosen.seed(),
            banks.stream().map(Bank::id).toList(),
            Optional.ofNullable(name).or(sheetOfAnswers::name),
            passMark(drill).getAsDouble(),
            summary);
    String rendered =
        switch (report) {
          case json -> Reports.json(result);
          case csv -> Reports.csv(result);
          case text -> String.join("\n", layout(text.report(result))) + "\n";
        };
    if (out != null) {
      Outputs.refuseInputs("--out", out, inputs(catalog));
      AtomicFile.write(out, report == Report.csv ? "\uFEFF" + rendered : rendered);
    } else {
      spec.commandLine().getOut().print(rendered);
      spec.commandLine().getOut().flush();
    }
    return result.passed() ? ExitCode.OK : ExitCode.NEGATIVE;
  }

  /** The files this run reads: the spec, the answers and the banks. */
  private List<Path> inputs(BankCatalog catalog) {
    List<Path> inputs = new java.util.ArrayList<>(catalog.files());
    Optional.ofNullable(specFile).ifPresent(inputs::add);
    Optional.ofNullable(answers).filter(a -> !a.equals("-")).map(Path::of).ifPresent(inputs::add);
    return inputs;
  }

  /** --pass, else the spec's pass mark, else 0. */
  private OptionalDouble passMark(Optional<DrillSpec> drill) {
    return OptionalDouble.of(
        pass != null
            ? pass
            : drill
                .flatMap(
                    d ->
                        d.pass().isPresent()
                            ? Optional.of(d.pass().getAsDouble())
                            : Optional.empty())
                .orElse(0.0));
  }

  private void print(List<String> lines) {
    PrintWriter w = spec.commandLine().getOut();
    layout(lines).forEach(w::println);
    w.flush();
  }

  /** Lines laid out for the screen, or as stored when the report goes to a file. */
  private List<String> layout(List<String> lines) {
    PrintWriter w = spec.commandLine().getOut();
    return (out == null ? display.printer(root, w) : Printer.asStored(w)).layout(lines);
  }
}
