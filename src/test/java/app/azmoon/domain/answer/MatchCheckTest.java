package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MatchCheckTest {
  /** Left: استالین, ترومن (numbered 1, 2); right shown as آمریکا, شوروی (lettered a, b). */
  private static final Question.Match TWO = Questions.match("استالین", "شوروی", "ترومن", "آمریکا");

  private static final ShownOrder TWO_SHOWN = ShownOrder.of(List.of(0, 1), List.of(1, 0));

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "1-b 2-a",
        "۱ب ۲الف",
        "۱-ب ۲-الف",
        "1b 2a",
        "1b2a",
        "۱ب۲الف",
        "1:b, 2:a",
        "1=b 2=a",
        "2-a 1-b",
        "b1 a2",
        "ب۱ الف۲",
        "1B 2A",
        "۱-ب و ۲-الف",
        "1-b and 2-a"
      })
  void pairs_of_shown_numbers_and_letters_in_any_form_are_right(String answer) {
    Verdict v = AnswerChecker.check(TWO, answer, Language.FA, TWO_SHOWN);
    assertThat(v.correct()).isTrue();
    assertThat(v.expected()).isEqualTo("۱-ب ۲-الف");
  }

  /** Three pairs, both columns shuffled. */
  private static final Question.Match THREE =
      Questions.match("استالین", "شوروی", "ترومن", "آمریکا", "مائو", "چین");

  /** Left shown as ترومن, مائو, استالین; right as چین, شوروی, آمریکا: right is 1-c 2-a 3-b. */
  private static final ShownOrder THREE_SHOWN = ShownOrder.of(List.of(1, 2, 0), List.of(2, 0, 1));

  @ParameterizedTest(name = "«{0}» earns {1}")
  @CsvSource({
    "'1-c 2-a 3-b', 1",
    "'3b 1c 2a', 1",
    "'1-c 2-a 3-a', 0.6667",
    "'1-a 2-c 3-b', 0.3333",
    "'1-c', 0.3333", // pairs left out are not right
    "'1-c 1-a 2-a 3-b', 0.6667", // an item paired twice is not right
    "'1-c 2-a 3-b 4-d', 1",
    "'1-a 2-b 3-c', 0",
  })
  void credit_is_the_share_of_right_pairs(String answer, double credit) {
    Verdict v = AnswerChecker.check(THREE, answer, Language.EN, THREE_SHOWN);
    assertThat(v.credit()).isCloseTo(credit, within(1e-4));
    assertThat(v.correct()).isEqualTo(credit == 1);
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(strings = {"1 2 3", "c a b", "1-c 2", "", "استالین شوروی", "1-c 2-a-b"})
  void what_is_not_number_letter_pairs_earns_nothing(String answer) {
    assertThat(AnswerChecker.check(THREE, answer, Language.FA, THREE_SHOWN).credit()).isZero();
  }

  @Test
  void the_persian_letter_vav_is_a_label_where_a_letter_is_due() {
    Question.Match six =
        Questions.match("۱", "الف", "۲", "ب", "۳", "ج", "۴", "د", "۵", "ه", "۶", "و");
    String answer = "۱الف ۲ب ۳ج ۴د ۵ه ۶و";
    assertThat(AnswerChecker.check(six, answer, Language.FA).correct()).isTrue();
    assertThat(AnswerChecker.check(six, "۶ و و ۵ ه", Language.FA).credit())
        .isCloseTo(2 / 6.0, within(1e-9));
  }

  @Test
  void the_verdict_holds_the_pairs_read_and_the_expected_pairs_in_the_display_language() {
    Verdict v = AnswerChecker.check(THREE, "۱ج ۲الف", Language.EN, THREE_SHOWN);
    assertThat(v.normalized()).isEqualTo("1-c 2-a");
    assertThat(v.expected()).isEqualTo("1-c 2-a 3-b");
  }
}
