package app.azmoon;

import app.azmoon.cli.AzmoonCommand;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Builds the command line over the real process environment, runs it, and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // UTF-8 whatever the locale says: Persian must not turn into question marks under LANG=C.
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code =
        AzmoonCommand.run(System.getenv(), Path.of("").toAbsolutePath(), System.in, out, err, args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
