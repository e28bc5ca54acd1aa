package app.azmoon.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
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
  /**
   * The subcommands by name, in the order help lists them. Not in the annotation: picocli would
   * build every one by reflection on every run, and a run needs one ({@link #needed}).
   */
  private static final List<Map.Entry<String, Class<?>>> SUBCOMMANDS =
      List.of(
          Map.entry("play", PlayCommand.class),
          Map.entry("banks", BanksCommand.class),
          Map.entry("list", ListCommand.class),
          Map.entry("check", CheckCommand.class),
          Map.entry("drill", DrillCommand.class),
          Map.entry("grade", GradeCommand.class),
          Map.entry("review", ReviewCommand.class),
          Map.entry("cards", CardsCommand.class),
          Map.entry("stats", StatsCommand.class),
          Map.entry("rtl-test", RtlTestCommand.class),
          Map.entry("validate", ValidateCommand.class),
          Map.entry("import", ImportCommand.class),
          Map.entry("export", ExportCommand.class),
          Map.entry("derive", DeriveCommand.class),
          Map.entry("completion", CompletionCommand.class));

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

  /**
   * Runs {@code args} on the command line of this process: its environment, folder, standard
   * streams and console. Returns the exit code.
   */
  public static int run(
      Map<String, String> env,
      Path workingDir,
      InputStream in,
      PrintWriter out,
      PrintWriter err,
      String... args) {
    return execute(env, workingDir, new SystemConsole(in, env), out, err, args);
  }

  /**
   * The process's console, made when first needed. A class, not a lambda: {@code --version} would
   * otherwise start the JVM's lambda machinery for nothing (~5 ms).
   */
  private record SystemConsole(InputStream in, Map<String, String> env)
      implements Supplier<Console> {
    @Override
    public Console get() {
      return Console.system(in, env);
    }
  }

  /**
   * Runs {@code args} on {@code console}. {@code --version} (or {@code -V}) alone is answered
   * first, with picocli's very text: building the command tree by reflection is most of what a
   * start costs, and the version needs none of it. So are the plainest {@code check --json}, which
   * scripts call in loops ({@link CheckCommand#quickJson}), and the plainest quiz ({@link
   * QuickPlay}); the rest runs on the full command line.
   */
  static int execute(
      Map<String, String> env,
      Path workingDir,
      Supplier<Console> console,
      PrintWriter out,
      PrintWriter err,
      String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      for (String line : new Version().getVersion()) {
        out.println(line);
      }
      out.flush();
      return ExitCode.OK;
    }
    OptionalInt quick = CheckCommand.quickJson(env, workingDir, out, args);
    if (quick.isPresent()) {
      return quick.getAsInt();
    }
    Console theConsole = console.get();
    quick = QuickPlay.run(new AzmoonCommand(env, workingDir, theConsole), out, err, args);
    return quick.isPresent()
        ? quick.getAsInt()
        : commandLine(env, workingDir, theConsole, out, err, args).execute(args);
  }

  /**
   * The command line over a given environment and console, printing to {@code out} and {@code err},
   * with every subcommand.
   */
  static CommandLine commandLine(
      Map<String, String> env, Path workingDir, Console console, PrintWriter out, PrintWriter err) {
    return commandLine(env, workingDir, console, out, err, new String[0]);
  }

  /**
   * The command line to run {@code args} with: the subcommand {@code args} starts with, if it names
   * one, else all of them. Nothing else can tell them apart: below a subcommand only its own
   * options and help are reachable, and quiz options before a subcommand are an error either way.
   */
  static CommandLine commandLine(
      Map<String, String> env,
      Path workingDir,
      Console console,
      PrintWriter out,
      PrintWriter err,
      String... args) {
    Errors errors = new Errors("1".equals(env.get("AZMOON_DEBUG")));
    CommandLine commandLine = new CommandLine(new AzmoonCommand(env, workingDir, console));
    // Added before the settings below, which reach only the subcommands present.
    needed(args).forEach(commandLine::addSubcommand);
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
   * The subcommand classes {@code args} may need: the one it starts with, or every one when it
   * starts with none (the quiz, help and mistyped names, which the suggestions are made from) or
   * with {@code completion}, which writes a script for the whole tree.
   */
  static List<Class<?>> needed(String... args) {
    return SUBCOMMANDS.stream()
        .filter(
            e ->
                args.length == 0
                    || args[0].equals("completion")
                    || !isCommand(args[0])
                    || e.getKey().equals(args[0]))
        .<Class<?>>map(Map.Entry::getValue)
        .toList();
  }

  /** Whether {@code name} is a subcommand's. */
  static boolean isCommand(String name) {
    for (Map.Entry<String, Class<?>> command : SUBCOMMANDS) {
      if (command.getKey().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** Every subcommand's name, in order. */
  static List<String> names() {
    return SUBCOMMANDS.stream().map(Map.Entry::getKey).toList();
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

  /**
   * The version Maven wrote into the jar's manifest (read with the jar, at no cost) or, run from
   * the classes folder as the tests are, into its resources.
   */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = Version.class.getPackage().getImplementationVersion();
      if (version != null) {
        return new String[] {"azmoon " + version};
      }
      Properties properties = new Properties();
      try (InputStream in = Version.class.getResourceAsStream("/app/azmoon/version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"azmoon " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
