package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Option values a number or a time cannot take are usage errors (exit 2, one sentence), never an
 * internal error further down, and the sentence names no Java class.
 */
class OptionValuesTest {
  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return Cli.runWithInput("1949\n", Map.of("AZMOON_HOME", dir.toString()), dir, args);
  }

  private static void isUsageError(Cli.Result r, String... words) {
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().findFirst().orElseThrow()).startsWith("azmoon: ").contains(words);
    assertThat(r.err()).doesNotContain("java.", "Exception", "\tat ");
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"NaN", "-NaN", "Infinity", "-Infinity", "-0.5", "100.01", "1e300"})
  void a_pass_mark_outside_0_to_100_is_a_usage_error(String pass) {
    isUsageError(run("drill", "--count", "1", "--pass", pass), "--pass", "between 0 and 100");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "100", "55.5"})
  void a_pass_mark_from_0_to_100_is_taken(String pass) {
    assertThat(run("drill", "--count", "1", "--pass", pass).code()).isIn(0, 1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "stats --now -999999999-01-01T00:00:00Z",
        "stats --now +999999999-12-31T23:59:59Z",
        "stats --json --now 1969-12-31T23:59:59Z",
        "stats --now +10000-01-01T00:00:00Z",
        "cards --now -999999999-01-01T00:00:00Z",
        "cards --json --now +1000000000-01-01T00:00:00Z",
      })
  void a_time_outside_the_years_1970_to_9999_is_a_usage_error(String command) {
    isUsageError(run(command.split(" ")), "--now", "between the years 1970 and 9999");
  }

  @ParameterizedTest
  @ValueSource(strings = {"stats --now garbage", "cards --now 2026-13-01T00:00:00Z"})
  void a_time_that_is_not_one_says_what_is_expected(String command) {
    isUsageError(run(command.split(" ")), "--now", "is not a time such as 2026-12-01T09:00:00Z");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "stats --now 1970-01-01T00:00:00Z",
        "stats --json --now 9999-12-31T23:59:59Z",
        "cards --now 9999-12-31T23:59:59Z"
      })
  void the_first_and_last_times_in_range_work(String command) {
    Cli.Result r = run(command.split(" "));
    assertThat(r.code()).as(r.err()).isZero();
  }
}
