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

/** Answers typed into JLine's line editor: editing, history, Tab completion of option labels. */
public final class TerminalInput implements LineInput {
  private final Terminal terminal;
  private final LineReader reader;
  private List<String> completions = List.of();
  private volatile boolean interruptPending;

  public TerminalInput(Terminal terminal) {
    this.terminal = terminal;
    // Ctrl-C outside the line editor (while a screen is printed) must not kill the session
    // unsaved: it is kept and acted on at the next read, as if typed there.
    terminal.handle(Terminal.Signal.INT, signal -> interruptPending = true);
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
    if (interruptPending) {
      interruptPending = false;
      throw new Interrupted();
    }
    try {
      return reader.readLine(prompt);
    } catch (UserInterruptException e) {
      throw new Interrupted();
    } catch (EndOfFileException e) {
      throw new EndOfInput();
    }
  }

  /**
   * Reads one key in raw mode. Ctrl-C arrives as a key (3), not a signal, so a review can save and
   * end rather than die; the terminal's attributes are restored whatever happens.
   */
  public int readKey() {
    Attributes previous = terminal.enterRawMode();
    try {
      Attributes raw = new Attributes(terminal.getAttributes());
      raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
      terminal.setAttributes(raw);
      return terminal.reader().read();
    } catch (IOException e) {
      return -1; // the terminal is gone: like Ctrl-D, end here; every rating is already saved
    } finally {
      terminal.setAttributes(previous);
    }
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
