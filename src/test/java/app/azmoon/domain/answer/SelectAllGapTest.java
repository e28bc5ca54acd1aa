package app.azmoon.domain.answer;

import static app.azmoon.domain.answer.Questions.info;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.ClozeText.Gap;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.Question;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A cloze gap where the learner names every right option, scored by the select-all rule. */
class SelectAllGapTest {
  private static final List<String> CITIES = List.of("سئول", "توکیو", "بوسان", "پکن");

  /** "شهرهای کره جنوبی: {{سئول|بوسان}}" with the four cities as options; more gaps after it. */
  private static Question.Cloze cloze(String rest) {
    ClozeText text = ClozeText.parse("شهرهای کره جنوبی: {{سئول|بوسان}}" + rest);
    List<Gap> gaps = new java.util.ArrayList<>(text.gaps());
    gaps.set(0, gaps.get(0).with(List.of(), CITIES, true));
    return new Question.Cloze(info(), text.withGaps(gaps));
  }

  private static double credit(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA).credit();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1 3; 1",
        "3 1; 1",
        "1,3; 1",
        "۳، ۱; 1",
        "a c; 1",
        "c, a; 1",
        "1 و 3; 1",
        "سئول، بوسان; 1",
        "بوسان, سئول; 1",
        "گزینه‌های ۱ و ۳; 1",
        "1; 0.5",
        "بوسان; 0.5",
        "1 2 3; 0.5",
        "1 3 4; 0.5",
        "سئول, توکیو, بوسان; 0.5",
        "1 2; 0",
        "2 4; 0",
        "1 2 3 4; 0",
        "1 9; 0",
        "لندن; 0",
      })
  void every_right_option_earns_its_share_and_a_wrong_pick_takes_one_away(
      String answer, double want) {
    assertThat(credit(cloze(""), answer)).isEqualTo(want);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1 3 | 1950; 1",
        "'3,1\n۱۹۵۰'; 1",
        "سئول، بوسان | 1950; 1",
        "3 | 1950; 0.75",
        "1 2 3 | 1949; 0.25",
        "1950 | 1 3; 0",
      })
  void in_a_cloze_of_several_gaps_the_picks_of_one_gap_sit_between_its_separators(
      String answer, double want) {
    assertThat(credit(cloze(" از سال {{1950}}"), answer)).isEqualTo(want);
  }

  @Test
  void the_expected_answer_names_every_right_option() {
    Verdict v = AnswerChecker.check(cloze(""), "1", Language.FA);
    assertThat(v.correct()).isFalse();
    assertThat(v.expected()).contains("سئول").contains("بوسان");
    assertThat(AnswerChecker.check(cloze(""), "1 3", Language.FA).correct()).isTrue();
  }

  @Test
  void a_select_all_gap_needs_options_and_a_right_answer_and_takes_no_partial() {
    Gap gap = ClozeText.parse("{{سئول}}").gaps().get(0);
    assertThatThrownBy(() -> gap.with(List.of(), List.of(), true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("select-all gap needs options");
    assertThatThrownBy(() -> new Gap(List.of(), List.of(), CITIES, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one right answer");
    assertThatThrownBy(() -> gap.with(List.of(new Partial("بوسان", 0.5)), CITIES, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no partly right answers");
    assertThat(gap.with(List.of(), CITIES, false).selectAll()).isFalse();
  }
}
