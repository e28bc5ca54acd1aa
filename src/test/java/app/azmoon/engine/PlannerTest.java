package app.azmoon.engine;

import static app.azmoon.engine.Banks.bank;
import static app.azmoon.engine.Banks.choice;
import static app.azmoon.engine.Banks.numeric;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.LazyQuestions;
import app.azmoon.domain.question.Question;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlannerTest {
  private static final Bank KOREAN_WAR =
      new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));

  private static List<String> ids(List<Asked> plan) {
    return plan.stream().map(a -> a.question().id()).toList();
  }

  private static Selection all(Selection.QuestionOrder order, long seed) {
    return new Selection(List.of(), OptionalInt.empty(), order, seed, true);
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 42, -7, Long.MAX_VALUE})
  void the_same_seed_gives_the_same_questions_and_option_orders(long seed) {
    List<Asked> a =
        Planner.plan(
            List.of(KOREAN_WAR), all(Selection.QuestionOrder.SHUFFLE, seed), new Random(seed));
    List<Asked> b =
        Planner.plan(
            List.of(KOREAN_WAR), all(Selection.QuestionOrder.SHUFFLE, seed), new Random(seed));
    assertThat(a).isEqualTo(b);
  }

  @Test
  void a_seed_means_the_same_session_on_every_machine() {
    // Fixed by java.util.Random's specified generator and Planner's written-out shuffle.
    List<Asked> plan =
        Planner.plan(
            List.of(bank(choice("a"), choice("b"), choice("c"), choice("d"))),
            all(Selection.QuestionOrder.SHUFFLE, 42),
            new Random(42));
    assertThat(ids(plan)).containsExactly("d", "b", "a", "c");
    assertThat(plan.get(0).shown().items()).containsExactly(2, 1, 3, 0);
  }

  @Test
  void different_seeds_give_different_orders() {
    List<Asked> a =
        Planner.plan(List.of(KOREAN_WAR), all(Selection.QuestionOrder.SHUFFLE, 1), new Random(1));
    List<Asked> b =
        Planner.plan(List.of(KOREAN_WAR), all(Selection.QuestionOrder.SHUFFLE, 2), new Random(2));
    assertThat(ids(a)).isNotEqualTo(ids(b)).containsExactlyInAnyOrderElementsOf(ids(b));
  }

  @Test
  void bank_order_keeps_the_banks_order_and_count_cuts_it() {
    Selection first2 =
        new Selection(List.of(), OptionalInt.of(2), Selection.QuestionOrder.BANK, 0, false);
    List<Asked> plan =
        Planner.plan(
            List.of(bank(numeric("x", 1), numeric("y", 2), numeric("z", 3))),
            first2,
            new Random(0));
    assertThat(ids(plan)).containsExactly("x", "y");
  }

  @Test
  void tags_select_questions_with_any_of_them() {
    Selection tagged =
        new Selection(
            List.of("dates", "people"), OptionalInt.empty(), Selection.QuestionOrder.BANK, 0, true);
    List<Asked> plan =
        Planner.plan(
            List.of(
                bank(
                    numeric("x", 1, "dates"),
                    numeric("y", 2, "numbers"),
                    numeric("z", 3, "people"))),
            tagged,
            new Random(0));
    assertThat(ids(plan)).containsExactly("x", "z");
  }

  @Test
  void options_stay_in_bank_order_without_option_shuffling() {
    Selection fixed =
        new Selection(List.of(), OptionalInt.empty(), Selection.QuestionOrder.BANK, 3, false);
    List<Asked> plan = Planner.plan(List.of(bank(choice("a"))), fixed, new Random(3));
    assertThat(plan.get(0).shown().items()).isEmpty();
  }

  @Test
  void order_and_match_items_are_never_shown_in_the_answers_order() {
    for (long seed = 0; seed < 200; seed++) {
      for (Asked a :
          Planner.plan(
              List.of(KOREAN_WAR), all(Selection.QuestionOrder.BANK, seed), new Random(seed))) {
        List<Integer> shown =
            a.question() instanceof Question.Order
                ? a.shown().items()
                : a.question() instanceof Question.Match ? a.shown().rightItems() : null;
        if (shown != null) {
          assertThat(shown).isNotEqualTo(IntStream.range(0, shown.size()).boxed().toList());
        }
      }
    }
  }

  /** KOREAN_WAR, its questions read only when asked for; {@code reads} counts the reads. */
  private static Bank lazyKoreanWar(List<Integer> reads) {
    List<Question> all = KOREAN_WAR.questions();
    return new Bank(
        KOREAN_WAR.id(),
        KOREAN_WAR.title(),
        KOREAN_WAR.language(),
        KOREAN_WAR.source(),
        new LazyQuestions(
            all.stream().map(Question::id).toList(),
            all.stream().map(q -> q.info().tags()).toList(),
            i -> {
              reads.add(i);
              return all.get(i);
            },
            () -> {
              throw new AssertionError("planning read the whole bank");
            }));
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 42, -7, 2026})
  void a_bank_read_lazily_gives_the_same_plan_reading_only_the_questions_asked(long seed) {
    for (List<String> tags : List.of(List.<String>of(), List.of("dates"), List.of("people"))) {
      for (Selection.QuestionOrder order : Selection.QuestionOrder.values()) {
        for (OptionalInt count :
            List.of(OptionalInt.of(1), OptionalInt.of(5), OptionalInt.empty())) {
          Selection selection = new Selection(tags, count, order, seed, true);
          List<Integer> reads = new java.util.ArrayList<>();
          List<Asked> lazy =
              Planner.plan(List.of(lazyKoreanWar(reads)), selection, new Random(seed));
          List<Asked> eager = Planner.plan(List.of(KOREAN_WAR), selection, new Random(seed));
          assertThat(ids(lazy)).isEqualTo(ids(eager));
          assertThat(lazy.stream().map(Asked::question).toList())
              .isEqualTo(eager.stream().map(Asked::question).toList());
          assertThat(lazy.stream().map(Asked::shown).toList())
              .isEqualTo(eager.stream().map(Asked::shown).toList());
          assertThat(reads).hasSize(lazy.size());
        }
      }
    }
  }
}
