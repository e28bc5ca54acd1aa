package app.azmoon.cli;

import app.azmoon.store.BankReader;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.Origin;
import app.azmoon.store.StorageException;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks bank files and lists every problem in each, not just the first. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Checks bank files: JSON syntax, fields, types, ids, answers, and that every quote is in the"
          + " bank's source text.",
      "Lists every problem as FILE:LINE:COLUMN: PATH: MESSAGE. Exits 0 when all files are valid,"
          + " 65 when any is not, 74 when one cannot be read."
    })
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin StoreOptions store;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Bank files to check.")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int code = ExitCode.OK;
    for (Path file : files) {
      try {
        // Checked one question at a time: none is kept, so a big bank fits in little memory.
        BankReader.Outline bank = store.reader().check(Origin.file(file));
        out.printf(
            "%s: ok: bank %s, %d questions%n",
            TerminalText.line(file.toString()), bank.id(), bank.questions());
      } catch (InvalidDataException e) {
        Errors.printProblems(err, e.problems(), Integer.MAX_VALUE);
        code = Math.max(code, ExitCode.DATA);
      } catch (StorageException e) {
        err.println("azmoon: " + TerminalText.line(e.getMessage()));
        code = Math.max(code, ExitCode.IO);
      }
    }
    out.flush();
    err.flush();
    return code;
  }
}
