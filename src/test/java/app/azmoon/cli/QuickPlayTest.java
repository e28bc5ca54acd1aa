package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A quiz read without picocli ({@link QuickPlay}) is the quiz picocli runs: the same output, exit
 * code and saved record for every command line, and any command line the quick reader does not take
 * runs through picocli, which reports it as ever.
 */
class QuickPlayTest {
  @TempDir Path dir;

  /** Lines piped in: a wrong answer, a skip, two more answers, then the end of input. */
  private static final String ANSWERS = "نمی‌دانم\n:skip\n۱۹۵۰\n2\n";

  /** Command lines the quick reader takes: {@code {data}} stands for the run's data folder. */
  static Stream<List<String>> quick() {
    return Stream.of(
        List.of("play", "--count", "1", "--seed", "3"),
        List.of("--count", "2", "--seed", "3"),
        List.of("play", "--seed", "7", "--order", "bank", "--count", "3", "--lang", "en"),
        List.of("play", "--seed", "7", "--order", "BANK", "--no-shuffle-options", "--count", "4"),
        List.of("play", "--seed", "7", "--order", "bank", "--shuffle-options", "--count", "4"),
        List.of("play", "--seed", "9", "--tag", "dates", "--tag", "people", "--count", "۳"),
        // One question, answered wrong first: no speed bonus, which would depend on the clock.
        List.of(
            "play",
            "--seed",
            "1",
            "--speed-bonus",
            "--retry-missed",
            "--time-limit",
            "600",
            "--count",
            "1"),
        List.of("play", "--seed", "1", "--color", "always", "--rtl", "visual", "--count", "2"),
        List.of("play", "--seed", "1", "--calendar", "nonsense", "--count", "1"),
        List.of("play", "--seed", "1", "--bank", "korean-war", "--bank", "korean-war"),
        List.of("play", "--seed", "+12", "--count", "010", "--max-bank-size", "64M"),
        List.of("play", "--seed", "5", "--count", "2", "--data-dir", "{data}"),
        // Read here, then refused by the options or the banks: picocli says why.
        List.of("play", "--count", "0"),
        List.of("play", "--time-limit", "0", "--seed", "1"),
        List.of("play", "--lang", "xx"),
        List.of("--color", "sometimes"),
        List.of("play", "--rtl", "sideways"),
        List.of("play", "--tag", "no-such-tag"),
        List.of("play", "--bank", "missing.json"),
        List.of("play", "--bank", "no-such-bank"));
  }

  /** Command lines picocli runs: the quick reader does not take them. */
  static Stream<List<String>> picocliOnly() {
    return Stream.of(
        List.of("play", "--count=1", "--seed", "3"),
        List.of("play", "--seed", "-5", "--count", "1"),
        List.of("play", "--count", "1", "--count", "2"),
        List.of("play", "--speed-bonus", "--speed-bonus", "--seed", "1"),
        List.of("play", "--shuffle-options", "--no-shuffle-options", "--seed", "1"),
        List.of("play", "--help"),
        List.of("-h"),
        List.of("play", "-V"),
        List.of("play", "--cuont", "1"),
        List.of("play", "--count", "x"),
        List.of("play", "--count", "2147483648"),
        List.of("play", "--count", ""),
        List.of("play", "--count"),
        List.of("play", "--tag", "@file"),
        List.of("play", "--tag", "list", "--seed", "1"),
        List.of("--tag", "list"),
        List.of("--count", "1", "list"),
        List.of("play", "--order", "sideways"),
        List.of("play", "--max-bank-size", "0"),
        List.of("play", "--count", "1", "extra"),
        List.of("play", "play"),
        List.of("list"),
        List.of("review", "--count", "1"));
  }

  @ParameterizedTest
  @MethodSource("quick")
  void a_plain_quiz_is_read_without_picocli_and_plays_exactly_as_with_it(List<String> args)
      throws IOException {
    assertThat(QuickPlay.read(args.stream().map(this::fill).toArray(String[]::new))).isPresent();
    Cli.Result quick = assertSameAsPicocli(args);
    if (quick.code() == ExitCode.OK) {
      assertThat(records("quick")).as("a record is saved").isNotEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("picocliOnly")
  void anything_else_is_left_to_picocli(List<String> args) throws IOException {
    assertThat(QuickPlay.read(args.toArray(String[]::new))).isEmpty();
    assertSameAsPicocli(args);
  }

  /** Without --seed each run draws its own: a bank of one question asks the same either way. */
  @ParameterizedTest
  @MethodSource("withoutASeed")
  void the_quiz_without_a_seed_is_read_without_picocli_too(List<String> args) throws IOException {
    BankFixture.write(dir, "one.json", BankFixture.bank(BankFixture.TRUEFALSE));
    assertThat(QuickPlay.read(args.stream().map(this::fill).toArray(String[]::new))).isPresent();
    Cli.Result quick = assertSameAsPicocli(args);
    assertThat(quick.code()).as(quick.err()).isZero();
    assertThat(records("quick")).hasSize(1);
  }

  static Stream<List<String>> withoutASeed() {
    return Stream.of(
        List.of("--bank", "{dir}/one.json"),
        List.of("play", "--bank", "{dir}/one.json", "--lang", "en"));
  }

  @Test
  void a_bad_azmoon_rtl_in_the_environment_is_reported_by_picocli() throws IOException {
    Map<String, String> env = Map.of("AZMOON_RTL", "sideways");
    Cli.Result quick = play("quick", env, List.of("play", "--count", "1"));
    assertThat(quick).isEqualTo(play("picocli", env, List.of("play", "--count", "1")));
    assertThat(quick.code()).isEqualTo(ExitCode.USAGE);
    assertThat(quick.err()).startsWith("azmoon: ").contains("sideways");
  }

  /**
   * Every option of play's is read quickly, flags alone and the others with a value, but help and
   * version, which picocli answers. (That each option read quickly is one of play's, the tables
   * above show: each is used there, and picocli would refuse one it does not know.)
   */
  @Test
  void every_option_of_play_s_is_read_with_picocli_s_arity() {
    var play =
        AzmoonCommand.commandLine(
                Map.of(),
                dir,
                Console.plain(java.io.InputStream.nullInputStream(), Map.of()),
                new java.io.PrintWriter(new java.io.StringWriter()),
                new java.io.PrintWriter(new java.io.StringWriter()),
                "play")
            .getSubcommands()
            .get("play")
            .getCommandSpec();
    List<String> read = new java.util.ArrayList<>();
    for (OptionSpec option : play.options()) {
      List<String> names = new java.util.ArrayList<>(List.of(option.names()));
      if (option.negatable()) {
        names.add("--no-" + option.longestName().substring(2));
      }
      for (String name : names) {
        boolean flag = option.arity().max() == 0;
        String value = name.equals("--order") ? "bank" : "1";
        if (option.usageHelp() || option.versionHelp()) {
          assertThat(QuickPlay.read("play", name)).as(name).isEmpty();
        } else if (flag) {
          assertThat(QuickPlay.read("play", name)).as(name).isPresent();
          assertThat(QuickPlay.read("play", name, value)).as(name + " takes no value").isEmpty();
          read.add(name);
        } else {
          assertThat(QuickPlay.read("play", name, value)).as(name).isPresent();
          assertThat(QuickPlay.read("play", name)).as(name + " takes a value").isEmpty();
          read.add(name);
        }
      }
    }
    assertThat(read).contains("--no-shuffle-options", "--max-bank-size", "--data-dir").hasSize(16);
  }

  private Cli.Result assertSameAsPicocli(List<String> args) throws IOException {
    Cli.Result quick = play("quick", Map.of(), args);
    Cli.Result picocli = play("picocli", Map.of(), args);
    assertThat(quick).as(String.join(" ", args)).isEqualTo(picocli);
    boolean seeded = args.contains("--seed");
    assertThat(records("quick", seeded))
        .as(String.join(" ", args))
        .isEqualTo(records("picocli", seeded));
    return quick;
  }

  /** Runs {@code args} in its own data folder, through the quick path or picocli's alone. */
  private Cli.Result play(String how, Map<String, String> extraEnv, List<String> args)
      throws IOException {
    Path home = Files.createDirectories(dir.resolve(how));
    Map<String, String> env = new java.util.HashMap<>(extraEnv);
    env.put("AZMOON_HOME", home.toString());
    String[] filled =
        args.stream()
            .map(a -> fill(a.replace("{data}", home.resolve("data").toString())))
            .toArray(String[]::new);
    Cli.Result r =
        how.equals("quick")
            ? Cli.runWithInput(ANSWERS, env, dir, filled)
            : Cli.runThroughPicocli(ANSWERS, env, dir, filled);
    return new Cli.Result(r.code(), normalized(r.out(), home), normalized(r.err(), home));
  }

  private String fill(String arg) {
    return arg.replace("{dir}", dir.toString()).replace("{data}", dir.resolve("data").toString());
  }

  /** The data folder, the record's file name and the session's length differ from run to run. */
  private static String normalized(String text, Path home) {
    return text.replace(home.toString(), "HOME")
        .replaceAll("\\d{8}T\\d{6}\\.\\d{3}Z-\\d+", "TIME")
        .replaceAll("(، در |, in )[0-9۰-۹:]+ (ثانیه|دقیقه|s|min)\\.", "$1…");
  }

  /** The saved session records, without their times. */
  private List<String> records(String how) throws IOException {
    return records(how, true);
  }

  /**
   * The saved session records, without their times, and without their seeds unless {@code seeded}.
   */
  private List<String> records(String how, boolean seeded) throws IOException {
    Path home = dir.resolve(how);
    try (Stream<Path> files = Files.walk(home)) {
      return files
          .filter(f -> f.toString().endsWith(".json"))
          .sorted()
          .map(
              f -> {
                try {
                  return home.relativize(f)
                          .toString()
                          .replaceAll("\\d{8}T\\d{6}\\.\\d{3}Z-\\d+", "TIME")
                      + "\n"
                      + Files.readString(f)
                          .replaceAll("(?m)^.*\"(started|finished|ms)\".*$", "")
                          .replaceAll(seeded ? "^$" : "\"seed\": -?\\d+", "SEED");
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .toList();
    }
  }
}
