package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.formats.BankExport;
import app.azmoon.formats.Exported;
import app.azmoon.formats.Formats;
import app.azmoon.formats.Note;
import app.azmoon.store.AtomicFile;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.BankWriter;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Writes a bank in another format, for Anki, a spreadsheet or another Azmoon. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the bank's questions in another format to FILE (atomically), or to standard output"
          + " with -o -. Lists on standard error each question the format cannot carry.",
      "Exits 0 when it wrote the file, 65 when the format can carry none of the bank's questions."
          + " Formats, and what each keeps: docs/interop.md."
    })
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Mixin BankOption bank;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "FORMAT",
      completionCandidates = FormatNames.Writable.class,
      description = "The format to write: ${COMPLETION-CANDIDATES}.")
  String to;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "FILE",
      description = "The file to write; - for standard output.")
  String output;

  @Override
  public Integer call() {
    BankExport writer =
        to.equals("json")
            ? b -> new Exported(BankWriter.bank(b), List.of())
            : FormatNames.pick(spec, "--to", to, Formats.writer(to), new FormatNames.Writable());
    BankCatalog catalog = store.catalog(root);
    Bank loaded = bank.load(catalog);
    Exported exported = writer.write(loaded);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    exported.skipped().forEach(n -> err.println(TerminalText.line("skipped " + n)));
    long skipped = exported.skipped().stream().map(Note::where).distinct().count();
    int total = loaded.questions().size();
    if (skipped >= total) {
      err.println(
          TerminalText.line(
              "azmoon: "
                  + to
                  + " can carry no question of bank "
                  + loaded.id()
                  + ": nothing written"));
      err.flush();
      return ExitCode.DATA;
    }
    boolean toStdout = output.equals("-");
    Optional<Path> target =
        toStdout ? Optional.empty() : Optional.of(root.workingDir().resolve(output));
    if (target.isPresent()) {
      Outputs.refuseInputs("-o", target.get(), catalog.files());
      AtomicFile.write(target.get(), exported.text());
    } else {
      // Into a pipe as written; on a screen, with no control or bidi sequence a bank could hold.
      out.print(
          root.console().isTerminal() ? TerminalText.block(exported.text()) : exported.text());
    }
    PrintWriter report = toStdout ? err : out;
    report.println(
        TerminalText.line(
            "wrote "
                + (total - skipped)
                + " of "
                + ImportCommand.questions(total)
                + " of bank "
                + loaded.id()
                + " as "
                + to
                + (toStdout ? "" : " to " + output)
                + (skipped > 0 ? "; " + skipped + " skipped" : "")));
    if (to.equals("json")) {
      loaded.source().ifPresent(source -> source(source, target, report));
    }
    out.flush();
    err.flush();
    return ExitCode.OK;
  }

  /**
   * A bank names its source text by a path beside it, and its quotes are checked against it: the
   * exported bank loads only with that text in place, so it is written there unless a file is.
   */
  private void source(Bank.Source source, Optional<Path> target, PrintWriter report) {
    Optional<Path> beside = target.map(t -> t.toAbsolutePath().getParent().resolve(source.path()));
    if (beside.isPresent() && !Files.exists(beside.get())) {
      AtomicFile.write(beside.get(), source.text());
      report.println(TerminalText.line("wrote its source text to " + beside.get()));
    } else if (beside.isPresent()) {
      report.println(
          TerminalText.line("left the source text already at " + beside.get() + " as it is"));
    } else {
      report.println(
          TerminalText.line(
              "the bank's quotes are checked against its source text, which must be at "
                  + source.path()
                  + " beside the bank file"));
    }
  }
}
