package app.azmoon.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParametersTest {
  @Test
  void the_defaults_are_fsrs6_at_90_percent_with_short_term_and_fuzz() {
    Parameters p = Parameters.DEFAULT;
    assertThat(p.weights()).hasSize(21).endsWith(0.1542);
    assertThat(p.retention()).isEqualTo(0.9);
    assertThat(p.maximumInterval()).isEqualTo(36_500);
    assertThat(p.learningSteps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
    assertThat(p.relearningSteps()).containsExactly(Duration.ofMinutes(10));
    assertThat(p.shortTerm()).isTrue();
    assertThat(p.fuzz()).isTrue();
  }

  @Test
  void steps_read_as_fsrs_tools_write_them() {
    assertThat(Parameters.parseSteps("1m 10m"))
        .containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10));
    assertThat(Parameters.parseSteps("30m,1h, 1d"))
        .containsExactly(Duration.ofMinutes(30), Duration.ofHours(1), Duration.ofDays(1));
    assertThat(Parameters.parseSteps(" ")).isEmpty();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"10", "m", "1.5m", "10s", "-1m", "1w"})
  void a_step_needs_a_whole_number_and_a_unit_of_m_h_or_d(String text) {
    assertThatThrownBy(() -> Parameters.parseStep(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void steps_are_whole_positive_minutes() {
    assertThatThrownBy(() -> Parameters.DEFAULT.withLearningSteps(List.of(Duration.ofSeconds(90))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Parameters.DEFAULT.withRelearningSteps(List.of(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "retention {0}")
  @ValueSource(doubles = {0, -0.5, 1.01, Double.NaN})
  void retention_is_a_probability_above_zero(double r) {
    assertThatThrownBy(() -> Parameters.DEFAULT.withRetention(r))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fsrs6_needs_21_weights_and_a_positive_decay() {
    assertThatThrownBy(
            () -> Parameters.DEFAULT.withWeights(Parameters.DEFAULT_WEIGHTS.subList(0, 19)))
        .isInstanceOf(IllegalArgumentException.class);
    List<Double> w = new ArrayList<>(Parameters.DEFAULT_WEIGHTS);
    w.set(20, 0.0);
    assertThatThrownBy(() -> Parameters.DEFAULT.withWeights(w))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_maximum_interval_is_at_least_a_day() {
    assertThatThrownBy(() -> Parameters.DEFAULT.withMaximumInterval(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void states_read_back_from_their_codes() {
    for (State s : State.values()) {
      assertThat(State.parse(" " + s.code().toUpperCase(java.util.Locale.ROOT) + " ")).contains(s);
    }
    assertThat(State.parse("suspended")).isEmpty();
  }
}
