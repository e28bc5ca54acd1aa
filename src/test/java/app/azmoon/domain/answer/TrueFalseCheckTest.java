package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TrueFalseCheckTest {

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "درست",
        "صحیح",
        "بله",
        "آری",
        "آره",
        "درسته",
        "true",
        "True",
        "TRUE",
        "t",
        "yes",
        "Yes",
        "y",
        "✓",
        "✔",
        " درست. ",
        "بلـه",
        "صحيح",
        "ص", // the exam sheet's notation
        "درست است",
        "صحیح است",
        "درست هست",
        "درست می‌باشد",
        "بله، درست است",
        "آری درست است.",
        "نادرست نیست", // a negated false is true
        "غلط نیست",
        "It is true",
        "it's true",
        "correct",
        "not false",
        "Yes, that is right",
      })
  void words_for_true_are_right_for_a_true_statement_and_wrong_for_a_false_one(String answer) {
    assertThat(AnswerChecker.check(Questions.trueFalse(true), answer, Language.FA).correct())
        .isTrue();
    assertThat(AnswerChecker.check(Questions.trueFalse(false), answer, Language.FA).correct())
        .isFalse();
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "غلط",
        "نادرست",
        "خیر",
        "نه",
        "نخیر",
        "اشتباه",
        "false",
        "False",
        "f",
        "no",
        "NO",
        "n",
        "✗",
        "×",
        "نادرست!",
        "غ", // the exam sheet's notation
        "نادرست است",
        "غلط است",
        "خیر",
        "صحیح نیست", // a negated true is false
        "درست نیست",
        "درست نمی‌باشد",
        "نه، درست نیست",
        "خیر، غلط است",
        "اشتباه است",
        "not true",
        "Not true.",
        "it is not true",
        "It isn't true",
        "wrong",
        "No, it is false",
      })
  void words_for_false_are_right_for_a_false_statement_and_wrong_for_a_true_one(String answer) {
    assertThat(AnswerChecker.check(Questions.trueFalse(false), answer, Language.FA).correct())
        .isTrue();
    assertThat(AnswerChecker.check(Questions.trueFalse(true), answer, Language.FA).correct())
        .isFalse();
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "",
        "شاید",
        "1",
        "0",
        "yes no",
        "درصت",
        "درست نادرست", // double-talk
        "صحیح غلط",
        "بله غلط است",
        "ص غ",
        "true false",
        "نیست",
        "not",
        "not not true",
        "درست است ولی",
        "صد", // a word that starts like the notation
        "غلطک",
      })
  void anything_else_is_wrong_either_way(String answer) {
    assertThat(AnswerChecker.check(Questions.trueFalse(true), answer, Language.FA).credit())
        .isZero();
    assertThat(AnswerChecker.check(Questions.trueFalse(false), answer, Language.FA).credit())
        .isZero();
  }

  @Test
  void the_verdict_reads_the_answer_as_true_or_false_and_shows_the_right_word() {
    Verdict v = AnswerChecker.check(Questions.trueFalse(false), "بله", Language.FA);
    assertThat(v.normalized()).isEqualTo("true");
    assertThat(v.expected()).isEqualTo("نادرست");
    assertThat(AnswerChecker.check(Questions.trueFalse(true), "x", Language.EN).expected())
        .isEqualTo("true");
  }
}
