package app.azmoon.cli;

import app.azmoon.tui.LineInput;
import app.azmoon.tui.PlainInput;
import app.azmoon.tui.TerminalInput;
import app.azmoon.tui.Terminals;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Map;

/**
 * Where the interactive commands read from: the terminal through JLine, or — when standard input is
 * not a terminal — plain lines, with no JLine terminal built at all (so no "dumb terminal" warning
 * and no escape codes in a pipe).
 */
interface Console {
  boolean isTerminal();

  /** Standard input, for commands that read answers from a pipe. */
  InputStream stdin();

  LineInput open(PrintWriter out);

  /** The process's console: JLine when stdin and stdout are a terminal, plain lines otherwise. */
  static Console system(InputStream stdin, Map<String, String> env) {
    boolean terminal = System.console() != null;
    return new Console() {
      @Override
      public boolean isTerminal() {
        return terminal;
      }

      @Override
      public InputStream stdin() {
        return stdin;
      }

      @Override
      public LineInput open(PrintWriter out) {
        return terminal ? new TerminalInput(Terminals.system()) : plain(stdin, env).open(out);
      }
    };
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
    return new Console() {
      @Override
      public boolean isTerminal() {
        return false;
      }

      @Override
      public InputStream stdin() {
        return in;
      }

      @Override
      public LineInput open(PrintWriter out) {
        return new PlainInput(in, out, columns);
      }
    };
  }
}
