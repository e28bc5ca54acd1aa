package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumericCheckTest {
  /** How many tons of bombs? 635000. */
  private static final Question.Numeric TONS = Questions.numeric(635_000, "تن", "tons");

  private static Verdict check(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA);
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "635000",
        "635,000",
        "۶۳۵٬۰۰۰",
        "٦٣٥٬٠٠٠",
        "635 000",
        "ششصد و سی و پنج هزار",
        "شش صد و سی و پنج هزار",
        "۶۳۵ هزار",
        "635000 تن",
        "۶۳۵٬۰۰۰ تن",
        "ششصد و سی و پنج هزار تن",
        "635000 tons",
        "635,000.0",
        "0.635 میلیون"
      })
  void the_answer_in_any_digits_words_or_mix_with_or_without_the_unit_is_right(String answer) {
    Verdict v = check(TONS, answer);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isFalse();
    assertThat(v.normalized()).isEqualTo("635000");
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "635001",
        "634,000",
        "63500",
        "6350000",
        "ششصد و سی و چهار هزار",
        "شش سی",
        "۶۳۵",
        "حدود",
        "635000 کیلو",
        "635000 تن بمب",
        ""
      })
  void any_other_number_or_no_number_is_wrong_with_no_typo_tolerance(String answer) {
    Verdict v = check(TONS, answer);
    assertThat(v.correct()).isFalse();
    assertThat(v.typo()).isFalse();
  }

  private static final Question.Numeric PARALLEL = Questions.numeric("38", "37.5", "38.5");

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "38, true",
    "۳۸, true",
    "37.5, true",
    "۳۸٫۵, true",
    "38.2, true",
    "سی و هشت, true",
    "37.4, false",
    "38.6, false",
    "39, false",
  })
  void a_value_between_min_and_max_is_right(String answer, boolean right) {
    assertThat(check(PARALLEL, answer).correct()).isEqualTo(right);
  }

  @Test
  void the_expected_answer_has_grouped_digits_and_the_unit_in_the_display_language() {
    assertThat(check(TONS, "1").expected()).isEqualTo("۶۳۵٬۰۰۰ تن");
    assertThat(AnswerChecker.check(TONS, "1", Language.EN).expected()).isEqualTo("635,000 tons");
    assertThat(check(PARALLEL, "1").expected()).isEqualTo("۳۸ (از ۳۷٫۵ تا ۳۸٫۵)");
    assertThat(AnswerChecker.check(PARALLEL, "1", Language.EN).expected())
        .isEqualTo("38 (37.5 to 38.5)");
  }

  @Test
  void an_unreadable_answer_keeps_its_normalized_text() {
    assertThat(check(TONS, "خیلی زیاد!").normalized()).isEqualTo("خیلی زیاد");
  }
}
