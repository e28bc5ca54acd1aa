package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cloze {@code text} as a plain string or as {@code {"fa": …, "en": …}}, read and written. */
class BilingualClozeReadTest {
  @TempDir Path dir;

  private final BankReader reader = new BankReader(Origin.DEFAULT_MAX_BYTES);

  private static final String PLAIN =
      """
          {"id": "plain", "type": "cloze", "prompt": "پر کنید.",
           "text": "بندر {{بوسان|Busan}} در جنوب است."}""";

  private static final String BOTH =
      """
          {"id": "both", "type": "cloze", "prompt": {"fa": "پر کنید.", "en": "Fill in."},
           "text": {"fa": "{{ترومن}} از {{سازمان ملل}} یاری خواست.",
                    "en": "{{Truman|Harry Truman}} asked the {{UN|United Nations}} for help."},
           "gaps": [{}, {"partial": [{"answer": "شورای امنیت", "credit": 0.5}]}]}""";

  private static final String ONLY_EN =
      """
          {"id": "only-en", "type": "cloze", "prompt": "پر کنید.",
           "text": {"en": "The port of {{Busan}}."}}""";

  private Bank read(String questions) throws Exception {
    return reader.read(Origin.file(BankFixture.write(dir, "b.json", BankFixture.bank(questions))));
  }

  private static List<String> firstAnswers(ClozeText text) {
    return text.gaps().stream().map(g -> g.answers().get(0)).toList();
  }

  @Test
  void a_plain_string_is_the_one_version_shown_in_both_languages() throws Exception {
    Question.Cloze c = (Question.Cloze) read(PLAIN).questions().get(0);
    assertThat(c.en()).isEmpty();
    assertThat(c.text(Language.EN)).isEqualTo(c.text(Language.FA)).isEqualTo(c.text());
    assertThat(firstAnswers(c.text())).containsExactly("بوسان");
  }

  @Test
  void both_versions_are_read_with_the_gaps_details_applied_to_each() throws Exception {
    Question.Cloze c = (Question.Cloze) read(BOTH).questions().get(0);
    assertThat(firstAnswers(c.text(Language.FA))).containsExactly("ترومن", "سازمان ملل");
    assertThat(firstAnswers(c.text(Language.EN))).containsExactly("Truman", "UN");
    assertThat(c.text(Language.EN).gaps().get(1).partial())
        .isEqualTo(c.text(Language.FA).gaps().get(1).partial())
        .hasSize(1);
    // Either display accepts both versions' answers, its own first.
    assertThat(c.accepting(Language.EN).gaps().get(0).answers())
        .containsExactly("Truman", "Harry Truman", "ترومن");
    assertThat(c.accepting(Language.FA).gaps().get(1).answers())
        .containsExactly("سازمان ملل", "UN", "United Nations");
  }

  @Test
  void an_object_with_one_language_is_that_one_version() throws Exception {
    Question.Cloze c = (Question.Cloze) read(ONLY_EN).questions().get(0);
    assertThat(c.en()).isEmpty();
    assertThat(firstAnswers(c.text(Language.FA))).containsExactly("Busan");
  }

  @Test
  void bank_writer_writes_each_form_back_as_it_was() throws Exception {
    Bank bank = read(String.join(",\n", PLAIN, BOTH, ONLY_EN));
    String json = BankWriter.bank(bank);
    assertThat(json)
        .contains("\"text\": \"بندر {{بوسان|Busan}} در جنوب است.\"")
        .contains(
            "\"fa\": \"{{ترومن}} از {{سازمان ملل}} یاری خواست.\"",
            "\"en\": \"{{Truman|Harry Truman}} asked the {{UN|United Nations}} for help.\"");
    Path copy = dir.resolve("copy.json");
    Files.writeString(copy, json);
    assertThat(reader.read(Origin.file(copy))).isEqualTo(bank);
  }
}
