package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A line of an answers file can be anything: a 400 KB answer is judged, and judged wrong. Reading
 * is bounded by design ({@code NumberReader} reads at most 1,024 characters and 64 parts, the frame
 * looks at 400 characters and 16 words); the timeout is a guard against a hang, not a speed target.
 */
class LongAnswerTest {
  private static final int SIZE = 400_000;

  static String repeated(String unit) {
    return unit.repeat(SIZE / unit.length() + 1);
  }

  static Stream<String> longAnswers() {
    return Stream.of(
        repeated("۳۰ فروند میگ "),
        repeated("1 "),
        repeated("123 "),
        repeated("1"),
        repeated("یک و "),
        repeated("سی"),
        "۳۰" + repeated(" فروند"),
        "635000" + repeated(" تن"),
        repeated("بندر ") + "بوسان",
        repeated("thirty "),
        repeated("۱۹۴۹ "),
        repeated("۱۲ آوریل ۱۹۵۱ "));
  }

  @ParameterizedTest(name = "{index}")
  @MethodSource("longAnswers")
  @Timeout(60)
  void a_400_kb_answer_is_judged_wrong_and_is_no_number(String answer) {
    for (Question q :
        List.<Question>of(
            FramedAnswerTest.MIGS,
            FramedAnswerTest.TONS,
            FramedAnswerTest.BUSAN,
            FramedAnswerTest.KIM_TRIP)) {
      assertThat(AnswerChecker.check(q, answer, Language.FA).correct()).isFalse();
    }
    assertThat(NumberReader.read(answer, List.of("فروند", "aircraft"))).isEmpty();
  }
}
