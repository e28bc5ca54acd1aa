package app.azmoon.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MemoryModelTest {
  private final MemoryModel model = new MemoryModel(Parameters.DEFAULT);
  private final Memory card = new Memory(10, 5);

  @Test
  void a_first_rating_starts_at_its_weight_and_initial_difficulty() {
    Memory good = model.initial(Rating.GOOD);
    assertThat(good.stability()).isEqualTo(2.3065);
    assertThat(good.difficulty()).isCloseTo(6.4133 - Math.exp(2 * 0.8334) + 1, within(1e-8));
  }

  @Test
  void a_first_easy_clamps_difficulty_to_one() {
    assertThat(model.initial(Rating.EASY).difficulty()).isEqualTo(1);
  }

  @Test
  void recall_is_90_percent_after_stability_days() {
    assertThat(model.retrievability(10, 10)).isCloseTo(0.9, within(1e-8));
    assertThat(model.retrievability(0, 10)).isEqualTo(1);
  }

  @Test
  void at_90_percent_retention_the_interval_is_the_stability_rounded() {
    assertThat(model.interval(10.4)).isEqualTo(10);
    assertThat(model.interval(10.5)).isEqualTo(11);
  }

  @Test
  void intervals_are_at_least_a_day_and_at_most_the_maximum() {
    assertThat(model.interval(0.01)).isEqualTo(1);
    assertThat(new MemoryModel(Parameters.DEFAULT.withMaximumInterval(30)).interval(500))
        .isEqualTo(30);
  }

  @Test
  void a_lower_retention_gives_a_longer_interval() {
    MemoryModel relaxed = new MemoryModel(Parameters.DEFAULT.withRetention(0.8));
    assertThat(relaxed.interval(10)).isGreaterThan(model.interval(10));
  }

  @Test
  void difficulty_rises_on_again_and_hard_and_falls_on_easy() {
    assertThat(model.next(card, 10, Rating.AGAIN).difficulty()).isGreaterThan(5);
    assertThat(model.next(card, 10, Rating.HARD).difficulty()).isGreaterThan(5);
    assertThat(model.next(card, 10, Rating.EASY).difficulty()).isLessThan(5);
  }

  @Test
  void a_lapse_lowers_stability_and_a_recall_raises_it() {
    assertThat(model.next(card, 10, Rating.AGAIN).stability()).isLessThan(10);
    assertThat(model.next(card, 10, Rating.HARD).stability()).isGreaterThan(10);
  }

  @Test
  void easy_grows_stability_more_than_good_and_good_more_than_hard() {
    double hard = model.next(card, 10, Rating.HARD).stability();
    double good = model.next(card, 10, Rating.GOOD).stability();
    double easy = model.next(card, 10, Rating.EASY).stability();
    assertThat(hard).isLessThan(good);
    assertThat(good).isLessThan(easy);
  }

  @Test
  void a_same_day_pass_never_lowers_stability() {
    for (Rating g : new Rating[] {Rating.HARD, Rating.GOOD, Rating.EASY}) {
      assertThat(model.next(new Memory(50, 5), 0, g).stability()).isGreaterThanOrEqualTo(50);
    }
  }

  @Test
  void without_short_term_a_same_day_pass_keeps_stability() {
    MemoryModel longTerm = new MemoryModel(Parameters.DEFAULT.withShortTerm(false));
    assertThat(longTerm.next(card, 0, Rating.GOOD).stability()).isEqualTo(10);
  }
}
