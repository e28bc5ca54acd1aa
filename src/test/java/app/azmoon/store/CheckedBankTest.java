package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** What a converter lets through but the loader refuses is left out, with the loader's reason. */
class CheckedBankTest {
  private static Info info(String id, String prompt) {
    return new Info(
        id, Text.of(Language.FA, prompt), Optional.empty(), Optional.empty(), List.of(), 1);
  }

  private static Bank bank(String title, Question... questions) {
    return new Bank(
        "imp", Text.of(Language.FA, title), Language.FA, Optional.empty(), List.of(questions));
  }

  private static Question.Choice choice(String id, List<String> options) {
    return new Question.Choice(
        info(id, "کدام؟"),
        options.stream().map(o -> Text.of(Language.FA, o)).toList(),
        Set.of(0),
        true);
  }

  @Test
  void questions_the_loader_refuses_are_left_out_and_the_rest_loads() {
    Question good = new Question.TrueFalse(info("good", "درست است."), true);
    Question twice = choice("twice", List.of("سئول", "سِئول"));
    Question many =
        choice("many", IntStream.rangeClosed(1, 11).mapToObj(i -> "گزینه " + i).toList());
    Question bell = new Question.TrueFalse(info("bell", "زنگ\u0007"), false);
    CheckedBank checked = CheckedBank.of(bank("واردشده", good, twice, many, bell), "out.json");
    assertThat(checked.bank().questions()).containsExactly(good);
    assertThat(checked.refused())
        .isEqualTo(
            Map.of(
                "twice", "$.choices: \"choices\" has the same entry twice",
                "many", "$.choices: at most 10 choices, found 11",
                "bell", "$.prompt.fa: control character U+0007 is not allowed in text"));
    Bank read =
        new BankReader(Origin.DEFAULT_MAX_BYTES)
            .read(
                Origin.stream(
                    new ByteArrayInputStream(checked.json().getBytes(StandardCharsets.UTF_8)),
                    "x"));
    assertThat(read).isEqualTo(checked.bank());
  }

  @Test
  void a_bank_with_every_question_refused_is_empty() {
    CheckedBank checked = CheckedBank.of(bank("t", choice("x", List.of("a", "A"))), "out.json");
    assertThat(checked.bank().questions()).isEmpty();
    assertThat(checked.refused()).containsOnlyKeys("x");
  }

  @Test
  void a_problem_outside_the_questions_is_the_bank_s_problem() {
    assertThatThrownBy(
            () ->
                CheckedBank.of(
                    bank("bad\u001b[31m", new Question.TrueFalse(info("q", "p"), true)),
                    "out.json"))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("$.title.fa: control character U+001B");
  }
}
