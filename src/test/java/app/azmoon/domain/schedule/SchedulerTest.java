package app.azmoon.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulerTest {
  private static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");
  private static final Parameters NO_FUZZ = Parameters.DEFAULT.withFuzz(false);
  private static final Scheduler SHORT = new Scheduler(NO_FUZZ);
  private static final Scheduler LONG = new Scheduler(NO_FUZZ.withShortTerm(false));

  private static CardState after(Scheduler s, Rating... ratings) {
    CardState c = CardState.NEW;
    Instant at = T0;
    for (Rating r : ratings) {
      c = s.review(c, r, at, "c");
      at = c.due();
    }
    return c;
  }

  private static List<String> labels(Outcomes o) {
    return o.all().stream().map(x -> Intervals.format(x.interval())).toList();
  }

  @Test
  void a_new_card_offers_one_minute_six_minutes_ten_minutes_and_eight_days() {
    assertThat(labels(SHORT.next(CardState.NEW, T0, "c"))).containsExactly("1m", "6m", "10m", "8d");
  }

  @Test
  void a_new_card_rated_good_starts_learning_on_step_one() {
    CardState c = SHORT.review(CardState.NEW, Rating.GOOD, T0, "c");
    assertThat(c)
        .isEqualTo(
            new CardState(
                State.LEARNING, 2.3065, 2.11810397, T0.plusSeconds(600), Optional.of(T0), 1, 0, 1));
  }

  @Test
  void again_on_any_step_goes_back_to_the_first_step() {
    Outcome again = SHORT.next(after(SHORT, Rating.GOOD), T0.plusSeconds(600), "c").again();
    assertThat(again.card().state()).isEqualTo(State.LEARNING);
    assertThat(again.card().step()).isZero();
    assertThat(again.interval()).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void hard_stays_on_its_step_and_waits_halfway_between_the_first_two_steps() {
    Outcome hard = SHORT.next(after(SHORT, Rating.GOOD), T0.plusSeconds(600), "c").hard();
    assertThat(hard.card().step()).isEqualTo(1);
    assertThat(hard.interval()).isEqualTo(Duration.ofMinutes(6));
  }

  @Test
  void hard_with_a_single_step_waits_one_and_a_half_steps() {
    CardState relearning = after(SHORT, Rating.EASY, Rating.AGAIN);
    assertThat(relearning.state()).isEqualTo(State.RELEARNING);
    Outcome hard = SHORT.next(relearning, relearning.due(), "c").hard();
    assertThat(hard.interval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(hard.card().state()).isEqualTo(State.RELEARNING);
  }

  @Test
  void good_moves_to_the_next_step() {
    Outcome good = SHORT.next(after(SHORT, Rating.AGAIN), T0.plusSeconds(60), "c").good();
    assertThat(good.card().step()).isEqualTo(1);
    assertThat(good.interval()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void good_on_the_last_step_graduates_to_review_in_days() {
    Outcome good = SHORT.next(after(SHORT, Rating.GOOD), T0.plusSeconds(600), "c").good();
    assertThat(good.card().state()).isEqualTo(State.REVIEW);
    assertThat(good.card().step()).isZero();
    assertThat(good.scheduledDays()).isEqualTo(2);
  }

  @Test
  void easy_graduates_from_any_step() {
    Outcome easy = SHORT.next(after(SHORT, Rating.AGAIN), T0.plusSeconds(60), "c").easy();
    assertThat(easy.card().state()).isEqualTo(State.REVIEW);
    assertThat(easy.scheduledDays()).isPositive();
  }

  @Test
  void again_on_review_relearns_for_the_relearning_step_and_counts_a_lapse() {
    CardState review = after(SHORT, Rating.EASY);
    Outcome again = SHORT.next(review, review.due(), "c").again();
    assertThat(again.card().state()).isEqualTo(State.RELEARNING);
    assertThat(again.card().lapses()).isEqualTo(1);
    assertThat(again.interval()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void without_relearning_steps_again_on_review_is_scheduled_in_days() {
    Scheduler s = new Scheduler(NO_FUZZ.withRelearningSteps(List.of()));
    CardState review = after(s, Rating.EASY);
    Outcome again = s.next(review, review.due(), "c").again();
    assertThat(again.card().state()).isEqualTo(State.REVIEW);
    assertThat(again.card().lapses()).isEqualTo(1);
    assertThat(again.scheduledDays()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void without_learning_steps_every_rating_of_a_new_card_is_scheduled_in_days() {
    Scheduler s = new Scheduler(NO_FUZZ.withLearningSteps(List.of()));
    assertThat(s.next(CardState.NEW, T0, "c").all())
        .allSatisfy(o -> assertThat(o.card().state()).isEqualTo(State.REVIEW))
        .allSatisfy(o -> assertThat(o.scheduledDays()).isGreaterThanOrEqualTo(1));
  }

  @Test
  void a_step_of_a_day_or_more_is_served_as_review_but_keeps_its_place() {
    Scheduler s = new Scheduler(NO_FUZZ.withLearningSteps(Parameters.parseSteps("10m 1d")));
    Outcome good = s.next(CardState.NEW, T0, "c").good();
    assertThat(good.card().state()).isEqualTo(State.REVIEW);
    assertThat(good.card().step()).isEqualTo(1);
    assertThat(good.interval()).isEqualTo(Duration.ofDays(1));
  }

  @Test
  void long_term_schedules_every_rating_of_a_new_card_in_growing_days() {
    assertThat(labels(LONG.next(CardState.NEW, T0, "c"))).containsExactly("1d", "2d", "3d", "8d");
    assertThat(LONG.next(CardState.NEW, T0, "c").all())
        .allSatisfy(o -> assertThat(o.card().state()).isEqualTo(State.REVIEW));
  }

  @Test
  void long_term_again_counts_a_lapse_except_on_a_new_card() {
    assertThat(LONG.next(CardState.NEW, T0, "c").again().card().lapses()).isZero();
    CardState review = after(LONG, Rating.GOOD);
    assertThat(LONG.next(review, review.due(), "c").again().card().lapses()).isEqualTo(1);
  }

  @Test
  void long_term_takes_a_card_left_on_a_learning_step_to_review() {
    CardState learning = after(SHORT, Rating.GOOD);
    assertThat(LONG.next(learning, learning.due(), "c").all())
        .allSatisfy(o -> assertThat(o.card().state()).isEqualTo(State.REVIEW));
  }

  @Test
  void every_outcome_counts_the_review_and_records_its_time() {
    CardState c = after(SHORT, Rating.GOOD, Rating.GOOD);
    Instant at = c.due().plusSeconds(3600);
    assertThat(SHORT.next(c, at, "c").all())
        .allSatisfy(o -> assertThat(o.card().reps()).isEqualTo(3))
        .allSatisfy(o -> assertThat(o.card().lastReview()).contains(at))
        .allSatisfy(o -> assertThat(o.card().due()).isEqualTo(at.plus(o.interval())));
  }

  @Test
  void elapsed_days_count_utc_dates_not_24_hour_periods() {
    Instant lateEvening = Instant.parse("2026-03-01T23:50:00Z");
    assertThat(Scheduler.elapsedDays(lateEvening, lateEvening.plusSeconds(20 * 60))).isEqualTo(1);
    Instant earlyMorning = Instant.parse("2026-03-01T00:10:00Z");
    assertThat(Scheduler.elapsedDays(earlyMorning, lateEvening)).isZero();
  }

  @Test
  void elapsed_days_are_the_difference_of_the_utc_dates_for_any_two_instants() {
    java.util.Random random = new java.util.Random(13);
    long span = 400L * 365 * 86_400; // 1770 to 2170, before and after the epoch
    for (int i = 0; i < 200_000; i++) {
      Instant from = Instant.ofEpochSecond(random.nextLong() % span, random.nextInt(1_000_000_000));
      // Near the first one as often as far away: a day's edges are where a rule slips.
      Instant to =
          i % 2 == 0
              ? from.plusSeconds(random.nextInt(3 * 86_400) - 86_400)
              : Instant.ofEpochSecond(random.nextLong() % span);
      assertThat(Scheduler.elapsedDays(from, to))
          .as("%s to %s", from, to)
          .isEqualTo(
              java.time.temporal.ChronoUnit.DAYS.between(
                  java.time.LocalDate.ofInstant(from, java.time.ZoneOffset.UTC),
                  java.time.LocalDate.ofInstant(to, java.time.ZoneOffset.UTC)));
    }
  }

  @Test
  void a_review_dated_before_the_last_one_counts_as_the_same_day() {
    CardState review = after(SHORT, Rating.EASY);
    Instant earlier = T0.minus(Duration.ofDays(3));
    assertThat(SHORT.next(review, earlier, "c").good().card().stability())
        .isEqualTo(SHORT.next(review, T0, "c").good().card().stability());
  }

  @Test
  void replay_equals_reviewing_one_by_one() {
    List<Review> log =
        List.of(
            Review.of("b", "c", T0, Rating.GOOD),
            Review.of("b", "c", T0.plusSeconds(700), Rating.GOOD),
            Review.of("b", "c", T0.plus(Duration.ofDays(3)), Rating.HARD));
    CardState c = CardState.NEW;
    for (Review r : log) {
      c = SHORT.review(c, r.rating(), r.at(), r.card());
    }
    assertThat(SHORT.replay(log)).isEqualTo(c);
  }

  @Test
  void replay_refuses_reviews_of_two_cards() {
    List<Review> log =
        List.of(Review.of("b", "c", T0, Rating.GOOD), Review.of("b", "d", T0, Rating.GOOD));
    assertThatThrownBy(() -> SHORT.replay(log)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recall_is_90_percent_after_stability_days_and_0_for_a_new_card() {
    CardState review =
        new CardState(State.REVIEW, 10, 5, T0.plus(Duration.ofDays(10)), Optional.of(T0), 3, 0, 0);
    assertThat(SHORT.retrievability(review, T0.plus(Duration.ofDays(10))))
        .isCloseTo(0.9, within(1e-8));
    assertThat(SHORT.retrievability(review, T0.plus(Duration.ofDays(30)))).isLessThan(0.9);
    assertThat(SHORT.retrievability(CardState.NEW, T0)).isZero();
  }
}
