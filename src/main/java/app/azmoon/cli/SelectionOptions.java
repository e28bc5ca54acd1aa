package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.engine.Selection;
import app.azmoon.store.BankCatalog;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Which questions, how many and in what order: shared by play and, later, drill and review. */
final class SelectionOptions {
  @Option(
      names = "--bank",
      paramLabel = "B",
      description =
          "A bank file or bank id; repeat for several banks. Default: the bundled korean-war bank.")
  List<String> banks = List.of();

  @Option(
      names = "--tag",
      paramLabel = "T",
      description = "Only questions with this tag; repeat for any of several.")
  List<String> tags = List.of();

  @Option(names = "--count", paramLabel = "N", description = "Ask at most N questions.")
  Integer count;

  @Option(
      names = "--order",
      paramLabel = "ORDER",
      description = "shuffle (default) or bank.",
      converter = OrderConverter.class)
  Selection.QuestionOrder order = Selection.QuestionOrder.SHUFFLE;

  @Option(
      names = "--seed",
      paramLabel = "S",
      description =
          "Seed for the shuffles: the same seed gives the same questions in the same order, with"
              + " the same option order, on any machine. Default: a new random seed, shown in the"
              + " session record.")
  Long seed;

  @Option(
      names = "--shuffle-options",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Shuffle the options of choice questions (default; --no-shuffle-options keeps the bank's order).")
  boolean shuffleOptions;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  private long chosenSeed;

  long seed() {
    return chosenSeed;
  }

  List<Bank> load(BankCatalog catalog) {
    return banks.isEmpty()
        ? List.of(catalog.bundled())
        : banks.stream().map(catalog::load).toList();
  }

  Selection selection() {
    if (count != null && count < 1) {
      throw new ParameterException(mixee.commandLine(), "--count must be at least 1, not " + count);
    }
    chosenSeed = Optional.ofNullable(seed).orElseGet(() -> new SecureRandom().nextLong());
    return new Selection(
        tags,
        count == null ? OptionalInt.empty() : OptionalInt.of(count),
        order,
        chosenSeed,
        shuffleOptions);
  }

  /** Reads "shuffle" and "bank" in any case. */
  static final class OrderConverter
      implements picocli.CommandLine.ITypeConverter<Selection.QuestionOrder> {
    @Override
    public Selection.QuestionOrder convert(String value) {
      try {
        return Selection.QuestionOrder.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "expected shuffle or bank, not '" + value + "'");
      }
    }
  }
}
