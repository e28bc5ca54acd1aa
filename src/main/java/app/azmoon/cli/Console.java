package app.azmoon.cli;

import app.azmoon.tui.LineInput;
import app.azmoon.tui.PlainInput;
import app.azmoon.tui.TerminalInput;
import app.azmoon.tui.Terminals;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * Where the interactive commands read from: the terminal through JLine, or — when standard input is
 * not a terminal — plain lines, with no JLine terminal built at all (so no "dumb terminal" warning
 * and no escape codes in a pipe). Also what the printing commands need to know about the screen:
 * its width, and whether standard error is a terminal; both are asked only when needed.
 */
record Console(
    boolean isTerminal,
    InputStream stdin,
    Function<PrintWriter, LineInput> input,
    IntSupplier columns,
    BooleanSupplier stderrIsTerminal) {

  /** The line input, printing to {@code out}. */
  LineInput open(PrintWriter out) {
    return input.apply(out);
  }

  /** The columns to lay printed text out in. */
  int width() {
    return columns.getAsInt();
  }

  /** Whether standard error is a terminal, where a progress counter can erase itself. */
  boolean errIsTerminal() {
    return stderrIsTerminal.getAsBoolean();
  }

  /** The process's console: JLine when stdin and stdout are a terminal, plain lines otherwise. */
  static Console system(InputStream stdin, Map<String, String> env) {
    Console plain = plain(stdin, env);
    IntSupplier width =
        () -> {
          int columns = Terminals.outputWidth();
          return columns > 0 ? columns : plain.width();
        };
    return System.console() != null
        ? new Console(
            true,
            stdin,
            out -> new TerminalInput(Terminals.system()),
            width,
            Terminals::errorIsTerminal)
        : new Console(false, stdin, plain.input(), plain.columns(), Terminals::errorIsTerminal);
  }

  /** Plain lines from {@code in}, laid out for {@code $COLUMNS} or 80 columns. */
  static Console plain(InputStream in, Map<String, String> env) {
    int width;
    try {
      width = Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
    } catch (NumberFormatException e) {
      width = 80;
    }
    int columns = width > 0 ? width : 80;
    return new Console(
        false, in, out -> new PlainInput(in, out, columns), () -> columns, () -> false);
  }
}
