package app.azmoon;

import app.azmoon.cli.AzmoonCommand;
import app.azmoon.cli.Exits;
import app.azmoon.cli.StandardOutput;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.IntSupplier;

/** Builds the command line over the real process environment, runs it, and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    StandardOutput stdout = StandardOutput.system();
    PrintWriter out = stdout.writer();
    // UTF-8 whatever the locale says: Persian must not turn into question marks under LANG=C.
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code =
        Exits.run(
            new CommandLine(args, out, err),
            stdout,
            err,
            "1".equals(System.getenv("AZMOON_DEBUG")));
    err.flush();
    System.exit(code);
  }

  /**
   * The command line over this process. A class, not a lambda: the first lambda of a run starts the
   * JVM's lambda machinery (~5 ms), which {@code --version} has no other use for.
   */
  private record CommandLine(String[] args, PrintWriter out, PrintWriter err)
      implements IntSupplier {
    @Override
    public int getAsInt() {
      return AzmoonCommand.run(
          System.getenv(), Path.of("").toAbsolutePath(), System.in, out, err, args);
    }
  }
}
