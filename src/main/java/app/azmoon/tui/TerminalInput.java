package app.azmoon.tui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/** Answers typed into JLine's line editor: editing, history, Tab completion of option labels. */
public final class TerminalInput implements LineInput {
  /** What {@link #readKey} returns for Ctrl-C. */
  public static final int CTRL_C = 3;

  private static final int CTRL_D = 4;

  /** How long after a Ctrl-C its own key may still arrive. */
  private static final long SAME_PRESS_MILLIS = 60;

  private final Terminal terminal;
  private final LineReader reader;
  private List<String> completions = List.of();
  private volatile boolean interruptPending;

  /** The thread inside {@link #read}, or null: a Ctrl-C then must reach the line editor. */
  private volatile Thread reading;

  /**
   * Inside {@link #readKey}. JLine's system terminal reports a Ctrl-C typed in raw mode both as the
   * key (3) and as an interrupt signal; the signal is then not a second Ctrl-C.
   */
  private volatile boolean readingKey;

  /** Inside {@link #confirmQuit}: only a key answers there. */
  private volatile boolean asking;

  public TerminalInput(Terminal terminal) {
    this.terminal = terminal;
    // Ctrl-C outside the line editor (while a screen is printed) must not kill the session
    // unsaved: it is kept and acted on at the next read, as if typed there. One that comes in the
    // moment between that check and the line editor taking over the signal also interrupts the
    // reading thread, which the line editor reads as Ctrl-C: no Ctrl-C is ever lost.
    terminal.handle(
        Terminal.Signal.INT,
        signal -> {
          if (readingKey || asking) {
            return; // the key itself is read as Ctrl-C: the same press is not a signal too
          }
          interruptPending = true;
          Thread thread = reading;
          if (thread != null) {
            thread.interrupt();
          }
        });
    this.reader =
        LineReaderBuilder.builder()
            .terminal(terminal)
            .appName("azmoon")
            .completer(
                (r, line, candidates) ->
                    new StringsCompleter(completions).complete(r, line, candidates))
            .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
            .build();
  }

  @Override
  public String read(String prompt, List<String> completions) throws EndOfInput, Interrupted {
    this.completions = List.copyOf(completions);
    reading = Thread.currentThread();
    try {
      if (interruptPending) {
        throw new UserInterruptException("");
      }
      return reader.readLine(prompt);
    } catch (UserInterruptException e) {
      interruptPending = false;
      throw new Interrupted();
    } catch (EndOfFileException e) {
      throw new EndOfInput();
    } finally {
      reading = null;
      Thread.interrupted(); // an interrupt meant for this read ends with it
    }
  }

  /**
   * Asks with one key in raw mode: a second Ctrl-C (or Ctrl-D) quits, any other key goes on. On a
   * busy machine JLine's system terminal may report the Ctrl-C that led here twice: as the signal
   * that ended the line editor and, a moment later, as a key left in the input. That key is the
   * same press: it is set aside before asking, and signals while asking are not presses either.
   */
  @Override
  public boolean confirmQuit(List<String> question) {
    asking = true;
    interruptPending = false;
    try {
      int key = readKey(question, true);
      return key == CTRL_C || key == CTRL_D || key < 0;
    } finally {
      interruptPending = false;
      asking = false;
    }
  }

  /**
   * Shows {@code lines}, then reads one key in raw mode. Ctrl-C arrives as a key (3), not a signal,
   * so a review can save and end rather than die; the terminal's attributes are restored whatever
   * happens. The lines are printed only once raw mode is on: a key pressed as soon as they show is
   * read as a key, never taken by the line discipline as a signal.
   */
  public int readKey(List<String> lines) {
    return readKey(lines, false);
  }

  private int readKey(List<String> lines, boolean afterCtrlC) {
    Attributes previous = terminal.enterRawMode();
    try {
      Attributes raw = new Attributes(terminal.getAttributes());
      raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
      terminal.setAttributes(raw);
      if (afterCtrlC) {
        // The Ctrl-C's own key, if it is still to come: no person presses twice this fast.
        while (terminal.reader().peek(SAME_PRESS_MILLIS) == CTRL_C) {
          terminal.reader().read();
        }
      }
      print(lines);
      if (interruptPending) {
        interruptPending = false; // a Ctrl-C pressed while the screen was printed
        return CTRL_C;
      }
      readingKey = true;
      int key = readOne();
      if (key == CTRL_C) {
        interruptPending = false;
      }
      return key;
    } catch (IOException e) {
      return -1; // the terminal is gone: like Ctrl-D, end here; every rating is already saved
    } finally {
      readingKey = false;
      terminal.setAttributes(previous);
    }
  }

  /**
   * One key, read as JLine's line editor reads: in timed steps. A timed read that expires (the
   * same-press wait above) leaves JLine's pump thread reading the terminal; an untimed read would
   * then read beside it, and the next key would go to the pump and wait there unseen — a learner's
   * rating lost (seen: 3 in 6 tries of Ctrl-C, a key to go on, then a rating).
   */
  private int readOne() throws IOException {
    int key;
    do {
      key = terminal.reader().read(100);
    } while (key == NonBlockingReader.READ_EXPIRED);
    return key;
  }

  @Override
  public boolean eraseTypedLines() {
    reader.setOpt(LineReader.Option.ERASE_LINE_ON_FINISH);
    return true;
  }

  @Override
  public void print(List<String> lines) {
    lines.forEach(terminal.writer()::println);
    terminal.flush();
  }

  @Override
  public int width() {
    int width = terminal.getColumns();
    return width > 0 ? width : 80;
  }

  @Override
  public void close() {
    try {
      terminal.close(); // restores the terminal's attributes
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
