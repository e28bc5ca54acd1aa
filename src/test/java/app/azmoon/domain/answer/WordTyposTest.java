package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typos are spent word by word, and an edit never turns a word into another word of the question.
 */
class WordTyposTest {
  private static final Question.Typed PRC =
      Questions.typed(List.of("جمهوری خلق چین", "People's Republic of China"), List.of());
  private static final Question.Typed KAESONG =
      Questions.typed(List.of("کائوسونگ", "کائه‌سونگ", "کائسونگ", "کسونگ", "Kaesong"), List.of());

  private static Verdict check(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "جمهوری خلق چین, true",
    "جمهوری‌خلق‌چین, true",
    "جمهوری خلق چبن, true", // one edit in the 3-letter «چین»
    "جمهوی خلق چین, true", // one in «جمهوری»
    "جمهوری خلغ چین, true",
    "جمهوی خلغ چین, true", // one in each word, two in all
    "جمهوری ملی چین, false", // Nationalist China: two edits in «خلق»
    "جمهوری خل چین, true", // a letter left out of «خلق»
    "جمهوری چین, false", // the Republic of China: a word left out
    "جمهوی خلغ چبن, false", // three edits
    "People's Republik of China, true",
    "Peoples Repulbic of Chna, true",
  })
  void each_word_spends_its_own_budget(String answer, boolean right) {
    Verdict v = check(PRC, answer);
    assertThat(v.correct()).isEqualTo(right);
    assertThat(v.typo()).isEqualTo(right && !answer.replace("‌", " ").equals("جمهوری خلق چین"));
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "کائوسونگ, true",
    "کائو سونگ, true", // a space is not an edit
    "کاوسونگ, true",
    "کائوسنگ, true",
    "Kaesong, true",
    "Kaesnog, true",
    "کیم سونگ, false", // «کیم» would take two edits
    "Kim Song, false",
    "Kosong, false",
  })
  void a_typed_word_that_takes_more_edits_than_it_may_is_not_a_typo(String answer, boolean ok) {
    assertThat(check(KAESONG, answer).correct()).isEqualTo(ok);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "Black Thursday, true",
    "Black Thursdy, true",
    "Blak Thursday, true",
    "Black Tuesday, false", // «Tuesday» is in the prompt: a word, not a typo
    "Black Thirsday, true",
  })
  void an_edit_never_turns_a_word_of_the_prompt_into_the_answer(String answer, boolean ok) {
    Info info =
        new Info(
            "q",
            Text.of(Language.EN, "Which day came after Tuesday's raid?"),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            1);
    Question q = new Question.Typed(info, List.of("Black Thursday"), List.of(), true);
    assertThat(check(q, answer).correct()).isEqualTo(ok);
    // Without the prompt's word, the same two edits are forgiven: the rule is the question's words.
    Question plain = Questions.typed(List.of("Black Thursday"), List.of());
    assertThat(check(plain, answer).correct()).isTrue();
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "جمهوری خلق چین, true",
    "جمهوری خلق چبن, true",
    "جمهوری ملی چین, false", // «ملی» is a word of another option
    "جمهوری ملی چبن, false",
    "جمهوری چین, false",
  })
  void an_edit_never_turns_a_word_of_another_option_into_this_one(String answer, boolean ok) {
    Question.Choice q =
        Questions.choice(List.of("جمهوری خلق چین", "جمهوری ملی کره", "جمهوری چین"), 0);
    assertThat(check(q, answer).correct()).isEqualTo(ok);
  }

  @ParameterizedTest(name = "«{0}» in a cloze is {1}")
  @CsvSource({
    "'جمهوری چین | جمهوری خلق چین', 1",
    "'جمهوری چبن | جمهوری خلق چبن', 1",
    "'جمهوری چین | جمهوری ملی چین', 0.5",
  })
  void a_cloze_gap_spends_typos_word_by_word_too(String answer, double credit) {
    Question.Cloze q =
        Questions.cloze("با سرنگونی {{جمهوری چین}}، حکومت {{جمهوری خلق چین}} را تشکیل دادند");
    assertThat(check(q, answer).credit()).isEqualTo(credit);
  }
}
