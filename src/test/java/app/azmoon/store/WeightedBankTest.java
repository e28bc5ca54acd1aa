package app.azmoon.store;

import static app.azmoon.store.BankFixture.bank;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Question;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bank format's weighted answers: read, refused with the field named, written back. */
class WeightedBankTest {
  @TempDir Path dir;

  private static final String WEIGHTED =
      """
      {"id": "q-choice", "type": "choice", "prompt": "کدام؟", "choices": ["الف", "ب", "ج"],
       "correct": [0], "credits": [1, 0.5, -0.25]},
      {"id": "q-text", "type": "text", "prompt": "کدام بندر؟", "accept": ["بوسان"],
       "partial": [{"answer": "پوسان", "credit": 0.5}]},
      {"id": "q-num", "type": "numeric", "prompt": "چند؟", "answer": 1950, "unit": "سال",
       "partial": [{"min": 1949, "max": 1951, "credit": 0.5}]},
      {"id": "q-cloze", "type": "cloze", "prompt": "پر کنید",
       "text": "بندر {{بوسان}} و پایتخت {{سئول|سول}}",
       "gaps": [{"options": ["اینچئون", "بوسان", "پوسان"],
                 "partial": [{"answer": "پوسان", "credit": 0.5}]}, {}]},
      {"id": "q-all", "type": "cloze", "prompt": "پر کنید", "text": "شهرهای کره: {{سئول|بوسان}}",
       "gaps": [{"options": ["سئول", "توکیو", "بوسان"], "selectAll": true}]}""";

  private Bank read(String json) throws IOException {
    return new BankReader(Origin.DEFAULT_MAX_BYTES)
        .read(Origin.file(BankFixture.write(dir, "b.json", json)));
  }

  @Test
  void weighted_answers_are_read_and_written_back_the_same() throws IOException {
    Bank bank = read(bank(WEIGHTED));
    Question.Choice choice = (Question.Choice) bank.question("q-choice").orElseThrow();
    assertThat(choice.credits()).containsExactly(1.0, 0.5, -0.25);
    Question.Cloze cloze = (Question.Cloze) bank.question("q-cloze").orElseThrow();
    assertThat(cloze.text().gaps().get(0).options()).containsExactly("اینچئون", "بوسان", "پوسان");
    assertThat(cloze.text().gaps().get(1).options()).isEmpty();
    assertThat(cloze.text().gaps()).noneMatch(ClozeText.Gap::selectAll);
    ClozeText.Gap all =
        ((Question.Cloze) bank.question("q-all").orElseThrow()).text().gaps().get(0);
    assertThat(all.selectAll()).isTrue();
    assertThat(all.answers()).containsExactly("سئول", "بوسان");

    String written = BankWriter.questions(bank.questions());
    String again = written.substring(1, written.length() - 1); // the array's items
    assertThat(again).containsOnlyOnce("\"selectAll\": true");
    assertThat(read(bank(again)).questions()).isEqualTo(bank.questions());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "\"credits\": [1, 0.5, -0.25]; \"credits\": [1, 0.5]; one weight per option",
        "\"credits\": [1, 0.5, -0.25]; \"credits\": [1, 1.5, 0]; from -1 to 1",
        "\"credits\": [1, 0.5, -0.25]; \"credits\": [0.5, 1, 0]; weight 1",
        "\"credit\": 0.5}]},; \"credit\": 1}]},; between 0 and 1",
        "\"credit\": 0.5}]},; \"credit\": 0.5, \"x\": 1}]},; unknown field \"x\"",
        "\"max\": 1951; \"max\": 1900; above max",
        "{}]}; {}, {}]}; give one for each",
        "[\"اینچئون\", \"بوسان\", \"پوسان\"]; [\"اینچئون\", \"پوسان\"]; not among its options",
        "\"selectAll\": true; \"selectAll\": 1; expected true or false",
        "{\"options\": [\"سئول\", \"توکیو\", \"بوسان\"], \"selectAll\": true}; {\"selectAll\": true};"
            + " a select-all gap needs \"options\"",
        "\"selectAll\": true}; \"selectAll\": true, \"partial\": [{\"answer\": \"توکیو\","
            + " \"credit\": 0.5}]}; has no \"partial\"",
        "[\"سئول\", \"توکیو\", \"بوسان\"], \"selectAll\"; [\"سئول\", \"توکیو\"], \"selectAll\";"
            + " not among its options",
      })
  void a_bad_weight_is_refused_with_what_is_wrong(String from, String to, String message)
      throws IOException {
    String json = bank(WEIGHTED.replaceFirst(java.util.regex.Pattern.quote(from), to));
    assertThat(json).isNotEqualTo(bank(WEIGHTED));
    try {
      read(json);
      throw new AssertionError("accepted: " + json);
    } catch (InvalidDataException e) {
      List<Problem> problems = e.problems();
      assertThat(problems).isNotEmpty();
      assertThat(problems.get(0).message()).contains(message);
    }
  }
}
