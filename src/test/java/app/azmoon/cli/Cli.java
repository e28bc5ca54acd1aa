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
