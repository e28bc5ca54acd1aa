package app.azmoon.engine;

import static app.azmoon.engine.Banks.bank;
import static app.azmoon.engine.Banks.choice;
import static app.azmoon.engine.Banks.numeric;
import static app.azmoon.engine.Banks.typed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.azmoon.domain.answer.ShownOrder;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionTest {
  private final Banks.Clock clock = new Banks.Clock();

  private Session session(Rules rules, Bank bank) {
    List<Asked> plan =
        bank.questions().stream().map(q -> new Asked(bank, q, ShownOrder.BANK_ORDER)).toList();
    return new Session(plan, rules, Language.FA, clock, new Random(1));
  }

  @Test
  void a_right_answer_scores_its_points_and_builds_the_streak() {
    Session s = session(Rules.DEFAULT, bank(numeric("a", 635000), numeric("b", 38)));
    Feedback f = s.answer("ششصد و سی و پنج هزار");
    assertThat(f.outcome()).isEqualTo(Outcome.RIGHT);
    assertThat(f.earned()).isEqualTo(1.0);
    assertThat(f.streak()).isEqualTo(1);
    assertThat(s.answer("۳۸").streak()).isEqualTo(2);
    assertThat(s.over()).isTrue();
    assertThat(s.summary().percent()).isEqualTo(100.0);
    assertThat(s.summary().bestStreak()).isEqualTo(2);
  }

  @Test
  void turns_are_numbered_against_the_planned_total() {
    Session s = session(Rules.DEFAULT, bank(numeric("a", 1), numeric("b", 2), numeric("c", 3)));
    assertThat(s.current().orElseThrow().number()).isEqualTo(1);
    s.answer("1");
    Session.Turn second = s.current().orElseThrow();
    assertThat(second.number()).isEqualTo(2);
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.retry()).isFalse();
  }

  @Test
  void a_wrong_answer_breaks_the_streak_and_is_listed_as_missed() {
    Session s = session(Rules.DEFAULT, bank(numeric("a", 1), numeric("b", 2), numeric("c", 3)));
    s.answer("1");
    Feedback wrong = s.answer("5");
    assertThat(wrong.outcome()).isEqualTo(Outcome.WRONG);
    assertThat(wrong.streak()).isZero();
    s.answer("3");
    Summary summary = s.summary();
    assertThat(summary.bestStreak()).isEqualTo(1);
    assertThat(summary.missed()).extracting(f -> f.asked().question().id()).containsExactly("b");
    assertThat(summary.missed().get(0).answer()).isEqualTo("5");
    assertThat(summary.missed().get(0).verdict().expected()).isEqualTo("۲");
  }

  @Test
  void a_skip_earns_nothing_and_shows_the_right_answer() {
    Session s = session(Rules.DEFAULT, bank(typed("a", "استالین")));
    Feedback f = s.skip();
    assertThat(f.outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(f.earned()).isZero();
    assertThat(f.verdict().expected()).isEqualTo("استالین");
    assertThat(s.summary().max()).isEqualTo(1.0);
  }

  @Test
  void an_answer_after_the_time_limit_scores_nothing() {
    Session s =
        session(
            new Rules(Optional.of(Duration.ofSeconds(30)), false, false),
            bank(numeric("a", 1), numeric("b", 2)));
    s.current();
    clock.advance(Duration.ofSeconds(31));
    Feedback late = s.answer("1");
    assertThat(late.outcome()).isEqualTo(Outcome.TIME_UP);
    assertThat(late.earned()).isZero();
    s.current();
    clock.advance(Duration.ofSeconds(29));
    assertThat(s.answer("2").outcome()).isEqualTo(Outcome.RIGHT);
  }

  @Test
  void the_time_counts_from_when_the_question_is_first_shown() {
    Session s =
        session(
            new Rules(Optional.of(Duration.ofSeconds(10)), false, false), bank(numeric("a", 1)));
    clock.advance(Duration.ofMinutes(5)); // before the question is shown
    s.current();
    clock.advance(Duration.ofSeconds(9));
    assertThat(s.answer("1").took()).isEqualTo(Duration.ofSeconds(9));
  }

  @Test
  void a_fast_right_answer_earns_up_to_half_again_with_the_speed_bonus() {
    Session s =
        session(
            new Rules(Optional.of(Duration.ofSeconds(20)), true, false),
            bank(numeric("a", 1), numeric("b", 2), numeric("c", 3)));
    s.current();
    assertThat(s.answer("1").bonus()).isEqualTo(0.5);
    s.current();
    clock.advance(Duration.ofSeconds(10));
    assertThat(s.answer("2").bonus()).isCloseTo(0.25, within(1e-9));
    s.current();
    clock.advance(Duration.ofSeconds(1));
    assertThat(s.answer("9").bonus()).isZero();
    assertThat(s.summary().score()).isCloseTo(2.75, within(1e-9));
    assertThat(s.summary().percent()).isCloseTo(200.0 / 3, within(1e-9));
  }

  @Test
  void a_partly_right_answer_earns_no_speed_bonus() {
    Bank b =
        bank(
            new app.azmoon.domain.question.Question.Choice(
                Banks.info("m"),
                List.of(Banks.fa("الف"), Banks.fa("ب"), Banks.fa("ج")),
                java.util.Set.of(0, 1),
                false));
    Session s = session(new Rules(Optional.empty(), true, false), b);
    Feedback f = s.answer("1");
    assertThat(f.outcome()).isEqualTo(Outcome.PARTIAL);
    assertThat(f.bonus()).isZero();
  }

  @Test
  void a_hint_on_a_number_gives_its_first_digit_and_length() {
    Session s = session(Rules.DEFAULT, bank(numeric("a", 635000)));
    Hint h = s.hint().orElseThrow();
    assertThat(h.starts()).containsExactly("6");
    assertThat(h.digits()).isEqualTo(6);
  }

  @Test
  void the_running_score_and_streak_are_the_sessions() {
    Session s = session(Rules.DEFAULT, bank(numeric("a", 1), numeric("b", 2)));
    s.answer("1");
    assertThat(s.score()).isEqualTo(1.0);
    assertThat(s.streak()).isEqualTo(1);
  }

  @Test
  void no_speed_bonus_unless_asked_for() {
    Session s = session(Rules.DEFAULT, bank(numeric("a", 1)));
    assertThat(s.answer("1").bonus()).isZero();
  }

  @Test
  void retry_missed_asks_again_until_right_counting_only_first_tries() {
    Session s =
        session(new Rules(Optional.empty(), false, true), bank(numeric("a", 1), numeric("b", 2)));
    s.answer("9"); // a: wrong, comes back
    s.answer("2"); // b: right
    Session.Turn retry = s.current().orElseThrow();
    assertThat(retry.asked().question().id()).isEqualTo("a");
    assertThat(retry.retry()).isTrue();
    assertThat(s.answer("8").firstTry()).isFalse(); // still wrong: once more
    Feedback right = s.answer("1");
    assertThat(right.earned()).isZero();
    assertThat(s.over()).isTrue();
    Summary summary = s.summary();
    assertThat(summary.firstTries()).hasSize(2);
    assertThat(summary.earned()).isEqualTo(1.0);
    assertThat(summary.missed()).extracting(f -> f.asked().question().id()).containsExactly("a");
  }

  @Test
  void a_hint_on_a_choice_removes_one_wrong_option_and_halves_the_points() {
    Session s = session(Rules.DEFAULT, bank(choice("a")));
    Hint first = s.hint().orElseThrow();
    assertThat(first.removed()).hasSize(1).doesNotContain(1);
    Hint second = s.hint().orElseThrow();
    assertThat(second.removed()).hasSize(2).doesNotContain(1);
    assertThat(s.hint()).as("one wrong option always stays").isEmpty();
    Feedback f = s.answer("2");
    assertThat(f.outcome()).isEqualTo(Outcome.RIGHT);
    assertThat(f.hinted()).isTrue();
    assertThat(f.earned()).isEqualTo(0.5);
  }

  @Test
  void a_hint_on_a_text_answer_reveals_its_first_letter_once() {
    Session s = session(Rules.DEFAULT, bank(typed("a", "استالین")));
    assertThat(s.hint().orElseThrow().starts()).containsExactly("ا");
    assertThat(s.hint()).isEmpty();
  }

  @Test
  void ending_early_sums_up_only_what_was_answered() {
    Session s = session(Rules.DEFAULT, bank(numeric("a", 1), numeric("b", 2), numeric("c", 3)));
    s.answer("1");
    clock.advance(Duration.ofSeconds(7));
    s.end();
    assertThat(s.current()).isEmpty();
    Summary summary = s.summary();
    assertThat(summary.firstTries()).hasSize(1);
    assertThat(summary.planned()).isEqualTo(3);
    assertThat(summary.max()).isEqualTo(1.0);
    assertThat(summary.time()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void play_ended_early_counts_what_it_asked_as_answered() {
    Session s = session(Rules.DEFAULT, bank(numeric("a", 1), numeric("b", 2), numeric("c", 3)));
    s.skip();
    s.end();
    assertThat(s.summary().answered()).isEqualTo(1);
    assertThat(s.summary().max()).isEqualTo(1.0);
  }

  /** {@code n} numeric questions; question i answers i and is worth i + 1 points. */
  private static Bank weighted(int n) {
    Question[] questions = new Question[n];
    for (int i = 0; i < n; i++) {
      BigDecimal answer = BigDecimal.valueOf(i);
      questions[i] =
          new Question.Numeric(
              new Info(
                  "q" + i,
                  Banks.fa("پرسش " + i),
                  Optional.empty(),
                  Optional.empty(),
                  List.of("t" + (i % 2)),
                  i + 1),
              answer,
              answer,
              answer,
              Optional.empty());
    }
    return bank(questions);
  }

  @ParameterizedTest(name = "{0} questions, ended after {1}")
  @CsvSource({"1,0", "2,1", "3,1", "8,1", "8,7", "5,5", "6,3", "12,0"})
  void a_drill_ended_early_scores_out_of_every_question_those_not_reached_as_0(
      int planned, int reached) {
    Session s = session(Rules.DEFAULT.forDrill(), weighted(planned));
    for (int i = 0; i < reached; i++) {
      s.answer(String.valueOf(i)); // every answer right
    }
    s.end();
    assertThat(s.current()).isEmpty();
    Summary summary = s.summary();
    int allPoints = planned * (planned + 1) / 2;
    int earnedPoints = reached * (reached + 1) / 2;
    assertThat(summary.answered()).isEqualTo(reached);
    assertThat(summary.planned()).isEqualTo(planned);
    assertThat(summary.max()).isEqualTo(allPoints);
    assertThat(summary.earned()).isEqualTo(earnedPoints);
    assertThat(summary.percent()).isCloseTo(100.0 * earnedPoints / allPoints, within(1e-9));
    assertThat(summary.firstTries())
        .extracting(f -> f.asked().question().id())
        .containsExactlyElementsOf(IntStream.range(0, planned).mapToObj(i -> "q" + i).toList());
    assertThat(summary.firstTries().subList(reached, planned))
        .allSatisfy(
            f -> {
              assertThat(f.outcome()).isEqualTo(Outcome.NOT_REACHED);
              assertThat(f.earned()).isZero();
              assertThat(f.answer()).isEmpty();
              assertThat(f.verdict().expected()).isNotBlank();
            });
    assertThat(summary.missed()).as("questions never seen are not listed to review").isEmpty();
    double tagMax = summary.tags().values().stream().mapToDouble(Summary.TagScore::max).sum();
    assertThat(tagMax).isEqualTo(allPoints);
  }

  @Test
  void a_drill_that_runs_to_its_end_is_the_same_as_play() {
    Session drill = session(Rules.DEFAULT.forDrill(), weighted(3));
    Session play = session(Rules.DEFAULT, weighted(3));
    for (Session s : List.of(drill, play)) {
      s.answer("0");
      s.skip();
      s.answer("9");
      s.end();
    }
    assertThat(drill.summary().max()).isEqualTo(play.summary().max()).isEqualTo(6);
    assertThat(drill.summary().answered()).isEqualTo(play.summary().answered()).isEqualTo(3);
    assertThat(drill.summary().missed()).hasSize(2);
  }

  @Test
  void a_drill_with_retries_counts_each_question_once_when_ended() {
    Session s = session(new Rules(Optional.empty(), false, true).forDrill(), weighted(3));
    s.answer("5"); // q0 wrong: queued again behind q1 and q2
    s.answer("1"); // q1 right
    s.end(); // q2 never asked; q0's retry is not a question of its own
    s.end(); // ending twice adds nothing
    Summary summary = s.summary();
    assertThat(summary.firstTries())
        .extracting(f -> f.asked().question().id() + ":" + f.outcome())
        .containsExactly("q0:WRONG", "q1:RIGHT", "q2:NOT_REACHED");
    assertThat(summary.answered()).isEqualTo(2);
    assertThat(summary.max()).isEqualTo(6);
  }

  @Test
  void the_summary_breaks_the_score_down_by_tag() {
    Session s =
        session(
            Rules.DEFAULT, bank(numeric("a", 1, "dates", "numbers"), numeric("b", 2, "numbers")));
    s.answer("1");
    s.answer("0");
    Summary summary = s.summary();
    assertThat(summary.tags().get("dates")).isEqualTo(new Summary.TagScore(1, 1));
    assertThat(summary.tags().get("numbers")).isEqualTo(new Summary.TagScore(1, 2));
  }

  @Test
  void choice_answers_name_the_options_as_shown() {
    Bank b = bank(choice("a"));
    Session s =
        new Session(
            List.of(new Asked(b, b.questions().get(0), ShownOrder.of(List.of(3, 1, 0, 2)))),
            Rules.DEFAULT,
            Language.FA,
            clock,
            new Random(1));
    assertThat(s.answer("۲").outcome()).isEqualTo(Outcome.RIGHT); // shown second: ترومن
  }
}
