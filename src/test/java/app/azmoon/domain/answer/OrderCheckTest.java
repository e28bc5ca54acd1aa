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

class OrderCheckTest {
  /** Right order: atomic test, Moscow trip, approval, invasion. */
  private static final Question.Order EVENTS = Questions.order("آزمایش", "سفر", "موافقت", "حمله");

  /** Shown as: سفر, موافقت, آزمایش, حمله, so the right answer is 3 1 2 4. */
  private static final ShownOrder SHOWN = ShownOrder.of(List.of(1, 2, 0, 3));

  private static Verdict check(String answer) {
    return AnswerChecker.check(EVENTS, answer, Language.FA, SHOWN);
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "3 1 2 4",
        "۳ ۱ ۲ ۴",
        "٣ ١ ٢ ٤",
        "3,1,2,4",
        "3، 1، 2، 4",
        "3-1-2-4",
        "3>1>2>4",
        "3124",
        "۳ و ۱ و ۲ و ۴",
        "3 then 1 then 2 then 4"
      })
  void the_shown_numbers_in_order_in_any_digits_and_separators_are_right(String answer) {
    Verdict v = check(answer);
    assertThat(v.correct()).isTrue();
    assertThat(v.normalized()).isEqualTo("3 1 2 4");
  }

  @ParameterizedTest(name = "«{0}» earns {1}")
  @CsvSource({
    "'3 1 2 4', 1",
    "'1 3 2 4', 0.5",
    "'3 1 4 2', 0.5",
    "'4 2 1 3', 0",
    "'3 1', 0.5", // the items not placed are not in place
    "'1 2 3 4', 0.25",
  })
  void credit_is_the_share_of_items_in_their_right_place(String answer, double credit) {
    Verdict v = check(answer);
    assertThat(v.credit()).isCloseTo(credit, within(1e-9));
    assertThat(v.correct()).isEqualTo(credit == 1);
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(strings = {"3 3 1 2", "5 1 2 3", "0 1 2 3", "الف ب ج د", "", "سفر اول"})
  void a_repeated_missing_or_unknown_number_is_not_an_order(String answer) {
    Verdict v = check(answer);
    assertThat(v.credit()).isZero();
  }

  @Test
  void the_expected_order_is_given_in_shown_numbers_and_display_digits() {
    assertThat(check("1").expected()).isEqualTo("۳ ۱ ۲ ۴");
    assertThat(AnswerChecker.check(EVENTS, "1", Language.EN).expected()).isEqualTo("1 2 3 4");
  }

  @Test
  void without_a_shown_order_the_bank_order_is_assumed() {
    assertThat(AnswerChecker.check(EVENTS, "1 2 3 4", Language.FA).correct()).isTrue();
  }
}
