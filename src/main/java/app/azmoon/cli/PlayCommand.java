package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.engine.Asked;
import app.azmoon.engine.DrillSpec;
import app.azmoon.engine.Rules;
import app.azmoon.engine.Selection;
import app.azmoon.engine.Session;
import app.azmoon.engine.Summary;
import app.azmoon.i18n.Messages;
import app.azmoon.store.SessionRecords;
import app.azmoon.store.StorageException;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import app.azmoon.text.TerminalText;
import app.azmoon.tui.LineInput;
import app.azmoon.tui.PlayLoop;
import app.azmoon.tui.Screen;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The interactive quiz; also what {@code azmoon} with no command runs. */
@Command(
    name = "play",
    mixinStandardHelpOptions = true,
    description = {
      "The interactive quiz: one question at a time, feedback quoting the source, a summary at the end.",
      "Answer by typing; in the session type :hint, :skip, :source, :quit or :help. Ctrl-D ends the"
          + " session with its summary; Ctrl-C asks first. Works with piped input too (one answer a line)."
    })
final class PlayCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin SelectionOptions selection;

  @Mixin PlayOptions play;

  @Mixin DisplayOptions display;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    return run(
        root, selection, play, display, store, spec, Optional.empty(), OptionalDouble.empty());
  }

  /**
   * Shared with the root command, which plays when given no command, and with a drill played on a
   * terminal, whose pass mark then decides the exit code (0 passed, 1 below it).
   */
  static int run(
      AzmoonCommand root,
      SelectionOptions selection,
      PlayOptions play,
      DisplayOptions display,
      StoreOptions store,
      CommandSpec spec,
      Optional<DrillSpec> drill,
      OptionalDouble pass) {
    return Quiz.prepare(root, selection, play, display, store, drill, pass)
        .play(spec.commandLine().getOut(), spec.commandLine().getErr());
  }

  /**
   * A quiz ready to play. {@link #prepare} checks everything the options and the banks can get
   * wrong and prints nothing, so that a command line read without picocli ({@link QuickPlay}) can
   * hand any such failure to picocli to report.
   */
  record Quiz(
      AzmoonCommand root,
      Session session,
      Messages messages,
      List<String> bankIds,
      long seed,
      Path dataDir,
      boolean color,
      RtlMode rtl,
      OptionalDouble pass) {

    static Quiz prepare(
        AzmoonCommand root,
        SelectionOptions selection,
        PlayOptions play,
        DisplayOptions display,
        StoreOptions store,
        Optional<DrillSpec> drill,
        OptionalDouble pass) {
      List<Bank> banks = selection.load(store.catalog(root), drill);
      Selection chosen = selection.selection(drill);
      // One generator: the plan's shuffles first, then the session's hints, all from the seed.
      Random random = new Random(chosen.seed());
      List<Asked> plan = selection.plan(banks, chosen, random);
      Messages messages = new Messages(display.language(banks.get(0).language()));
      // A drill (it has a pass mark) scores out of all its questions, however it ends; play does
      // not.
      Rules rules = pass.isPresent() ? play.rules(drill).forDrill() : play.rules(drill);
      Session session =
          new Session(plan, rules, messages.language(), InstantSource.system(), random);
      boolean terminal = root.console().isTerminal();
      return new Quiz(
          root,
          session,
          messages,
          banks.stream().map(Bank::id).toList(),
          chosen.seed(),
          store.dataDir(root.env()),
          display.color(root.env(), terminal),
          display.rtl(root.env(), terminal),
          pass);
    }

    /** Plays the quiz on the console, then saves its record; returns the exit code. */
    int play(PrintWriter out, PrintWriter err) {
      try (LineInput input = root.console().open(out);
          SessionGuard guard =
              new SessionGuard(session, new SessionRecords(dataDir), bankIds, seed, err)) {
        Screen screen = new Screen(messages, new Style(color), rtl, input.width());
        PlayLoop loop = new PlayLoop(session, input, screen);
        loop.run();
        Summary summary = guard.summary();
        input.print(screen.summary(summary));
        boolean passed = pass.isEmpty() || summary.percent() >= pass.getAsDouble();
        if (pass.isPresent()) {
          input.print(
              screen.plain(
                  "drill.verdict",
                  messages.number(pass.getAsDouble()),
                  messages.get(passed ? "drill.passed" : "drill.failed")));
        }
        // Two Ctrl-C: what was answered is kept, and the exit code says the quiz was interrupted.
        int outcome =
            loop.interrupted() ? ExitCode.INTERRUPTED : passed ? ExitCode.OK : ExitCode.NEGATIVE;
        try {
          Optional<Path> saved = guard.save();
          if (saved.isPresent()) {
            input.print(screen.plain("summary.saved"));
            input.print(screen.path(saved.get().toString()));
          }
        } catch (StorageException e) {
          err.println(
              "azmoon: the session record was not saved: " + TerminalText.line(e.getMessage()));
          err.flush();
          return ExitCode.IO;
        }
        return outcome;
      }
    }
  }
}
