package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.store.BankCatalog;
import picocli.CommandLine.Option;

/** {@code --bank B} for commands that read one bank; the bundled bank when it is not given. */
final class BankOption {
  @Option(
      names = "--bank",
      paramLabel = "B",
      description = "A bank file or bank id (default: the bundled korean-war bank).")
  String bank;

  Bank load(BankCatalog catalog) {
    return bank == null ? catalog.bundled() : catalog.load(bank);
  }

  /**
   * The bank, for a command that asks one question of it: the bundled bank then holds only the
   * question {@code questionId} (if it has it), read without the others.
   */
  Bank loadFor(BankCatalog catalog, String questionId) {
    return bank == null ? catalog.bundledOnly(questionId) : catalog.load(bank);
  }
}
