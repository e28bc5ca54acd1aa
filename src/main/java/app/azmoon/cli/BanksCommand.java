package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.StorageException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
      "A bank hidden by an earlier one with the same id is marked (hidden). A title is shown in"
          + " each language the bank has one in, or in --lang only."
    })
final class BanksCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Mixin DisplayOptions display;

  @Override
  public Integer call() {
    Table table =
        new Table(
            Table.Column.of("ID"),
            Table.Column.number("QUESTIONS"),
            Table.Column.of("WHERE"),
            Table.Column.rest("TITLE · FILE"));
    Set<String> seen = new HashSet<>();
    for (BankCatalog.Entry entry : store.catalog(root).entries()) {
      String file = entry.origin().name();
      try {
        Bank bank = store.reader().read(entry.origin());
        table.add(
            bank.id(),
            String.valueOf(bank.questions().size()),
            entry.place().label(),
            title(bank) + " · " + file + (seen.add(bank.id()) ? "" : " (hidden)"));
      } catch (InvalidDataException | StorageException e) {
        table.add("?", "invalid", entry.place().label(), file + " (azmoon validate " + file + ")");
      }
    }
    Printer printer = display.printer(root, spec.commandLine().getOut());
    printer.table(table);
    printer.flush();
    return ExitCode.OK;
  }

  /** The title in --lang; without it, each language the bank has a title in, once. */
  private String title(Bank bank) {
    return display
        .requested()
        .map(language -> bank.title().in(language))
        .orElseGet(
            () ->
                Stream.concat(Stream.of(bank.language()), Arrays.stream(Language.values()))
                    .map(language -> bank.title().in(language))
                    .distinct()
                    .collect(Collectors.joining(" / ")));
  }
}
