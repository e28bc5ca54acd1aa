package app.azmoon.cli;

import app.azmoon.store.BankNotFoundException;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.LockedException;
import app.azmoon.store.Problem;
import app.azmoon.store.StorageException;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParseResult;

/**
 * The one place where exceptions become exit codes and one-line messages on stderr. With {@code
 * AZMOON_DEBUG=1} the stack trace follows the message.
 */
final class Errors
    implements IExecutionExceptionHandler, IExitCodeExceptionMapper, IParameterExceptionHandler {
  /** Past this many problems a file's list is cut short; {@code validate} shows them all. */
  static final int MAX_PROBLEMS_SHOWN = 20;

  /**
   * What an internal error says: never the exception's class or message, which mean nothing to a
   * user.
   */
  static final String INTERNAL = "something Azmoon did not expect went wrong; please report it";

  static final String DEBUG_HINT = " (AZMOON_DEBUG=1 shows the details)";

  private final boolean debug;

  Errors(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int getExitCode(Throwable exception) {
    if (exception instanceof CommandLine.ParameterException
        || exception instanceof BankNotFoundException
        || exception instanceof Outputs.Refused) {
      return ExitCode.USAGE;
    }
    if (exception instanceof InvalidDataException) {
      return ExitCode.DATA;
    }
    if (exception instanceof LockedException) {
      return ExitCode.LOCKED;
    }
    if (exception instanceof StorageException
        || exception instanceof java.io.UncheckedIOException
        || exception instanceof java.io.IOException) {
      return ExitCode.IO;
    }
    return ExitCode.SOFTWARE;
  }

  @Override
  public int handleExecutionException(
      Exception exception, CommandLine command, ParseResult parsed) {
    return report(exception, command.getErr());
  }

  /** Reports {@code exception}, raised while a command ran, on {@code err}; returns its code. */
  int report(Exception exception, PrintWriter err) {
    if (exception instanceof InvalidDataException invalid) {
      printProblems(err, invalid.problems(), MAX_PROBLEMS_SHOWN);
    } else if (exception instanceof StorageException
        || exception instanceof LockedException
        || exception instanceof BankNotFoundException
        || exception instanceof Outputs.Refused) {
      err.println("azmoon: " + TerminalText.line(exception.getMessage()));
    } else if (exception instanceof java.io.UncheckedIOException
        || exception instanceof java.io.IOException) {
      // Their own message is "java.io.IOException: …": the system's reason alone says it.
      Throwable io = exception instanceof java.io.UncheckedIOException u ? u.getCause() : exception;
      err.println(
          "azmoon: cannot read or write: "
              + TerminalText.line(
                  io.getMessage() == null ? "an input/output error" : io.getMessage()));
    } else {
      err.println("azmoon: internal error: " + INTERNAL + (debug ? "" : DEBUG_HINT));
    }
    if (debug) {
      StringWriter trace = new StringWriter();
      exception.printStackTrace(new PrintWriter(trace));
      err.print(trace);
    }
    err.flush();
    return getExitCode(exception);
  }

  /** A usage error: one sentence and where to read more, not the whole usage text. */
  @Override
  public int handleParseException(CommandLine.ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println("azmoon: " + TerminalText.line(String.valueOf(e.getMessage())));
    suggestion(e).ifPresent(err::println);
    err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more.");
    err.flush();
    return ExitCode.USAGE;
  }

  /**
   * "Did you mean: azmoon play --count?" for a mistyped option or command: the options and commands
   * of the command it was given to that are near it ({@link Suggestions}). picocli's own
   * suggestions only match the first two letters, so they miss "--cuont" and offer "completion" for
   * "version".
   */
  static Optional<String> suggestion(CommandLine.ParameterException e) {
    if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return Optional.empty();
    }
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    List<String> known = new ArrayList<>();
    spec.options().stream().filter(o -> !o.hidden()).forEach(o -> known.addAll(List.of(o.names())));
    spec.subcommands()
        .forEach(
            (name, sub) -> {
              if (!sub.getCommandSpec().usageMessage().hidden()) {
                known.add(name);
              }
            });
    List<String> near = Suggestions.of(unmatched.getUnmatched().get(0), known);
    if (near.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "Did you mean: "
            + near.stream()
                .map(n -> spec.qualifiedName() + " " + n)
                .collect(Collectors.joining(" or "))
            + "?");
  }

  /**
   * A problem with a place in the file reads like a compiler's, {@code FILE:LINE:COL: …}; one about
   * the whole file (too big, not UTF-8 at all, empty) is a sentence from Azmoon, {@code azmoon:
   * FILE: …}, like every other error.
   */
  static void printProblems(PrintWriter err, List<Problem> problems, int max) {
    problems.stream()
        .limit(max)
        .forEach(
            p -> err.println((p.line() > 0 ? "" : "azmoon: ") + TerminalText.line(p.toString())));
    if (problems.size() > max) {
      err.println("… and " + (problems.size() - max) + " more problems");
    }
  }
}
