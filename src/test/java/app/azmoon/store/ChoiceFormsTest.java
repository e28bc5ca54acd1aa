package app.azmoon.store;

import static app.azmoon.store.BankFixture.bank;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A choice option's other forms ("also"): read, checked, written back. */
class ChoiceFormsTest {
  @TempDir Path dir;

  private static final String SOVIET =
      """
          {"id": "q-mig", "type": "choice", "prompt": {"fa": "میگ ۱۵ ساخت کدام کشور بود؟",
           "en": "Which country built the MiG-15?"},
           "choices": [{"fa": "اتحاد جماهیر شوروی", "en": "Soviet Union",
                        "also": ["شوروی", "اتحاد شوروی", "USSR"]},
                       "چین", {"fa": "آمریکا", "en": "United States"}],
           "correct": [0]}""";

  private final BankReader reader = new BankReader(Origin.DEFAULT_MAX_BYTES);

  private Bank read(String json) throws IOException {
    return reader.read(Origin.file(BankFixture.write(dir, "b.json", json)));
  }

  private List<Problem> problems(String json) throws IOException {
    try {
      read(json);
    } catch (InvalidDataException e) {
      return e.problems();
    }
    throw new AssertionError("expected the bank to be rejected");
  }

  @Test
  void an_options_other_forms_are_read_and_name_it() throws IOException {
    Question.Choice q = (Question.Choice) read(bank(SOVIET)).questions().get(0);
    assertThat(q.alsoFor(0)).containsExactly("شوروی", "اتحاد شوروی", "USSR");
    assertThat(q.alsoFor(1)).isEmpty();
    assertThat(q.choices().get(0).in(Language.FA)).isEqualTo("اتحاد جماهیر شوروی");
    for (String answer : List.of("شوروی", "USSR", "کشور شوروی", "country USSR", "Soviet Union")) {
      assertThat(AnswerChecker.check(q, answer, Language.FA).correct()).as(answer).isTrue();
    }
    assertThat(AnswerChecker.check(q, "کشور چین", Language.FA).correct()).isFalse();
  }

  @Test
  void a_bank_with_other_forms_is_written_back_as_it_reads() throws IOException {
    Bank bank = read(bank(SOVIET));
    String json = BankWriter.bank(bank);
    assertThat(json).contains("\"also\": [");
    Files.writeString(dir.resolve("b.json"), json);
    assertThat(reader.read(Origin.file(dir.resolve("b.json")))).isEqualTo(bank);
  }

  @Test
  void a_form_that_names_another_option_is_refused_where_it_stands() throws IOException {
    List<Problem> problems = problems(bank(SOVIET.replace("\"USSR\"", "\"Chin\", \"چین\"")));
    assertThat(problems).hasSize(1);
    assertThat(problems.get(0).path()).isEqualTo("$.questions[0].choices[0].also[3]");
    assertThat(problems.get(0).message())
        .isEqualTo(
            "\"چین\" already names choices[1]: each form in \"also\" names its own option only");
  }

  @Test
  void a_form_given_to_two_options_is_refused() throws IOException {
    String twice =
        SOVIET.replace(
            "{\"fa\": \"آمریکا\", \"en\": \"United States\"}",
            "{\"fa\": \"آمریکا\", \"also\": [\"شوروی\"]}");
    List<Problem> problems = problems(bank(twice));
    assertThat(problems)
        .extracting(Problem::path)
        .containsExactly("$.questions[0].choices[2].also[0]");
  }

  @Test
  void a_form_is_a_short_non_empty_string_in_a_list() throws IOException {
    assertThat(
            problems(bank(SOVIET.replace("[\"شوروی\", \"اتحاد شوروی\", \"USSR\"]", "\"شوروی\""))))
        .extracting(Problem::message)
        .containsExactly("expected a list, found a string");
    assertThat(problems(bank(SOVIET.replace("[\"شوروی\", \"اتحاد شوروی\", \"USSR\"]", "[]"))))
        .extracting(Problem::message)
        .containsExactly("\"also\" needs at least 1 item, found 0");
    assertThat(problems(bank(SOVIET.replace("\"USSR\"", "\"" + "x".repeat(501) + "\""))))
        .extracting(Problem::path)
        .containsExactly("$.questions[0].choices[0].also[2]");
    assertThat(problems(bank(SOVIET.replace("\"also\"", "\"alsoo\""))))
        .extracting(Problem::message)
        .containsExactly("unknown field \"alsoo\" (did you mean \"also\"?)");
  }

  @Test
  void other_texts_still_take_fa_and_en_only() throws IOException {
    String prompt = "\"prompt\": {\"fa\": \"میگ ۱۵ ساخت کدام کشور بود؟\",";
    assertThat(problems(bank(SOVIET.replace(prompt, prompt + " \"also\": [\"x\"],"))))
        .extracting(Problem::message)
        .containsExactly("unknown field \"also\" (a translated text has: fa, en)");
  }
}
