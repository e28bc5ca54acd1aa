package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.engine.Asked;
import app.azmoon.engine.DrillSpec;
import app.azmoon.engine.Planner;
import app.azmoon.engine.Selection;
import app.azmoon.store.BankCatalog;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.random.RandomGenerator;
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
      converter = OrderConverter.class,
      completionCandidates = Choices.Orders.class)
  Selection.QuestionOrder order;

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
      description =
          "Shuffle the options of choice questions (default; --no-shuffle-options keeps the bank's order).")
  Boolean shuffleOptions;

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  /** The banks named here, else the drill's, else the bundled one. */
  List<Bank> load(BankCatalog catalog, Optional<DrillSpec> drill) {
    if (banks.isEmpty() && drill.isPresent()) {
      return specBanks(catalog, drill.get());
    }
    return banks.isEmpty()
        ? List.of(catalog.bundled())
        : distinctById(banks.stream().distinct().map(catalog::load).toList());
  }

  /** The spec's banks; one it names that cannot be found makes the spec bad data (exit 65). */
  static List<Bank> specBanks(BankCatalog catalog, DrillSpec drill) {
    try {
      return distinctById(drill.banks().stream().distinct().map(catalog::load).toList());
    } catch (app.azmoon.store.BankNotFoundException e) {
      throw new app.azmoon.store.InvalidDataException(
          app.azmoon.store.Problem.ofFile(drill.source(), "$.bank: " + e.getMessage()));
    }
  }

  /** A bank named twice (by path and by id, say) is asked once. */
  static List<Bank> distinctById(List<Bank> banks) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return banks.stream().filter(b -> seen.add(b.id())).toList();
  }

  /** What the options say, else what the drill says, else the defaults. */
  Selection selection(Optional<DrillSpec> drill) {
    if (count != null && count < 1) {
      throw new ParameterException(mixee.commandLine(), "--count must be at least 1, not " + count);
    }
    long chosenSeed =
        Optional.ofNullable(seed)
            .or(
                () ->
                    drill.flatMap(
                        d ->
                            d.seed().isPresent()
                                ? Optional.of(d.seed().getAsLong())
                                : Optional.empty()))
            // A spec without a seed is still one drill for everyone: seed 0, as grade uses. Else
            // any seed will do, and Random's own is free where SecureRandom's providers cost a
            // quiz's start ~15 ms.
            .orElseGet(() -> drill.isPresent() ? 0L : new Random().nextLong());
    OptionalInt chosenCount =
        count != null
            ? OptionalInt.of(count)
            : drill.map(DrillSpec::count).orElse(OptionalInt.empty());
    return new Selection(
        !tags.isEmpty() ? tags : drill.map(DrillSpec::tags).orElse(List.of()),
        chosenCount,
        Optional.ofNullable(order)
            .or(() -> drill.flatMap(DrillSpec::order))
            .orElse(Selection.QuestionOrder.SHUFFLE),
        chosenSeed,
        Optional.ofNullable(shuffleOptions)
            .or(() -> drill.flatMap(DrillSpec::shuffleOptions))
            .orElse(true));
  }

  /** The plan for {@code banks}; a selection that matches nothing is a usage error. */
  List<Asked> plan(List<Bank> banks, Selection chosen, RandomGenerator random) {
    List<Asked> plan = Planner.plan(banks, chosen, random);
    if (plan.isEmpty()) {
      throw new ParameterException(
          mixee.commandLine(),
          "no question matches the selection"
              + (chosen.tags().isEmpty()
                  ? ""
                  : " (tags: " + String.join(", ", chosen.tags()) + ")"));
    }
    return plan;
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
