package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SuggestionsTest {
  private static final List<String> PLAY_OPTIONS =
      List.of(
          "--bank",
          "--tag",
          "--count",
          "--order",
          "--seed",
          "--shuffle-options",
          "--time-limit",
          "--speed-bonus",
          "--retry-missed",
          "--lang",
          "--color",
          "--rtl",
          "--data-dir",
          "--max-bank-size",
          "-h",
          "--help",
          "-V",
          "--version");
  private static final List<String> COMMANDS =
      List.of(
          "play",
          "banks",
          "list",
          "check",
          "drill",
          "grade",
          "review",
          "cards",
          "stats",
          "rtl-test",
          "validate",
          "completion",
          "--version",
          "--help");

  static Stream<Arguments> nearMisses() {
    return Stream.of(
        Arguments.of("--cuont", PLAY_OPTIONS, List.of("--count")),
        Arguments.of("--cout", PLAY_OPTIONS, List.of("--count")),
        Arguments.of("--colour", PLAY_OPTIONS, List.of("--color")),
        Arguments.of("--time", PLAY_OPTIONS, List.of("--time-limit")),
        Arguments.of("--seed=4", PLAY_OPTIONS, List.of("--seed")),
        Arguments.of("--RTL", PLAY_OPTIONS, List.of("--rtl")),
        Arguments.of("version", COMMANDS, List.of("--version")),
        Arguments.of("help", COMMANDS, List.of("--help")),
        Arguments.of("lst", COMMANDS, List.of("list")),
        Arguments.of("revew", COMMANDS, List.of("review")),
        Arguments.of("compeltion", COMMANDS, List.of("completion")),
        Arguments.of("stat", COMMANDS, List.of("stats")),
        Arguments.of("quiz", COMMANDS, List.of()),
        Arguments.of("--nope", PLAY_OPTIONS, List.of()),
        Arguments.of("-x", PLAY_OPTIONS, List.of()));
  }

  @ParameterizedTest(name = "{0} -> {2}")
  @MethodSource("nearMisses")
  void a_near_miss_suggests_the_names_one_or_two_edits_away(
      String typed, List<String> known, List<String> expected) {
    assertThat(Suggestions.of(typed, known)).isEqualTo(expected);
  }

  /** Seeded cases: any one edit (swap, drop, add, change a letter) of a name suggests that name. */
  static Stream<Arguments> oneEditOfEveryName() {
    Random random = new Random(9);
    return PLAY_OPTIONS.stream()
        .filter(n -> n.length() > 5)
        .flatMap(n -> IntStream.range(0, 8).mapToObj(i -> Arguments.of(n, edit(n, random))));
  }

  private static String edit(String name, Random random) {
    int at = 2 + random.nextInt(name.length() - 3);
    StringBuilder s = new StringBuilder(name);
    char letter = (char) ('a' + random.nextInt(26));
    switch (random.nextInt(4)) {
      case 0 -> {
        char c = s.charAt(at);
        s.setCharAt(at, s.charAt(at + 1));
        s.setCharAt(at + 1, c);
      }
      case 1 -> s.deleteCharAt(at);
      case 2 -> s.insert(at, letter);
      default -> s.setCharAt(at, letter);
    }
    return s.toString();
  }

  @ParameterizedTest(name = "{1} -> {0}")
  @MethodSource("oneEditOfEveryName")
  void one_edit_away_always_finds_the_name(String name, String typed) {
    assertThat(Suggestions.of(typed, PLAY_OPTIONS)).contains(name);
  }
}
