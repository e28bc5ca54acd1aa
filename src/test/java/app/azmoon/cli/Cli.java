package app.azmoon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

/** Runs the real command line in-process, with a given environment and working folder. */
final class Cli {
  record Result(int code, String out, String err) {}

  private Cli() {}

  static Result run(Map<String, String> env, Path workingDir, String... args) {
    return runWithInput("", env, workingDir, args);
  }

  /**
   * Runs as if on a terminal, the keys coming as lines: what the interactive paths do, without a
   * JLine terminal.
   */
  static Result runOnATerminal(
      String keys, Map<String, String> env, Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console plain =
        Console.plain(
            new java.io.ByteArrayInputStream(
                keys.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            env);
    Console terminal =
        new Console() {
          @Override
          public boolean isTerminal() {
            return true;
          }

          @Override
          public java.io.InputStream stdin() {
            return plain.stdin();
          }

          @Override
          public app.azmoon.tui.LineInput open(PrintWriter o) {
            return plain.open(o);
          }
        };
    int code =
        AzmoonCommand.commandLine(
                env, workingDir, terminal, new PrintWriter(out), new PrintWriter(err))
            .execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  /** Runs with {@code stdin} as piped standard input. */
  static Result runWithInput(
      String stdin, Map<String, String> env, Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    Console console =
        Console.plain(
            new java.io.ByteArrayInputStream(
                stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            env);
    int code =
        AzmoonCommand.commandLine(
                env, workingDir, console, new PrintWriter(out), new PrintWriter(err))
            .execute(args);
    return new Result(code, out.toString(), err.toString());
  }
}
