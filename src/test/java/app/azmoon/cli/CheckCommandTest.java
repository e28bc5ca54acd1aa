package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
  @TempDir Path dir;

  private Cli.Result run(String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.toString()), dir, args);
  }

  @Test
  void every_accepted_answer_exits_0() {
    Cli.Result r =
        run(
            "check",
            "--id",
            "kw-num-bomb-tonnage",
            "--answer",
            "ششصد و سی و پنج هزار",
            "--answer",
            "٦٣٥٬٠٠٠ تن");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines())
        .hasSize(2)
        .allMatch(l -> l.contains("✓ right") && l.contains("read as: 635000"));
  }

  @Test
  void any_answer_not_accepted_exits_1() {
    Cli.Result r =
        run("check", "--id", "kw-num-bomb-tonnage", "--answer", "635000", "--answer", "شش سی");
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
    assertThat(r.out()).contains("✗ not accepted");
  }

  @Test
  void json_gives_one_object_per_answer_in_order() {
    Cli.Result r =
        run(
            "check",
            "--id",
            "kw-num-bomb-tonnage",
            "--json",
            "--answer",
            "635,000",
            "--answer",
            "12");
    assertThat(r.out().lines())
        .containsExactly(
            "{\"id\":\"kw-num-bomb-tonnage\",\"answer\":\"635,000\",\"correct\":true,\"credit\":1,\"typo\":false,\"normalized\":\"635000\",\"expected\":\"۶۳۵٬۰۰۰ تن\"}",
            "{\"id\":\"kw-num-bomb-tonnage\",\"answer\":\"12\",\"correct\":false,\"credit\":0,\"typo\":false,\"normalized\":\"12\",\"expected\":\"۶۳۵٬۰۰۰ تن\"}");
  }

  @Test
  void an_unknown_question_is_a_usage_error_in_one_sentence() {
    Cli.Result r = run("check", "--id", "nope", "--answer", "x");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err().lines())
        .containsExactly(
            "azmoon: bank korean-war has no question with the id \"nope\"",
            "Try 'azmoon check --help' for more.");
  }

  @Test
  void a_missing_required_option_is_a_usage_error() {
    Cli.Result r = run("check", "--answer", "x");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("Missing required option: '--id=QID'");
  }
}
