package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.schedule.Scheduler;
import app.azmoon.engine.review.Deck;
import app.azmoon.engine.review.Stats;
import app.azmoon.i18n.Messages;
import app.azmoon.i18n.StatsText;
import app.azmoon.store.StatsJson;
import app.azmoon.store.progress.ProgressStore;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What the review log says about the learner. */
@Command(
    name = "stats",
    mixinStandardHelpOptions = true,
    description =
        "Cards by state, what is due today / tomorrow / this week, a 30-day forecast, true"
            + " retention, reviews per day, the study streak, and mastery by tag.")
final class StatsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Mixin SchedulerOptions scheduling;

  @Mixin DisplayOptions display;

  @Mixin BanksOption cards;

  @Option(
      names = "--now",
      paramLabel = "INSTANT",
      description = "As of this time (ISO-8601, e.g. 2026-12-01T09:00:00Z); default now.")
  Instant now;

  @Option(
      names = "--json",
      description = "One JSON object: byState, due, forecast, retention, perDay, streak, mastery.")
  boolean json;

  @Override
  public Integer call() {
    List<Bank> loaded = cards.load(store.catalog(root));
    Scheduler scheduler = scheduling.scheduler();
    Instant at = now != null ? now : Instant.now();
    ProgressStore progress = ProgressStore.read(store.dataDir(root.env()), scheduler, at);
    ZoneId zone = ZoneId.systemDefault();
    Stats stats =
        Stats.of(
            Deck.of(loaded, progress.states()).tagged(cards.tags),
            progress.reviews(),
            scheduler,
            at,
            zone);
    progress
        .warnings()
        .forEach(w -> spec.commandLine().getErr().println("azmoon: " + TerminalText.line(w)));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(StatsJson.of(stats, at.atZone(zone).toLocalDate()));
      out.flush();
      return ExitCode.OK;
    }
    Messages messages = new Messages(display.language(loaded.get(0).language()));
    List<String> lines =
        new StatsText(messages, display.dates(messages.language(), root.env()))
            .lines(stats, at.atZone(zone).toLocalDate());
    Printer printer = display.printer(root, out);
    printer.lines(lines);
    printer.flush();
    return ExitCode.OK;
  }
}
