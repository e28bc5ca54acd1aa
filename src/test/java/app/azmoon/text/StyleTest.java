package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StyleTest {
  private static final String ESCAPE = "\u001b\\[[0-9;]*m";

  static Stream<UnaryOperator<String>> paints() {
    Style style = new Style(true);
    return Stream.of(style::good, style::bad, style::warn, style::strong, style::dim);
  }

  @ParameterizedTest
  @MethodSource("paints")
  void colour_only_adds_escape_codes_and_keeps_every_character(UnaryOperator<String> paint) {
    for (String line : new String[] {"── خلاصه ──", "│ ┌─┐ █ ░ ✓ ✗", "Summary", "۱۹۵۰ — ١٩٥٠"}) {
      String painted = paint.apply(line);
      assertThat(painted).startsWith("\u001b[").endsWith("m");
      assertThat(painted.replaceAll(ESCAPE, "")).isEqualTo(line);
    }
  }

  @Test
  void without_colour_a_line_is_left_as_it_is() {
    Style plain = new Style(false);
    assertThat(plain.strong("── خلاصه ──")).isEqualTo("── خلاصه ──");
    assertThat(plain.good("")).isEmpty();
  }
}
