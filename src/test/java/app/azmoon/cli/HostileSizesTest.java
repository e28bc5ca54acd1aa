package app.azmoon.cli;

import static app.azmoon.store.BankFixture.bank;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Banks and answers of hostile size are refused where a human answer ends, with a located message,
 * or judged without being read: never a stack trace, never minutes. The timeout only guards a hang.
 */
@Timeout(60)
class HostileSizesTest {
  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, args);
  }

  private static String cloze(int gaps) {
    String text =
        IntStream.range(0, gaps).mapToObj(i -> "{{w" + i + "}}").collect(Collectors.joining(" "));
    return "{\"id\": \"q-cloze\", \"type\": \"cloze\", \"prompt\": \"?\", \"text\": \""
        + text
        + "\"}";
  }

  private static String text(String accepted) {
    return "{\"id\": \"q-text\", \"type\": \"text\", \"prompt\": \"?\", \"accept\": [\"مسکو\", \""
        + accepted
        + "\"]}";
  }

  @Test
  void a_cloze_of_more_than_200_gaps_is_refused_with_its_place() throws Exception {
    Path file = BankFixture.write(dir, "gaps.json", bank(cloze(201)));
    Cli.Result r = run("validate", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .startsWith(file + ":8:")
        .contains("$.questions[0].text: a cloze has at most 200 gaps, this one 201")
        .doesNotContain("Exception", "\tat ");
    Path ok = BankFixture.write(dir, "ok.json", bank(cloze(200)));
    assertThat(run("validate", ok.toString()).code()).isZero();
  }

  @Test
  void a_cloze_of_ten_thousand_gaps_is_refused_at_once() throws Exception {
    Path file = BankFixture.write(dir, "huge.json", bank(cloze(10_000)));
    Cli.Result r = run("validate", "--max-bank-size", "16M", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err()).contains("a cloze has at most 200 gaps, this one 10000");
  }

  @Test
  void an_accepted_answer_over_500_characters_is_refused_with_its_place() throws Exception {
    Path file = BankFixture.write(dir, "long.json", bank(text("ب".repeat(40_000))));
    Cli.Result r = run("validate", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .contains("$.questions[0].accept[1]: an answer has at most 500 characters, this one 40,000")
        .doesNotContain("Exception", "\tat ");
    assertThat(
            run(
                    "validate",
                    BankFixture.write(dir, "ok.json", bank(text("ب".repeat(500)))).toString())
                .code())
        .isZero();
  }

  @Test
  void a_long_gap_answer_option_or_choice_is_refused_too() throws Exception {
    String longer = "پ".repeat(501);
    String questions =
        String.join(
            ",\n",
            "{\"id\": \"q-gap\", \"type\": \"cloze\", \"prompt\": \"?\", \"text\": \"{{"
                + longer
                + "}}\"}",
            "{\"id\": \"q-choice\", \"type\": \"choice\", \"prompt\": \"?\", \"choices\":"
                + " [\"الف\", {\"en\": \""
                + longer
                + "\"}], \"correct\": [0]}");
    Path file = BankFixture.write(dir, "long.json", bank(questions));
    Cli.Result r = run("validate", file.toString());
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err())
        .contains("$.questions[0].text: an answer has at most 500 characters, this one 501")
        .contains("$.questions[1].choices[1]: an answer has at most 500 characters, this one 501");
  }

  @Test
  void a_forty_thousand_character_answer_gets_a_verdict_and_no_stack_trace() throws Exception {
    Path file = BankFixture.write(dir, "ok.json", bank(text("ب".repeat(500))));
    Cli.Result r =
        run(
            "check",
            "--bank",
            file.toString(),
            "--id",
            "q-text",
            "--lang",
            "en",
            "--answer",
            "ب".repeat(40_000),
            "--answer",
            "مسکو");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
    assertThat(r.out())
        .contains("read as: (not read: 40,000 characters, longer than any answer)")
        .contains("✓ right");
    assertThat(r.err()).isEmpty();
  }
}
