package app.azmoon.domain.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LazyQuestionsTest {
  private final List<Integer> reads = new ArrayList<>();
  private int wholeReads;

  private static Question question(int i) {
    return new Question.TrueFalse(
        new Info(
            "q-" + i,
            Text.of(Language.FA, "پرسش " + i),
            Optional.empty(),
            Optional.empty(),
            i % 2 == 0 ? List.of("even") : List.of(),
            1),
        i % 3 == 0);
  }

  private static List<Question> plain(int n) {
    return IntStream.range(0, n).mapToObj(LazyQuestionsTest::question).toList();
  }

  private LazyQuestions lazy(int n) {
    List<Question> all = plain(n);
    return new LazyQuestions(
        all.stream().map(Question::id).toList(),
        all.stream().map(q -> q.info().tags()).toList(),
        i -> {
          reads.add(i);
          return question(i);
        },
        () -> {
          wholeReads++;
          return plain(n);
        });
  }

  private static Bank bank(List<Question> questions) {
    return new Bank("b", Text.of(Language.FA, "بانک"), Language.FA, Optional.empty(), questions);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 7, 40})
  void a_lazy_list_equals_the_same_questions_in_a_plain_list(int n) {
    assertThat(lazy(n)).isEqualTo(plain(n)).hasSameHashCodeAs(plain(n));
    assertThat(bank(lazy(n))).isEqualTo(bank(plain(n))).hasSameHashCodeAs(bank(plain(n)));
    assertThat(bank(plain(n))).isEqualTo(bank(lazy(n)));
  }

  @Test
  void each_question_is_read_once_and_only_when_asked_for() {
    LazyQuestions questions = lazy(10);
    Bank bank = bank(questions);
    assertThat(reads).isEmpty();
    assertThat(bank.questions()).isSameAs(questions);
    assertThat(bank.question("q-7")).contains(question(7));
    assertThat(bank.question("q-7")).contains(question(7));
    assertThat(bank.question("q-99")).isEmpty();
    assertThat(bank.tagsOf(4)).containsExactly("even");
    assertThat(bank.tagsOf(5)).isEmpty();
    assertThat(reads).containsExactly(7);
    assertThat(wholeReads).isZero();
  }

  @Test
  void going_through_the_list_reads_the_rest_in_one_pass_keeping_what_was_read() {
    LazyQuestions questions = lazy(6);
    Question seven = questions.get(3);
    assertThat(questions.stream().map(Question::id))
        .containsExactly("q-0", "q-1", "q-2", "q-3", "q-4", "q-5");
    assertThat(questions.get(3)).isSameAs(seven);
    assertThat(new ArrayList<>(questions)).isEqualTo(plain(6));
    assertThat(questions.toArray()).containsExactly(plain(6).toArray());
    for (Question q : questions) {
      assertThat(q).isSameAs(questions.get(questions.indexOf(q)));
    }
    assertThat(reads).containsExactly(3);
    assertThat(wholeReads).isOne();
  }

  @Test
  void a_whole_read_that_does_not_fit_the_list_is_an_error() {
    LazyQuestions fewer =
        new LazyQuestions(
            List.of("q-0", "q-1"),
            List.of(List.of("even"), List.of()),
            LazyQuestionsTest::question,
            () -> plain(1));
    assertThatThrownBy(fewer::iterator).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void ids_that_repeat_are_refused_without_reading_the_questions() {
    LazyQuestions twice =
        new LazyQuestions(
            List.of("q-1", "q-1"), List.of(List.of(), List.of()), i -> question(1), List::of);
    assertThatThrownBy(() -> bank(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q-1");
  }

  @Test
  void a_question_read_that_is_not_the_one_listed_is_an_error() {
    LazyQuestions wrongId =
        new LazyQuestions(List.of("q-1"), List.of(List.of()), i -> question(3), () -> plain(1));
    assertThatThrownBy(() -> wrongId.get(0)).isInstanceOf(IllegalStateException.class);
    LazyQuestions wrongTags =
        new LazyQuestions(
            List.of("q-1"), List.of(List.of("even")), i -> question(1), () -> plain(2));
    assertThatThrownBy(() -> wrongTags.get(0)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void the_list_cannot_be_changed() {
    LazyQuestions questions = lazy(3);
    assertThatThrownBy(() -> questions.set(0, question(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> questions.add(question(0)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> questions.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
