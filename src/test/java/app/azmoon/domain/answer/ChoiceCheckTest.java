package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChoiceCheckTest {
  /** Whose permission did Kim seek? (2) استالین is right. */
  private static final Question.Choice WHO =
      Questions.choice(
          List.of(
              Questions.text("لنین", "Lenin"),
              Questions.text("استالین", "Stalin"),
              Questions.text("ترومن", "Truman"),
              Questions.text("مائو", "Mao")),
          Set.of(1));

  private static Verdict check(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA);
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "2",
        "۲",
        "٢",
        " 2. ",
        "(2)",
        "b",
        "B",
        "b)",
        "ب",
        "(ب)",
        "گزینه ۲",
        "گزینهٔ ب",
        "گزینه‌ی ۲",
        "option 2",
        "استالین",
        "ﺍﺳﺘﺎﻟﯿﻦ",
        "«استالین»",
        "Stalin",
        "STALIN",
        "۲) استالین",
        "b. Stalin"
      })
  void an_option_is_named_by_number_in_any_digits_latin_or_persian_letter_or_text(String answer) {
    Verdict v = check(WHO, answer);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isFalse();
    assertThat(v.normalized()).isEqualTo("2");
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "1",
        "۱",
        "a",
        "الف",
        "لنین",
        "3",
        "ج",
        "ترومن",
        "5",
        "ه",
        "1 2",
        "۲ ۳",
        "b c",
        "",
        "سلام",
        "۱) استالین",
        "2 لنین"
      })
  void another_option_a_missing_one_several_or_none_are_wrong(String answer) {
    Verdict v = check(WHO, answer);
    assertThat(v.correct()).isFalse();
    assertThat(v.credit()).isZero();
  }

  static Stream<String> abjad() {
    return Stream.of("الف", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ی");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("abjad")
  void persian_letters_name_options_in_abjad_order(String letter) {
    int position = abjad().toList().indexOf(letter);
    Question.Choice ten =
        Questions.choice(
            IntStream.rangeClosed(1, 10).mapToObj(i -> "گزینهٔ شمارهٔ " + i).toList(), position);
    assertThat(check(ten, letter).correct()).isTrue();
    assertThat(check(ten, String.valueOf(position + 1)).correct()).isTrue();
    assertThat(check(ten, String.valueOf((char) ('a' + position))).correct()).isTrue();
    assertThat(check(ten, abjad().toList().get((position + 1) % 10)).correct()).isFalse();
  }

  @ParameterizedTest(name = "«{0}» → {1}")
  @CsvSource({"استالبن, استالین", "Stalni, Stalin", "استالیین, استالین"})
  void an_option_text_with_a_typo_is_right_and_says_so(String answer, String ignored) {
    Verdict v = check(WHO, answer);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isTrue();
    assertThat(v.expected()).isEqualTo("(۲) استالین");
  }

  private static final Question.Choice BLACK =
      Questions.choice(List.of("Black Thursday", "Black Tuesday", "Black Friday"), 0);

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(strings = {"Black Tuesday", "black tuesday", "Black Tusday", "Black Friday"})
  void an_answer_that_is_or_is_nearest_a_wrong_option_is_never_forgiven(String answer) {
    assertThat(check(BLACK, answer).correct()).isFalse();
  }

  @Test
  void a_typo_nearest_the_right_option_is_forgiven_beside_a_close_wrong_one() {
    assertThat(check(BLACK, "Black Thursdy").correct()).isTrue();
  }

  private static final Question.Choice SELECT_TWO =
      Questions.choice(List.of("شوروی", "چین", "آمریکا", "ژاپن", "کره"), 0, 1);
  private static final Question.Choice SELECT_FIRST_AND_THIRD =
      Questions.choice(List.of("شوروی", "چین", "آمریکا", "ژاپن", "کره"), 0, 2);

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "1,2",
        "۱ و ۲",
        "2 1",
        "a b",
        "الف ب",
        "الف و ب",
        "الف، ب",
        "1;2",
        "۱،۲",
        "1/2",
        "1 and 2",
        "گزینه‌های ۱ و ۲",
        "شوروی، چین",
        "چین, شوروی",
        "1, 2, 2"
      })
  void select_all_takes_any_separator(String answer) {
    assertThat(check(SELECT_TWO, answer).correct()).isTrue();
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(strings = {"a c", "1,3", "۱ و ۳", "3 1", "الف ج", "ج، الف", "شوروی؛ آمریکا"})
  void select_all_takes_letters_numbers_and_texts_in_any_order(String answer) {
    Verdict v = check(SELECT_FIRST_AND_THIRD, answer);
    assertThat(v.correct()).isTrue();
    assertThat(v.expected()).isEqualTo("(۱) شوروی؛ (۳) آمریکا");
  }

  private static final Question.Choice THREE_OF_FIVE =
      Questions.choice(List.of("سیب", "موز", "انار", "گیلاس", "هلو"), 0, 2, 3);

  @ParameterizedTest(name = "«{0}» earns {1}")
  @CsvSource({
    "'1 3 4', 1",
    "'4 3 1', 1",
    "'1', 0.3333",
    "'1 3', 0.6667",
    "'1 2', 0",
    "'1 2 3', 0.3333",
    "'1 2 3 4 5', 0.3333",
    "'2 5', 0",
    "'1 3 4 9', 0.6667", // an option that does not exist is a wrong pick
  })
  void select_all_credit_is_right_minus_wrong_picks_over_right_options_floored_at_0(
      String answer, double credit) {
    Verdict v = check(THREE_OF_FIVE, answer);
    assertThat(v.credit()).isCloseTo(credit, within(1e-4));
    assertThat(v.correct()).isEqualTo(credit == 1);
  }

  /** Options shown as Charlie, Alpha, Delta, Bravo; Bravo is right. */
  private static final Question.Choice SHUFFLED =
      Questions.choice(List.of("Alpha", "Bravo", "Charlie", "Delta"), 1);

  private static final ShownOrder SHOWN = ShownOrder.of(List.of(2, 0, 3, 1));

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "4, true",
    "d, true",
    "د, true",
    "Bravo, true",
    "2, false",
    "b, false",
    "Alpha, false"
  })
  void labels_name_options_in_the_order_they_were_shown(String answer, boolean right) {
    Verdict v = AnswerChecker.check(SHUFFLED, answer, Language.EN, SHOWN);
    assertThat(v.correct()).isEqualTo(right);
    assertThat(v.expected()).isEqualTo("(4) Bravo");
  }

  @Test
  void select_all_reads_shown_positions_too() {
    Question.Choice q = Questions.choice(List.of("Alpha", "Bravo", "Charlie", "Delta"), 1, 2);
    assertThat(AnswerChecker.check(q, "1 4", Language.EN, SHOWN).correct()).isTrue();
    assertThat(AnswerChecker.check(q, "2 3", Language.EN, SHOWN).credit()).isZero();
  }

  @Test
  void the_expected_answer_is_shown_in_the_display_language() {
    assertThat(check(WHO, "1").expected()).isEqualTo("(۲) استالین");
    assertThat(AnswerChecker.check(WHO, "1", Language.EN).expected()).isEqualTo("(2) Stalin");
  }

  @Test
  void an_unreadable_answer_keeps_its_normalized_text() {
    assertThat(check(WHO, "نمی‌دانم!").normalized()).isEqualTo("نمی دانم");
  }

  @Test
  void a_shown_order_that_is_not_an_order_of_the_options_is_refused() {
    assertThatThrownBy(
            () -> AnswerChecker.check(WHO, "1", Language.FA, ShownOrder.of(List.of(0, 1))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> AnswerChecker.check(WHO, "1", Language.FA, ShownOrder.of(List.of(0, 1, 1, 2))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
