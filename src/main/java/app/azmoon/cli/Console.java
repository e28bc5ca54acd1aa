package app.azmoon.cli;

import app.azmoon.tui.LineInput;
import app.azmoon.tui.PlainInput;
import app.azmoon.tui.TerminalInput;
import app.azmoon.tui.Terminals;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the interactive commands read from: the terminal through JLine, or — when standard input is
 * not a terminal — plain lines, with no JLine terminal built at all (so no "dumb terminal" warning
 * and no escape codes in a pipe).
 */
record Console(boolean isTerminal, InputStream stdin, Function<PrintWriter, LineInput> input) {

  /** The line input, printing to {@code out}. */
  LineInput open(PrintWriter out) {
    return input.apply(out);
  }

  /** The process's console: JLine when stdin and stdout are a terminal, plain lines otherwise. */
  static Console system(InputStream stdin, Map<String, String> env) {
    return System.console() != null
        ? new Console(true, stdin, out -> new TerminalInput(Terminals.system()))
        : plain(stdin, env);
  }

  /** Plain lines from {@code in}, laid out for {@code $COLUMNS} or 80 columns. */
  static Console plain(InputStream in, Map<String, String> env) {
    int width;
    try {
      width = Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
    } catch (NumberFormatException e) {
      width = 80;
    }
    int columns = width;
    return new Console(false, in, out -> new PlainInput(in, out, columns));
  }
}
