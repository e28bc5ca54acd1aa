package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TerminalTextTest {

  // Expected strings write the visible stand-ins literally: "\\u009B" is the six characters of a
  // backslash-u escape, the control pictures are the characters themselves.
  static Stream<Arguments> neutralized() {
    return Stream.of(
        Arguments.of("ESC [2J (clear screen)", "a\u001B[2Jb", "a␛[2Jb"),
        Arguments.of("ESC [31m (colour)", "\u001B[31mred", "␛[31mred"),
        Arguments.of("OSC 0;title BEL (retitle)", "\u001B]0;pwned\u0007x", "␛]0;pwned␇x"),
        Arguments.of("DCS ... ST", "\u001BPq#0\u001B\\", "␛Pq#0␛\\"),
        Arguments.of("C1 CSI U+009B", "\u009B2J", "\\u009B2J"),
        Arguments.of("C1 OSC U+009D and ST U+009C", "\u009D0;t\u009C", "\\u009D0;t\\u009C"),
        Arguments.of("C1 DCS U+0090", "\u0090q", "\\u0090q"),
        Arguments.of("C1 NEL U+0085", "a\u0085b", "a\\u0085b"),
        Arguments.of("DEL", "a\u007Fb", "a␡b"),
        Arguments.of("NUL", "a\u0000b", "a␀b"),
        Arguments.of("carriage return", "abc\rxyz", "abc␍xyz"),
        Arguments.of("backspace", "abc\bX", "abc␈X"),
        Arguments.of("lone high surrogate", "a\uD83Db", "a\\uD83Db"),
        Arguments.of("lone low surrogate", "a\uDE00", "a\\uDE00"),
        Arguments.of("swapped surrogates", "\uDE00\uD83D", "\\uDE00\\uD83D"),
        Arguments.of("RLO U+202E", "abc\u202Edef", "abc\\u202Edef"),
        Arguments.of("LRE U+202A", "\u202Ax", "\\u202Ax"),
        Arguments.of("PDF U+202C", "x\u202C", "x\\u202C"),
        Arguments.of("LRI U+2066", "\u2066x", "\\u2066x"),
        Arguments.of("RLI U+2067", "\u2067x", "\\u2067x"),
        Arguments.of("PDI U+2069", "x\u2069", "x\\u2069"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("neutralized")
  void controls_escapes_and_bidi_overrides_are_shown_not_obeyed(
      String what, String input, String shown) {
    assertThat(TerminalText.line(input)).isEqualTo(shown);
    assertThat(TerminalText.block(input)).isEqualTo(shown);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "می\u200Cخواهم", // ZWNJ
        "ب\u200D", // ZWJ
        "\u200Eabc", // LRM
        "\u200Fabc", // RLM
        "\u061C۱۲", // ALM
        "طبیعتاً",
        "emoji \uD83D\uDE00 pair",
        "no\u00A0break",
        "한국전쟁 中文"
      })
  void what_persian_and_other_scripts_need_is_kept_unchanged(String text) {
    assertThat(TerminalText.line(text)).isSameAs(text);
    assertThat(TerminalText.block(text)).isSameAs(text);
  }

  @Test
  void block_keeps_newlines_and_tabs() {
    assertThat(TerminalText.block("a\n\tb\u001B")).isEqualTo("a\n\tb␛");
  }

  @Test
  void line_turns_newlines_and_tabs_into_spaces() {
    assertThat(TerminalText.line("a\n\tb")).isEqualTo("a  b");
  }

  /** Characters a random hostile string is drawn from: controls, halves of pairs, Persian. */
  private static final int[] POOL = {
    0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x90, 0x9B, 0x9C, 0x9D, 0x9F, 0xD83D,
    0xDE00, 0x202A, 0x202E, 0x2066, 0x2069, 0x200C, 0x200D, 0x200E, 0x200F, 0x061C, '[', ']', ';',
    '\\', 'u', '2', 'a', 0x0633, 0x0644, 0x0627, 0x0645, 0x064B, 0x2400, 0x241B
  };

  static IntStream seeds() {
    return IntStream.rangeClosed(1, 200);
  }

  private static String hostile(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder s = new StringBuilder();
    for (int n = random.nextInt(0, 40); n > 0; n--) {
      s.append((char) POOL[random.nextInt(POOL.length)]);
    }
    return s.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void line_and_block_are_idempotent(long seed) {
    String s = hostile(seed);
    assertThat(TerminalText.line(TerminalText.line(s))).isEqualTo(TerminalText.line(s));
    assertThat(TerminalText.block(TerminalText.block(s))).isEqualTo(TerminalText.block(s));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void no_control_lone_surrogate_or_bidi_override_survives(long seed) {
    String line = TerminalText.line(hostile(seed));
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      assertThat(c < 0x20 || (c >= 0x7F && c <= 0x9F)).as("control at %d", i).isFalse();
      assertThat((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)).isFalse();
      if (Character.isHighSurrogate(c)) {
        assertThat(i + 1 < line.length() && Character.isLowSurrogate(line.charAt(i + 1))).isTrue();
        i++;
      } else {
        assertThat(Character.isLowSurrogate(c)).as("lone low surrogate at %d", i).isFalse();
      }
    }
  }
}
