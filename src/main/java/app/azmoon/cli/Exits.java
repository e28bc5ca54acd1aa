package app.azmoon.cli;

import java.io.PrintWriter;
import java.util.function.IntSupplier;

/**
 * The last word on the process's exit code. picocli's handlers ({@link Errors}) see exceptions; an
 * {@link Error} such as running out of memory or a stack overflow passes them by, and Java would
 * print its stack trace and exit 1, which a script reads as "a drill below its pass mark". Here it
 * is an internal error, exit 70, one sentence. Then a failed write on standard output is exit 74
 * ({@link StandardOutput}).
 */
public final class Exits {
  private Exits() {}

  /** Runs {@code commandLine} and returns the code the process exits with. */
  public static int run(
      IntSupplier commandLine, StandardOutput out, PrintWriter err, boolean debug) {
    int code;
    try {
      code = commandLine.getAsInt();
    } catch (OutOfMemoryError e) {
      code = internal(err, e, debug, "out of memory (AZMOON_JAVA_OPTS=-Xmx2g gives Java more)");
    } catch (StackOverflowError e) {
      code = internal(err, e, debug, "the input nests too deeply (a stack overflow)");
    } catch (RuntimeException | Error e) {
      code = internal(err, e, debug, Errors.INTERNAL);
    }
    return out.exitCode(code, err);
  }

  private static int internal(PrintWriter err, Throwable e, boolean debug, String what) {
    err.println("azmoon: internal error: " + what + (debug ? "" : Errors.DEBUG_HINT));
    if (debug) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCode.SOFTWARE;
  }
}
