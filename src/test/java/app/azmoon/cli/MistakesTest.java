package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a newcomer's slips are told: one sentence, the nearest right spelling, exit 2. */
class MistakesTest {
  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.toString()), dir, args);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "play --cuont 3     | azmoon play --count",
        "--cout 3           | azmoon --count",
        "version            | azmoon --version",
        "lst                | azmoon list",
        "stats --retension 0.8 | azmoon stats --retention",
        "list --jsn         | azmoon list --json",
        "drill --anwsers a.txt | azmoon drill --answers",
        "review --colour never | azmoon review --color",
      })
  void a_mistyped_option_or_command_gets_the_nearest_name(String args, String suggestion) {
    Cli.Result r = run(args.split(" "));
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines())
        .hasSize(3)
        .element(1)
        .isEqualTo("Did you mean: " + suggestion + "?");
  }

  @Test
  void version_is_not_taken_for_completion() {
    assertThat(run("version").err()).doesNotContain("completion");
  }

  @Test
  void nothing_is_suggested_when_nothing_is_near() {
    Cli.Result r = run("list", "--nope");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines())
        .containsExactly("azmoon: Unknown option: '--nope'", "Try 'azmoon list --help' for more.");
  }

  @Test
  void a_quote_not_in_the_source_shows_where_the_texts_part() throws IOException {
    Path bank =
        BankFixture.write(
            dir,
            "q.json",
            BankFixture.bank(BankFixture.TRUEFALSE.replace("به جنوب حمله", "به جنوپ\u202E حمله")));
    Cli.Result r = run("validate", bank.toString());
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err().lines())
        .containsExactly(
            bank
                + ":9:11: $.questions[0].quote: the quote is not in the source text (quotes must be"
                + " copied verbatim from it): it matches the source up to \"…۵۰ ارتش کره شمالی به"
                + " جنو\", then the quote has \"پ\\u202E حمله کر…\" (U+067E) where the source has"
                + " \"ب حمله کرد…\" (U+0628)");
  }
}
