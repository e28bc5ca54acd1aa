package app.azmoon.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
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
    return execute(plain(stdin, env), env, workingDir, args);
  }

  /**
   * Runs as if on a terminal ($COLUMNS wide, or 80; standard error a terminal too), the keys coming
   * as lines: what the interactive paths do, without a JLine terminal.
   */
  static Result runOnATerminal(
      String keys, Map<String, String> env, Path workingDir, String... args) {
    Console plain = plain(keys, env);
    return execute(
        new Console(true, plain.stdin(), plain.input(), plain.columns(), () -> true),
        env,
        workingDir,
        args);
  }

  /**
   * Runs with {@code stdin} as piped standard input on picocli's command line, always: none of the
   * ways {@link AzmoonCommand#execute} answers before building it.
   */
  static Result runThroughPicocli(
      String stdin, Map<String, String> env, Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AzmoonCommand.commandLine(
                env,
                workingDir,
                plain(stdin, env),
                new PrintWriter(out),
                new PrintWriter(err),
                args)
            .execute(args);
    return new Result(code, out.toString(), err.toString());
  }

  private static Console plain(String stdin, Map<String, String> env) {
    return Console.plain(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env);
  }

  private static Result execute(
      Console console, Map<String, String> env, Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AzmoonCommand.execute(
            env, workingDir, () -> console, new PrintWriter(out), new PrintWriter(err), args);
    return new Result(code, out.toString(), err.toString());
  }
}
