package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClozeCheckTest {
  private static final Question.Cloze BLACK_THURSDAY =
      Questions.cloze(
          "در {{۱۲|12|دوازده}} آوریل ۱۹۵۱، روزی که به «{{پنج‌شنبه سیاه|پنج شنبه سیاه|Black"
              + " Thursday}}» معروف شد، {{۳۰|30|سی}} فروند میگ حمله کردند.");

  private static Verdict check(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA);
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "12\nپنج‌شنبه سیاه\n30",
        "12\r\nپنج‌شنبه سیاه\r\n30",
        "۱۲ | پنجشنبه سیاه | سی",
        "دوازده | Black Thursday | ۳۰",
        "12|پنج شنبه سیاه|30",
        " ١٢ | پنج‌شنبه‌سیاه | 30 ",
      })
  void gaps_on_separate_lines_or_between_bars_each_checked_as_number_or_text(String answer) {
    Verdict v = check(BLACK_THURSDAY, answer);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isFalse();
  }

  @Test
  void a_typo_in_a_text_gap_is_forgiven_and_its_spelling_shown() {
    Verdict v = check(BLACK_THURSDAY, "12 | پنجشنبه سیه | 30");
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isTrue();
    assertThat(v.expected()).isEqualTo("۱۲ | پنج‌شنبه سیاه | ۳۰");
  }

  @ParameterizedTest(name = "«{0}» earns {1}")
  @CsvSource({
    "'12 | جمعه سیاه | 30', 0.6667",
    "'13 | پنجشنبه سیاه | 30', 0.6667", // no typo tolerance on numbers
    "'12 | پنجشنبه سیاه', 0.6667", // a missing gap is wrong
    "'12 | 30 | پنجشنبه سیاه', 0.3333", // gaps are read in order
    "'سیزده | پنج‌شنبه سفید | 31', 0",
    "'', 0",
  })
  void credit_is_the_share_of_right_gaps(String answer, double credit) {
    Verdict v = check(BLACK_THURSDAY, answer);
    assertThat(v.credit()).isCloseTo(credit, within(1e-4));
    assertThat(v.correct()).isEqualTo(credit == 1);
  }

  @Test
  void another_gaps_answer_is_never_forgiven_as_a_typo() {
    Question.Cloze q = Questions.cloze("نه {{Black Thursday}} بلکه {{Black Tuesday}}");
    assertThat(check(q, "Black Tuesday | Black Tuesday").credit()).isEqualTo(0.5);
    assertThat(check(q, "Black Thursdy | Black Tuesday").correct()).isTrue();
  }

  @Test
  void gaps_that_share_an_answer_both_accept_it() {
    Question.Cloze q = Questions.cloze("{{چین|China}} و باز هم {{چین}}");
    assertThat(check(q, "چین | China").correct()).isFalse();
    assertThat(check(q, "چین | چین").correct()).isTrue();
    assertThat(check(Questions.cloze("{{۱۲}} و {{دوازده}}"), "12 | 12").correct()).isTrue();
  }

  @Test
  void a_single_gap_takes_the_whole_answer() {
    Question.Cloze q = Questions.cloze("ارتش {{آزادی‌بخش|آزادیبخش}} چین");
    assertThat(check(q, "آزادی بخش").correct()).isTrue();
  }

  @Test
  void the_verdict_holds_each_gap_normalized() {
    assertThat(check(BLACK_THURSDAY, "۱۲ | پنج‌شنبه سیاه! | سی").normalized())
        .isEqualTo("12 | پنج شنبه سیاه | سی");
  }

  @Test
  void the_expected_gaps_are_shown_in_the_display_languages_script() {
    assertThat(AnswerChecker.check(BLACK_THURSDAY, "x", Language.EN).expected())
        .isEqualTo("12 | Black Thursday | 30");
  }
}
