package app.azmoon.domain.answer;

import static app.azmoon.domain.answer.Questions.fa;
import static app.azmoon.domain.answer.Questions.info;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Answers worth part of the points, as Moodle's fractions give them, in every kind that has them.
 */
class WeightedAnswerTest {
  private static double credit(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA).credit();
  }

  private static final Question.Typed PORT =
      new Question.Typed(
          info(),
          List.of("بوسان"),
          List.of("سئول"),
          true,
          List.of(new Partial("پوسان", 0.5), new Partial("کره جنوبی", 0.25)));

  @ParameterizedTest
  @CsvSource({
    "بوسان, 1",
    "پوسان, 0.5",
    "پوسان , 0.5",
    "كره جنوبي, 0.25",
    "کره‌جنوبی, 0.25",
    "سئول, 0",
    "توکیو, 0",
  })
  void a_text_answer_earns_the_credit_of_the_answer_it_is(String typed, double expected) {
    assertThat(credit(PORT, typed)).isEqualTo(expected);
  }

  @Test
  void a_partly_right_text_answer_is_not_correct_and_shows_the_full_answer() {
    Verdict v = AnswerChecker.check(PORT, "پوسان", Language.FA);
    assertThat(v.correct()).isFalse();
    assertThat(v.expected()).isEqualTo("بوسان");
  }

  private static final Question.Numeric YEAR =
      new Question.Numeric(
          info(),
          new BigDecimal(1950),
          new BigDecimal(1950),
          new BigDecimal(1950),
          Optional.empty(),
          List.of(
              new PartialRange(new BigDecimal(1949), new BigDecimal(1951), 0.5),
              new PartialRange(new BigDecimal(1945), new BigDecimal(1955), 0.2)));

  @ParameterizedTest
  @CsvSource({
    "1950, 1",
    "۱۹۵۱, 0.5",
    "1949, 0.5",
    "1953, 0.2",
    "هزار و نهصد و پنجاه و پنج, 0.2",
    "1956, 0"
  })
  void a_number_earns_the_best_credit_of_the_ranges_it_falls_in(String typed, double expected) {
    assertThat(credit(YEAR, typed)).isEqualTo(expected);
  }

  private static Question.Choice choice(Set<Integer> correct, Double... credits) {
    return new Question.Choice(
        info(),
        List.of(fa("استالین"), fa("ترومن"), fa("مائو"), fa("کیم"), fa("چرچیل")),
        correct,
        false,
        List.of(credits));
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "2, 0.5", "ترومن, 0.5", "3, 0", "4, 0", "1 2, 0"})
  void one_pick_earns_its_options_weight_and_never_less_than_nothing(String typed, double want) {
    Question.Choice q = choice(Set.of(0), 1.0, 0.5, 0.0, -0.5, 0.0);
    assertThat(credit(q, typed)).isEqualTo(want);
  }

  @ParameterizedTest
  @CsvSource({
    "'1, 2, 3', 1",
    "'1 و 2', 0.66666",
    "'1, 2, 3, 4', 0.5",
    "'4', 0",
    "'4, 5', 0",
    "'۳ ۲ ۱', 1",
  })
  void select_all_earns_the_sum_of_its_picks_weights_from_nothing_to_all(
      String typed, double want) {
    Question.Choice q = choice(Set.of(0, 1, 2), 0.33333, 0.33333, 0.33333, -0.5, -1.0);
    assertThat(credit(q, typed)).isCloseTo(want, org.assertj.core.data.Offset.offset(0.0001));
  }

  @Test
  void weights_that_contradict_the_right_options_are_refused() {
    assertThatThrownBy(() -> choice(Set.of(0), 0.5, 1.0, 0.0, 0.0, 0.0))
        .hasMessageContaining("weight 1");
    assertThatThrownBy(() -> choice(Set.of(0, 1), 0.5, 0.25, 0.0, 0.0, 0.0))
        .hasMessageContaining("add up to 1");
    assertThatThrownBy(() -> choice(Set.of(0), 1.0, 0.0)).hasMessageContaining("one weight");
    assertThatThrownBy(() -> choice(Set.of(0), 1.0, 2.0, 0.0, 0.0, 0.0))
        .hasMessageContaining("-1 to 1");
  }

  private static Question.Cloze cloze() {
    ClozeText text = ClozeText.parse("بندر {{بوسان}} در جنوب و پایتخت {{سئول|سول}} است");
    List<ClozeText.Gap> gaps = text.gaps();
    return new Question.Cloze(
        info(),
        text.withGaps(
            List.of(
                gaps.get(0)
                    .with(List.of(new Partial("پوسان", 0.5)), List.of("اینچئون", "بوسان", "پوسان")),
                gaps.get(1).with(List.of(new Partial("پیونگ‌یانگ", 0.25)), List.of()))));
  }

  @ParameterizedTest
  @CsvSource({
    "2 | سئول, 1",
    "بوسان | سول, 1",
    "ب | سئول, 1",
    "3 | سئول, 0.75",
    "پوسان | پیونگ یانگ, 0.375",
    "1 | سئول, 0.5",
    "4 | سئول, 0.5",
    "سئول | بوسان, 0",
  })
  void a_gap_with_options_is_a_choice_and_each_gap_earns_its_share(String typed, double want) {
    assertThat(credit(cloze(), typed)).isEqualTo(want);
  }

  @Test
  void a_gap_whose_answer_is_not_among_its_options_is_refused() {
    ClozeText.Gap gap = ClozeText.parse("{{بوسان}}").gaps().get(0);
    assertThatThrownBy(() -> gap.with(List.of(), List.of("اینچئون", "سئول")))
        .hasMessageContaining("not among its options");
    assertThatThrownBy(() -> gap.with(List.of(new Partial("توکیو", 0.5)), List.of("بوسان", "سئول")))
        .hasMessageContaining("not among its options");
  }

  @Test
  void a_partial_credit_lies_strictly_between_nothing_and_all() {
    assertThatThrownBy(() -> new Partial("x", 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Partial("x", 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Partial(" ", 0.5)).isInstanceOf(IllegalArgumentException.class);
  }
}
