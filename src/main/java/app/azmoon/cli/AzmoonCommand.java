package app.azmoon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The root command. Holds what every subcommand shares — the environment and working folder, passed
 * in rather than read from globals, so tests run the real command line in isolation.
 */
@Command(
    name = "azmoon",
    mixinStandardHelpOptions = true,
    versionProvider = AzmoonCommand.Version.class,
    header = "Azmoon (آزمون): quizzes and flashcards in the terminal, Persian first.",
    description = "With no command, starts the quiz on the bundled Korean War bank.",
    subcommands = {
      PlayCommand.class,
      BanksCommand.class,
      ListCommand.class,
      CheckCommand.class,
      DrillCommand.class,
      GradeCommand.class,
      ReviewCommand.class,
      CardsCommand.class,
      StatsCommand.class,
      RtlTestCommand.class,
      ValidateCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      DeriveCommand.class,
      CompletionCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:ok",
      "1:it ran and the outcome is negative (an answer not accepted, a drill below its pass mark)",
      "2:usage error",
      "65:invalid input data (bank, drill spec, answers file, file to import)",
      "70:internal error (a bug in Azmoon: please report it)",
      "74:I/O error (a file or standard output cannot be read or written)",
      "75:progress locked by another running session",
      "129:ended by SIGHUP (the terminal closed)",
      "130:interrupted",
      "143:ended by SIGTERM (a quiz ended by a signal saves what was answered first)"
    },
    footerHeading = "%n",
    footer = "Set AZMOON_DEBUG=1 to add a stack trace to error messages.")
public final class AzmoonCommand implements Callable<Integer> {
  private final Map<String, String> env;
  private final Path workingDir;
  private final Console console;

  @Spec CommandSpec spec;

  @Mixin SelectionOptions selection;

  @Mixin PlayOptions play;

  @Mixin DisplayOptions display;

  @Mixin StoreOptions store;

  AzmoonCommand(Map<String, String> env, Path workingDir, Console console) {
    this.env = Map.copyOf(env);
    this.workingDir = workingDir;
    this.console = console;
  }

  /** The command line of this process: its environment, folder, standard streams and console. */
  public static CommandLine commandLine(
      Map<String, String> env, Path workingDir, InputStream in, PrintWriter out, PrintWriter err) {
    return commandLine(env, workingDir, Console.system(in, env), out, err);
  }

  /**
   * The command line over a given environment and console, printing to {@code out} and {@code err}.
   */
  static CommandLine commandLine(
      Map<String, String> env, Path workingDir, Console console, PrintWriter out, PrintWriter err) {
    Errors errors = new Errors("1".equals(env.get("AZMOON_DEBUG")));
    CommandLine commandLine = new CommandLine(new AzmoonCommand(env, workingDir, console));
    HelpLayout.install(commandLine);
    return commandLine
        .setExecutionStrategy(AzmoonCommand::rejectQuizOptionsBeforeACommand)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler(errors)
        .setParameterExceptionHandler(errors)
        .setExitCodeExceptionMapper(errors);
  }

  /**
   * The root takes the quiz's options so that {@code azmoon --count 5} plays; before a command
   * ({@code azmoon --count 5 list}) they would be silently ignored, so they are an error.
   */
  private static int rejectQuizOptionsBeforeACommand(CommandLine.ParseResult parsed) {
    if (parsed.hasSubcommand()) {
      parsed.matchedOptions().stream()
          .filter(o -> !o.usageHelp() && !o.versionHelp())
          .findFirst()
          .ifPresent(
              o -> {
                throw new CommandLine.ParameterException(
                    parsed.commandSpec().commandLine(),
                    o.longestName()
                        + " goes after the command: azmoon "
                        + parsed.subcommand().commandSpec().name()
                        + " "
                        + o.longestName()
                        + " …");
              });
    }
    return new CommandLine.RunLast().execute(parsed);
  }

  Map<String, String> env() {
    return env;
  }

  Path workingDir() {
    return workingDir;
  }

  Console console() {
    return console;
  }

  java.io.InputStream stdin() {
    return console.stdin();
  }

  /** With no command: play. */
  @Override
  public Integer call() {
    return PlayCommand.run(
        this,
        selection,
        play,
        display,
        store,
        spec,
        java.util.Optional.empty(),
        java.util.OptionalDouble.empty());
  }

  /** The version Maven wrote into the jar's resources. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("/app/azmoon/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"azmoon " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
