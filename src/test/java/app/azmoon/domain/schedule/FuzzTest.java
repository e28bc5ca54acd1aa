package app.azmoon.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FuzzTest {
  @ParameterizedTest(name = "{0} days after {1} elapsed (max {2}) may move to {3}–{4}")
  @CsvSource({
    // ±1 day plus 15% of the part in 2.5–7, 10% in 7–20, 5% beyond 20
    "3,    0, 36500,  2,   4",
    "7,    0, 36500,  5,   9",
    "10,   0, 36500,  8,  12",
    "30,   0, 36500, 27,  33",
    "100,  0, 36500, 93, 107",
    // never sooner than a day after what has already passed
    "10,   9, 36500, 10,  12",
    // never beyond the maximum
    "100,  0,   100, 93, 100",
  })
  void the_range_follows_the_fsrs_fuzz_ranges(int days, int elapsed, int max, int lo, int hi) {
    assertThat(Fuzz.range(days, elapsed, max)).isEqualTo(new Fuzz.Range(lo, hi));
  }

  @Test
  void intervals_under_two_and_a_half_days_are_not_fuzzed() {
    for (long seed = 0; seed < 100; seed++) {
      assertThat(Fuzz.apply(1, 0, 36500, seed)).isEqualTo(1);
      assertThat(Fuzz.apply(2, 0, 36500, seed)).isEqualTo(2);
    }
  }

  @Test
  void the_same_card_and_review_count_always_give_the_same_seed() {
    assertThat(Fuzz.seed("kw-text-stalin", 3)).isEqualTo(Fuzz.seed("kw-text-stalin", 3));
    assertThat(Fuzz.seed("kw-text-stalin", 3)).isNotEqualTo(Fuzz.seed("kw-text-stalin", 4));
    assertThat(Fuzz.seed("kw-text-stalin", 3)).isNotEqualTo(Fuzz.seed("kw-text-truman", 3));
  }

  @Test
  void cards_due_together_are_spread_over_the_whole_range() {
    Set<Integer> days = new HashSet<>();
    IntStream.range(0, 200).forEach(i -> days.add(Fuzz.apply(30, 0, 36500, Fuzz.seed("q" + i, 5))));
    assertThat(days).containsExactlyInAnyOrder(27, 28, 29, 30, 31, 32, 33);
  }

  @Test
  void the_fraction_is_spread_evenly_over_zero_to_one() {
    int[] buckets = new int[10];
    for (long seed = 0; seed < 10_000; seed++) {
      double f = Fuzz.fraction(seed);
      assertThat(f).isGreaterThanOrEqualTo(0).isLessThan(1);
      buckets[(int) (f * 10)]++;
    }
    for (int n : buckets) {
      assertThat(n).isBetween(850, 1150);
    }
  }
}
