package app.azmoon.tui;

import app.azmoon.domain.question.Bank;
import app.azmoon.engine.Feedback;
import app.azmoon.engine.Hint;
import app.azmoon.engine.Session;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The quiz loop of the terminal front end: show the turn, read a line, hand it to the session, show
 * the feedback. In-session commands start with a colon; Ctrl-D ends at once, Ctrl-C asks first. All
 * judging and scoring is the session's.
 */
public final class PlayLoop {
  static final List<String> COMMANDS = List.of(":hint", ":skip", ":source", ":quit", ":help");

  private final Session session;
  private final LineInput input;
  private final Screen screen;
  private final boolean echo;
  private boolean interrupted;

  public PlayLoop(Session session, LineInput input, Screen screen) {
    this.session = session;
    this.input = input;
    this.screen = screen;
    this.echo = screen.echoesAnswers() && input.eraseTypedLines();
  }

  /**
   * Runs until the questions run out, {@code :quit}, Ctrl-D or a second Ctrl-C. Every change to the
   * session holds its lock, so that a signal's shutdown hook can end it and read its summary
   * between two answers, never in the middle of one.
   */
  public void run() {
    boolean shown = false;
    while (true) {
      Optional<Session.Turn> turn = session.current();
      if (turn.isEmpty()) {
        return;
      }
      if (!shown) {
        input.print(
            screen.turn(
                turn.get(),
                session.score(),
                session.streak(),
                session.removed(),
                session.rules().timeLimit()));
        shown = true;
      }
      String line;
      try {
        line = input.read(screen.prompt(), screen.completions(turn.get().asked()));
        if (echo) {
          input.print(screen.echo(line));
        }
      } catch (LineInput.EndOfInput e) {
        end();
        return;
      } catch (LineInput.Interrupted e) {
        if (input.confirmQuit(screen.plain("interrupt"))) {
          interrupted = true;
          end();
          return;
        }
        continue;
      }
      String command = line.strip().toLowerCase(Locale.ROOT);
      if (command.isEmpty()) {
        continue; // a stray Enter is no answer; :skip is
      }
      switch (command) {
        case ":quit", ":q", ":exit" -> {
          end();
          return;
        }
        case ":help", ":?" -> input.print(screen.plain("help"));
        case ":source" -> input.print(source(turn.get().asked().bank(), turn.get()));
        case ":hint" -> {
          Optional<Hint> hint;
          synchronized (session) {
            hint = session.hint();
          }
          input.print(screen.hint(turn.get().asked(), hint));
        }
        case ":skip" -> {
          Feedback skipped;
          synchronized (session) {
            skipped = session.skip();
          }
          input.print(screen.feedback(skipped));
          shown = false;
        }
        default -> {
          if (command.startsWith(":")) {
            input.print(screen.plain("help")); // a mistyped command is not an answer
          } else {
            Feedback feedback;
            synchronized (session) {
              feedback = session.answer(line);
            }
            input.print(screen.feedback(feedback));
            shown = false;
          }
        }
      }
    }
  }

  /** Whether a confirmed Ctrl-C ended the session: the process then exits 130. */
  public boolean interrupted() {
    return interrupted;
  }

  private void end() {
    synchronized (session) {
      session.end();
    }
  }

  private List<String> source(Bank bank, Session.Turn turn) {
    return bank.source()
        .map(
            s ->
                screen.source(
                    turn.asked().question().info().quote().map(s::paragraphOf).orElse(s.text())))
        .orElseGet(() -> screen.plain("source.none"));
  }
}
