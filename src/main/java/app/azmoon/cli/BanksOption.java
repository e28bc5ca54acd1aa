package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.store.BankCatalog;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --bank B} (repeatable) and {@code --tag T} for the flashcard commands. */
final class BanksOption {
  @Option(
      names = "--bank",
      paramLabel = "B",
      description = "A bank file or id; repeat for several (default: the bundled bank).")
  List<String> banks = List.of();

  @Option(
      names = "--tag",
      paramLabel = "T",
      description = "Only cards with this tag; repeat for any of several.")
  List<String> tags = List.of();

  /** The banks named (each once), else the bundled one. */
  List<Bank> load(BankCatalog catalog) {
    return banks.isEmpty()
        ? List.of(catalog.bundled())
        : SelectionOptions.distinctById(banks.stream().distinct().map(catalog::load).toList());
  }
}
