package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VerdictTest {

  @Test
  void correct_means_full_credit() {
    assertThat(Verdict.of(1, true, "a", "b").correct()).isTrue();
    assertThat(Verdict.of(0.5, false, "a", "b").correct()).isFalse();
    assertThat(Verdict.wrong("a", "b").credit()).isZero();
    assertThatThrownBy(() -> new Verdict(true, 0.5, false, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Verdict(false, 1, false, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.1, 1.01, Double.NaN, Double.POSITIVE_INFINITY})
  void credit_lies_between_0_and_1(double credit) {
    assertThatThrownBy(() -> Verdict.of(credit, false, "a", "b"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void an_empty_shown_order_is_the_bank_order_and_others_must_be_orders() {
    assertThat(ShownOrder.resolve(List.of(), 3)).containsExactly(0, 1, 2);
    assertThat(ShownOrder.resolve(List.of(2, 0, 1), 3)).containsExactly(2, 0, 1);
    assertThatThrownBy(() -> ShownOrder.resolve(List.of(0, 3, 1), 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ShownOrder.resolve(List.of(0, 0, 1), 3))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
