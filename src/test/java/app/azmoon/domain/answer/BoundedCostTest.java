package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile sizes cost little: no full edit-distance table, no pass over every gap for each gap, no
 * reading of an answer longer than any a person writes. The timeouts only guard against a hang.
 */
@Timeout(60)
class BoundedCostTest {
  private static String letters(int n, long seed) {
    Random random = new Random(seed);
    return random
        .ints(n, 0, 32)
        .mapToObj(i -> String.valueOf((char) ('ا' + i)))
        .collect(Collectors.joining());
  }

  @Test
  void forty_thousand_characters_against_forty_thousand_is_judged_with_a_note() {
    String accepted = letters(40_000, 1);
    Question.Typed q = Questions.typed(List.of(accepted), List.of());
    Verdict v = AnswerChecker.check(q, accepted, Language.EN);
    assertThat(v.correct()).isFalse();
    assertThat(v.normalized()).isEqualTo("(not read: 40,000 characters, longer than any answer)");
    assertThat(AnswerChecker.check(q, accepted, Language.FA).normalized())
        .isEqualTo("(خوانده نشد: ۴۰٬۰۰۰ نویسه، بلندتر از هر پاسخی)");
  }

  @Test
  void an_answer_up_to_the_limit_is_read_against_a_long_accepted_one() {
    String accepted = letters(AnswerChecker.LONGEST_ANSWER, 2);
    Question.Typed q = Questions.typed(List.of(accepted, letters(40_000, 3)), List.of());
    assertThat(AnswerChecker.check(q, accepted, Language.FA).correct()).isTrue();
    String typo = "ب" + accepted.substring(1);
    assertThat(AnswerChecker.check(q, typo, Language.FA).typo()).isEqualTo(typo != accepted);
    assertThat(AnswerChecker.check(q, accepted + "x", Language.FA).normalized())
        .startsWith("(خوانده نشد");
  }

  @Test
  void the_capped_distance_of_long_texts_needs_no_table() {
    String a = letters(40_000, 4);
    String b = "x" + a.substring(1, 20_000) + a.substring(20_001) + "yz";
    assertThat(Typos.distance(a, b, 2)).isEqualTo(3);
    assertThat(Typos.distance(a, a, 2)).isZero();
    assertThat(Typos.distance(a, "x" + a.substring(1), 2)).isEqualTo(1);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void the_capped_distance_is_the_distance_up_to_its_cap(long seed) {
    Random random = new Random(seed);
    for (int n = 0; n < 300; n++) {
      String a = letters(random.nextInt(9), random.nextLong()).replaceAll("[^ا-ج]", "ب");
      String b = letters(random.nextInt(9), random.nextLong()).replaceAll("[^ا-ج]", "ا");
      int cap = random.nextInt(4);
      assertThat(Typos.distance(a, b, cap))
          .as("%s, %s, cap %d", a, b, cap)
          .isEqualTo(Math.min(Typos.distance(a, b), cap + 1));
    }
  }

  @Test
  void a_cloze_of_ten_thousand_gaps_is_checked_in_one_pass() {
    int n = 10_000;
    String text =
        IntStream.range(0, n)
            .mapToObj(i -> "{{کلمه " + i + "|word " + i + "}}")
            .collect(Collectors.joining(" و "));
    Question.Cloze q = Questions.cloze(text);
    String right =
        IntStream.range(0, n).mapToObj(i -> "word " + i).collect(Collectors.joining(" | "));
    assertThat(AnswerChecker.check(q, right, Language.FA).correct()).isTrue();
    String shifted =
        IntStream.range(0, n).mapToObj(i -> "word " + (i + 1)).collect(Collectors.joining(" | "));
    assertThat(AnswerChecker.check(q, shifted, Language.FA).credit()).isZero();
  }

  @Test
  void a_cloze_of_many_gaps_forgives_a_typo_in_each() {
    int n = 2_000;
    String text =
        IntStream.range(0, n).mapToObj(i -> "{{سئول " + i + "}}").collect(Collectors.joining(" "));
    String typos =
        IntStream.range(0, n).mapToObj(i -> "سئوول " + i).collect(Collectors.joining("\n"));
    Verdict v = AnswerChecker.check(Questions.cloze(text), typos, Language.FA);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isTrue();
  }
}
