package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.engine.review.Card;
import app.azmoon.engine.review.Deck;
import app.azmoon.i18n.Dates;
import app.azmoon.i18n.Messages;
import app.azmoon.store.CardsJson;
import app.azmoon.store.progress.ProgressStore;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Every card's memory state, as of a moment. */
@Command(
    name = "cards",
    mixinStandardHelpOptions = true,
    description =
        "Every card's state, stability (days), difficulty (1–10), due time, reps and lapses, as"
            + " of --now, replayed from the review log; then the number of cards and the bank's"
            + " title in --lang.")
final class CardsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Mixin SchedulerOptions scheduling;

  @Mixin BankOption bank;

  @Mixin DisplayOptions display;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      converter = InstantOption.class,
      description = "As of this time (ISO-8601); default now.")
  Instant now;

  @Option(
      names = "--json",
      description = "A JSON array of {id, bank, state, stability, difficulty, due, reps, lapses}.")
  boolean json;

  @Override
  public Integer call() {
    Bank loaded = bank.load(store.catalog(root));
    ProgressStore progress =
        ProgressStore.readStates(
            store.dataDir(root.env()), scheduling.scheduler(), now != null ? now : Instant.now());
    progress
        .warnings()
        .forEach(
            w ->
                spec.commandLine()
                    .getErr()
                    .println("azmoon: " + app.azmoon.text.TerminalText.line(w)));
    List<Card> cards = Deck.of(List.of(loaded), progress.states()).cards();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(CardsJson.of(cards));
      out.flush();
      return ExitCode.OK;
    }
    Messages messages = new Messages(display.language(loaded.language()));
    Dates dates = display.dates(messages.language(), root.env());
    Table table =
        new Table(
            Table.Column.of("ID"),
            Table.Column.of("STATE"),
            Table.Column.number("STABILITY"),
            Table.Column.number("DIFFICULTY"),
            Table.Column.of("DUE"),
            Table.Column.number("REPS"),
            Table.Column.number("LAPSES"));
    for (Card c : cards) {
      boolean fresh = c.state().reps() == 0;
      table.add(
          c.question().id(),
          c.state().state().code(),
          fresh ? "-" : twoDecimals(c.state().stability()),
          fresh ? "-" : twoDecimals(c.state().difficulty()),
          fresh ? "-" : dates.moment(c.state().due()),
          String.valueOf(c.state().reps()),
          String.valueOf(c.state().lapses()));
    }
    Printer printer = display.printer(root, out);
    printer.table(table);
    printer.text(
        messages.get(
            "cards.count", messages.number(cards.size()), loaded.title().in(messages.language())));
    printer.flush();
    return ExitCode.OK;
  }

  /**
   * {@code String.format(Locale.ROOT, "%.2f", x)} without a {@code Formatter} (a new one, with its
   * locale's symbols, for each of 40,000 numbers in a table of 20,000 cards): both round the
   * shortest decimal that reads back as {@code x} half up. Zero, negatives and non-numbers, where
   * the two might differ (a "-0.00"), go through the formatter.
   */
  static String twoDecimals(double x) {
    if (!(x > 0) || Double.isInfinite(x)) {
      return String.format(Locale.ROOT, "%.2f", x);
    }
    return BigDecimal.valueOf(x).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }
}
