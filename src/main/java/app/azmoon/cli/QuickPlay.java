package app.azmoon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The quiz started without picocli: {@code azmoon play --count 5 --seed 7}, or the same options
 * with no command, read here into the very option objects picocli fills, and played by {@link
 * PlayCommand.Quiz}. Building picocli's command tree by reflection cost a piped one-question quiz
 * more than the quiz itself (bench/README.md).
 *
 * <p>Only the plainest command lines are read: each option by its full name, once (but {@code
 * --bank} and {@code --tag}, which repeat), its value in the next argument and neither empty nor
 * starting with {@code -} or {@code @} nor a command's name, numbers as picocli reads them.
 * Anything else — help, an unknown option, {@code --count=5}, a value the options or the banks
 * reject — runs the full command line instead, which reports as ever; nothing has been printed by
 * then.
 */
final class QuickPlay {
  private final SelectionOptions selection = new SelectionOptions();
  private final PlayOptions play = new PlayOptions();
  private final DisplayOptions display = new DisplayOptions();
  private final StoreOptions store = new StoreOptions();
  private final List<String> banks = new ArrayList<>();
  private final List<String> tags = new ArrayList<>();

  private QuickPlay() {
    store.size = new SizeOption();
  }

  /**
   * Plays the quiz {@code args} asks for on {@code root}'s console and returns its exit code;
   * empty, having printed nothing, when the full command line must run {@code args}.
   */
  static OptionalInt run(AzmoonCommand root, PrintWriter out, PrintWriter err, String... args) {
    Optional<QuickPlay> read = read(args);
    if (read.isEmpty()) {
      return OptionalInt.empty();
    }
    QuickPlay options = read.get();
    PlayCommand.Quiz quiz;
    try {
      quiz =
          PlayCommand.Quiz.prepare(
              root,
              options.selection,
              options.play,
              options.display,
              options.store,
              Optional.empty(),
              OptionalDouble.empty());
    } catch (RuntimeException e) {
      // A bad value or bank. The options raise their usage errors on picocli's command, which
      // is not built here; the full command line meets the same failure and reports it.
      return OptionalInt.empty();
    }
    try {
      return OptionalInt.of(quiz.play(out, err));
    } catch (RuntimeException e) {
      return OptionalInt.of(new Errors("1".equals(root.env().get("AZMOON_DEBUG"))).report(e, err));
    }
  }

  /** The options {@code args} sets, if it is a command line this reader takes. */
  static Optional<QuickPlay> read(String... args) {
    QuickPlay options = new QuickPlay();
    Set<String> seen = new HashSet<>();
    int first = args.length > 0 && args[0].equals("play") ? 1 : 0;
    try {
      for (int i = first; i < args.length; i++) {
        String name = args[i];
        boolean repeats = name.equals("--bank") || name.equals("--tag");
        if (!seen.add(name.equals("--no-shuffle-options") ? "--shuffle-options" : name)
            && !repeats) {
          return Optional.empty();
        }
        if (!options.flag(name)
            && (i + 1 == args.length
                || !plainValue(args[i + 1])
                || !options.value(name, args[++i]))) {
          return Optional.empty();
        }
      }
    } catch (RuntimeException e) {
      // A number or size picocli would not read either: it says so.
      return Optional.empty();
    }
    options.selection.banks = List.copyOf(options.banks);
    options.selection.tags = List.copyOf(options.tags);
    return Optional.of(options);
  }

  private boolean flag(String name) {
    switch (name) {
      case "--speed-bonus" -> play.speedBonus = true;
      case "--retry-missed" -> play.retryMissed = true;
      case "--shuffle-options" -> selection.shuffleOptions = true;
      case "--no-shuffle-options" -> selection.shuffleOptions = false;
      default -> {
        return false;
      }
    }
    return true;
  }

  /** Sets option {@code name} to {@code value}, converted as picocli converts it. */
  private boolean value(String name, String value) {
    switch (name) {
      case "--bank" -> banks.add(value);
      case "--tag" -> tags.add(value);
      case "--count" -> selection.count = Integer.valueOf(value);
      case "--order" -> selection.order = new SelectionOptions.OrderConverter().convert(value);
      case "--seed" -> selection.seed = Long.valueOf(value);
      case "--time-limit" -> play.timeLimit = Integer.valueOf(value);
      case "--lang" -> display.lang = value;
      case "--color" -> display.color = value;
      case "--rtl" -> display.rtl = value;
      case "--calendar" -> display.calendar = value;
      case "--data-dir" -> store.dataDir = Path.of(value);
      case "--max-bank-size" -> store.size.bytes = new ByteSize().convert(value);
      default -> {
        return false;
      }
    }
    return true;
  }

  /**
   * A value picocli takes as it is ({@link CheckCommand#plainValue}) and no command's name, which
   * picocli would take for the command below {@code play} or the root.
   */
  private static boolean plainValue(String value) {
    return CheckCommand.plainValue(value) && !AzmoonCommand.isCommand(value);
  }
}
