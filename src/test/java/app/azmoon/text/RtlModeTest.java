package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RtlModeTest {

  static Stream<Arguments> terminals() {
    return Stream.of(
        Arguments.of("VTE 0.76 (GNOME Terminal)", Map.of("VTE_VERSION", "7600"), RtlMode.TERMINAL),
        Arguments.of("VTE 0.58 exactly", Map.of("VTE_VERSION", "5800"), RtlMode.TERMINAL),
        Arguments.of("VTE before 0.58", Map.of("VTE_VERSION", "5202"), RtlMode.VISUAL),
        Arguments.of("VTE_VERSION garbage", Map.of("VTE_VERSION", "new"), RtlMode.VISUAL),
        Arguments.of("Konsole", Map.of("KONSOLE_VERSION", "230805"), RtlMode.TERMINAL),
        Arguments.of("Terminal.app", Map.of("TERM_PROGRAM", "Apple_Terminal"), RtlMode.TERMINAL),
        Arguments.of("mlterm by MLTERM", Map.of("MLTERM", "3.9.3"), RtlMode.TERMINAL),
        Arguments.of("mlterm by TERM", Map.of("TERM", "mlterm-256color"), RtlMode.TERMINAL),
        Arguments.of("xterm", Map.of("TERM", "xterm-256color"), RtlMode.VISUAL),
        Arguments.of("kitty", Map.of("KITTY_WINDOW_ID", "1"), RtlMode.VISUAL),
        Arguments.of("Windows Terminal", Map.of("WT_SESSION", "x"), RtlMode.VISUAL),
        Arguments.of("iTerm2", Map.of("TERM_PROGRAM", "iTerm.app"), RtlMode.VISUAL),
        Arguments.of("nothing known", Map.of(), RtlMode.VISUAL));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("terminals")
  void auto_leaves_bidi_to_terminals_known_to_do_it_and_reorders_for_the_rest(
      String terminal, Map<String, String> env, RtlMode expected) {
    assertThat(RtlMode.detect(env, true, Optional.empty())).isEqualTo(expected);
    assertThat(RtlMode.detect(env, true, Optional.of("auto"))).isEqualTo(expected);
  }

  @Test
  void auto_prints_logical_order_when_output_is_not_a_terminal() {
    assertThat(RtlMode.detect(Map.of("TERM", "xterm"), false, Optional.empty()))
        .isEqualTo(RtlMode.TERMINAL);
  }

  @Test
  void an_explicit_choice_wins_over_detection_even_in_a_pipe() {
    assertThat(RtlMode.detect(Map.of(), false, Optional.of("visual"))).isEqualTo(RtlMode.VISUAL);
    assertThat(RtlMode.detect(Map.of("VTE_VERSION", "7600"), true, Optional.of("Visual")))
        .isEqualTo(RtlMode.VISUAL);
    assertThat(RtlMode.detect(Map.of(), true, Optional.of("terminal"))).isEqualTo(RtlMode.TERMINAL);
  }

  @Test
  void the_option_wins_over_the_environment_variable_which_wins_over_auto() {
    Map<String, String> env = Map.of("AZMOON_RTL", "visual", "VTE_VERSION", "7600");
    assertThat(RtlMode.detect(env, true, Optional.empty())).isEqualTo(RtlMode.VISUAL);
    assertThat(RtlMode.detect(env, true, Optional.of("terminal"))).isEqualTo(RtlMode.TERMINAL);
    assertThat(RtlMode.detect(Map.of("AZMOON_RTL", " "), false, Optional.empty()))
        .isEqualTo(RtlMode.TERMINAL);
  }

  @Test
  void an_unknown_value_is_an_error_naming_where_it_came_from() {
    assertThatThrownBy(() -> RtlMode.detect(Map.of(), true, Optional.of("rtl")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("--rtl: unknown value 'rtl' (expected auto, terminal or visual)");
    assertThatThrownBy(() -> RtlMode.detect(Map.of("AZMOON_RTL", "yes"), true, Optional.empty()))
        .hasMessageStartingWith("AZMOON_RTL: unknown value 'yes'");
  }
}
