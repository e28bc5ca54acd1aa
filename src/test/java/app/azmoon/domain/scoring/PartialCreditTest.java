package app.azmoon.domain.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PartialCreditTest {

  @ParameterizedTest(name = "{0} right, {1} wrong of {2}: {3}")
  @CsvSource({
    "3, 0, 3, 1",
    "2, 0, 3, 0.6667",
    "2, 1, 3, 0.3333",
    "1, 1, 3, 0",
    "1, 2, 3, 0", // floored at 0: guessing every option earns nothing
    "3, 2, 3, 0.3333", // every right pick, but not only those: not full credit
    "0, 0, 2, 0",
  })
  void select_all_is_right_minus_wrong_picks_over_right_options_floored_at_0(
      int right, int wrong, int options, double credit) {
    assertThat(PartialCredit.selectAll(right, wrong, options)).isCloseTo(credit, within(1e-4));
  }

  @ParameterizedTest(name = "{0} of {1}: {2}")
  @CsvSource({"4, 4, 1", "2, 4, 0.5", "0, 3, 0", "1, 3, 0.3333"})
  void order_match_and_cloze_earn_the_share_right(int right, int total, double credit) {
    assertThat(PartialCredit.share(right, total)).isCloseTo(credit, within(1e-4));
  }

  @Test
  void impossible_counts_are_refused() {
    assertThatThrownBy(() -> PartialCredit.selectAll(4, 0, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialCredit.share(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PartialCredit.share(-1, 2))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
