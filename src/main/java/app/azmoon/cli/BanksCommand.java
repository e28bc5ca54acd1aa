package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.StorageException;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Lists the banks Azmoon can see, in the order {@code --bank ID} looks them up. */
@Command(
    name = "banks",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the banks Azmoon can see: ./questions/*.json, the data directory's banks/*.json,"
          + " and the bundled Korean War bank, in the order --bank ID looks them up.",
      "A bank hidden by an earlier one with the same id is marked (hidden)."
    })
final class BanksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.printf("%-24s %9s  %-12s %s%n", "ID", "QUESTIONS", "WHERE", "TITLE · FILE");
    Set<String> seen = new HashSet<>();
    for (BankCatalog.Entry entry : store.catalog(root).entries()) {
      String file = TerminalText.line(entry.origin().name());
      try {
        Bank bank = store.reader().read(entry.origin());
        String title =
            bank.title().in(bank.language())
                + (bank.language() == Language.FA ? " / " + bank.title().in(Language.EN) : "");
        out.printf(
            "%-24s %9d  %-12s %s · %s%s%n",
            bank.id(),
            bank.questions().size(),
            entry.place().label(),
            TerminalText.line(title),
            file,
            seen.add(bank.id()) ? "" : " (hidden)");
      } catch (InvalidDataException | StorageException e) {
        out.printf(
            "%-24s %9s  %-12s %s (azmoon validate %s)%n",
            "?", "invalid", entry.place().label(), file, file);
      }
    }
    out.flush();
    return ExitCode.OK;
  }
}
