package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.schedule.Scheduler;
import app.azmoon.engine.review.Deck;
import app.azmoon.engine.review.ReviewSession;
import app.azmoon.i18n.Messages;
import app.azmoon.i18n.ReviewText;
import app.azmoon.script.ReviewScript;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.Problem;
import app.azmoon.store.progress.ProgressStore;
import app.azmoon.text.Style;
import app.azmoon.text.TerminalText;
import app.azmoon.tui.ReviewLoop;
import app.azmoon.tui.Screen;
import app.azmoon.tui.TerminalInput;
import app.azmoon.tui.Terminals;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Flashcard review with FSRS: due cards first, then new ones; every rating saved at once. */
@Command(
    name = "review",
    mixinStandardHelpOptions = true,
    description = {
      "Reviews the cards that are due, then up to --new new ones. Type the answer (checked as in"
          + " play) or press Enter to see it, then rate with one key: 1 again, 2 hard, 3 good,"
          + " 4 easy — each labelled with when the card would come back. u at the rating key"
          + " undoes the last rating; at the answer, where u may be the start of an answer, type"
          + " :undo (or u alone) and Enter. Ctrl-C asks first, as in play; q or Ctrl-D stops at"
          + " once. Every rating is saved before the next card shows.",
      "Without a terminal: one rating per line (again|hard|good|easy or 1–4), one card after"
          + " another; each is saved, then acknowledged with a line: card id, rating, next due time.",
      "Progress lives in the data directory's reviews.jsonl (docs/progress.md); a second session"
          + " on the same data directory exits 75."
    })
final class ReviewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Mixin SchedulerOptions scheduling;

  @Mixin DisplayOptions display;

  @Mixin BanksOption cards;

  @Option(names = "--new", paramLabel = "N", description = "At most N new cards (default 20).")
  int newCards = 20;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "At most N cards in all (default 200).")
  int limit = 200;

  @Override
  public Integer call() throws IOException {
    if (newCards < 0 || limit < 1) {
      throw new picocli.CommandLine.ParameterException(
          spec.commandLine(), "--new must be 0 or more and --limit 1 or more");
    }
    List<Bank> loaded = cards.load(store.catalog(root));
    Scheduler scheduler = scheduling.scheduler();
    InstantSource clock = InstantSource.system();
    Messages messages = new Messages(display.language(loaded.get(0).language()));
    PrintWriter out = spec.commandLine().getOut();
    try (ProgressStore progress =
        ProgressStore.openForReview(store.dataDir(root.env()), scheduler, clock)) {
      progress
          .warnings()
          .forEach(w -> spec.commandLine().getErr().println("azmoon: " + TerminalText.line(w)));
      Deck deck = Deck.of(loaded, progress.states());
      ReviewSession session =
          new ReviewSession(
              deck.queue(clock.instant(), cards.tags, newCards, limit),
              progress.states(),
              scheduler,
              messages.language(),
              clock,
              progress);
      ReviewText words = new ReviewText(messages, display.dates(messages.language(), root.env()));
      if (root.console().isTerminal()) {
        try (TerminalInput input = new TerminalInput(Terminals.system())) {
          Screen screen =
              new Screen(
                  messages,
                  new Style(display.color(root.env(), true)),
                  display.rtl(root.env(), true),
                  input.width());
          if (session.current().isEmpty()) {
            input.print(screen.line(messages.get("review.nothing")));
          }
          new ReviewLoop(session, input, screen).run();
          words.summary(session.summary()).forEach(l -> input.print(screen.line(l)));
        }
      } else {
        try {
          ReviewScript.run(
              session,
              new BufferedReader(new InputStreamReader(root.stdin(), StandardCharsets.UTF_8)),
              out);
        } catch (ReviewScript.BadRating e) {
          throw new InvalidDataException(Problem.ofFile("<stdin>", e.getMessage()));
        }
        Printer printer = display.printer(root, out);
        printer.lines(words.summary(session.summary()));
        printer.flush();
      }
    }
    return ExitCode.OK;
  }
}
