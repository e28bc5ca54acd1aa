package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code validate} reads a bank one question at a time and keeps none: what it prints of a big bank
 * — every problem, far apart or at the very end, in file order — is what reading the whole tree
 * printed (the expected lines are the build before streaming's output on these banks).
 */
class ValidateBigBankTest {
  private static final int QUESTIONS = 30_000;

  @TempDir Path dir;

  private Cli.Result validate(Path file) {
    return Cli.run(
        Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, "validate", file.toString());
  }

  /** Question {@code i}, one per line: line {@code i + 8} of the bank. */
  private static String question(int i) {
    return "{\"id\": \"q-%d\", \"type\": \"truefalse\", \"prompt\": \"پرسش %d\", \"answer\": %b}"
        .formatted(i, i, i % 2 == 0);
  }

  private Path bank(String name, List<String> questions) throws IOException {
    return BankFixture.write(dir, name, BankFixture.bank(String.join(",\n", questions)));
  }

  private static List<String> good() {
    List<String> questions = new ArrayList<>();
    for (int i = 0; i < QUESTIONS; i++) {
      questions.add(question(i));
    }
    return questions;
  }

  @Test
  void a_big_valid_bank_is_ok_with_its_count() throws IOException {
    Path file = bank("big.json", good());
    Cli.Result r = validate(file);
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(file + ": ok: bank mini, " + QUESTIONS + " questions\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void problems_in_many_questions_are_all_listed_in_file_order() throws IOException {
    List<String> questions = good();
    questions.set(2, question(2).replace("\"answer\": true", "\"answer\": \"yes\""));
    questions.set(15_000, question(15_000).replace("\"q-15000\"", "\"q-3\"")); // id of line 11
    questions.set(20_000, question(20_000).replace("truefalse", "truefalsy"));
    questions.set(QUESTIONS - 1, question(QUESTIONS - 1).replace("\"prompt\"", "\"promt\""));
    Path file = bank("bad.json", questions);
    Cli.Result r = validate(file);
    assertThat(r.err().lines())
        .containsExactly(
            file + ":10:66: $.questions[2].answer: expected true or false, found a string",
            file
                + ":15008:8: $.questions[15000].id: duplicate question id \"q-3\" (first used at"
                + " line 11)",
            file
                + ":20008:27: $.questions[20000].type: unknown question type \"truefalsy\""
                + " (expected one of choice, truefalse, text, numeric, date, order, match, cloze)",
            file + ":30007:1: $.questions[29999]: missing required field \"prompt\"",
            file
                + ":30007:40: $.questions[29999].promt: unknown field \"promt\" (did you mean"
                + " \"prompt\"?)");
    assertThat(r.out()).isEmpty();
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
  }

  @Test
  void a_syntax_error_at_the_end_of_a_big_bank_is_the_one_problem() throws IOException {
    List<String> questions = good();
    questions.set(2, question(2).replace("\"answer\": true", "\"answer\": \"yes\""));
    questions.set(QUESTIONS - 1, question(QUESTIONS - 1) + ",");
    Path file = bank("cut.json", questions);
    Cli.Result r = validate(file);
    assertThat(r.err().lines())
        .containsExactly(file + ":30008:3: $.questions[30000]: invalid JSON: unexpected ']'");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
  }
}
