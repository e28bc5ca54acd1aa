package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LayoutTest {

  @Test
  void terminal_mode_prints_wrapped_lines_in_logical_order_without_padding() {
    assertThat(Layout.lines("سلام دنیا", 4, RtlMode.TERMINAL)).containsExactly("سلام", "دنیا");
  }

  @Test
  void visual_mode_right_aligns_a_persian_paragraph_by_display_width() {
    // سلام shaped is three glyphs (LAM-ALEF is one), so 10 - 3 = 7 spaces of padding.
    assertThat(Layout.lines("سلام", 10, RtlMode.VISUAL))
        .containsExactly("       \uFEE1\uFEFC\uFEB3");
  }

  @Test
  void visual_mode_wraps_in_logical_order_first_then_reorders_each_line() {
    // Logical lines "یک دو" and "سه". دو: د isolated FEA9, و isolated FEED; یک: ی initial
    // FBFE, ک final FB8F; سه: س initial FEB3, ه final FEEA. Each line reversed; the first
    // fills the 5 columns, the second gets 3 spaces.
    assertThat(Layout.lines("یک دو سه", 5, RtlMode.VISUAL))
        .containsExactly("\uFEED\uFEA9 \uFB8F\uFBFE", "   \uFEEA\uFEB3");
  }

  @Test
  void padding_counts_columns_so_marks_and_zwnj_add_none() {
    // طبیعتاً is 6 columns (the tanwin takes none): 8 - 6 = 2 spaces.
    assertThat(Layout.lines("طبیعتاً", 8, RtlMode.VISUAL))
        .containsExactly("  \uFE8E\u064B\uFE98\uFECC\uFBFF\uFE92\uFEC3");
    // می‌خواهم is 7 columns; the ZWNJ is dropped: 8 - 7 = 1 space.
    assertThat(Layout.lines("می\u200Cخواهم", 8, RtlMode.VISUAL))
        .containsExactly(" \uFEE2\uFEEB\uFE8D\uFEEE\uFEA7\uFBFD\uFEE3");
  }

  @Test
  void visual_mode_leaves_an_english_paragraph_unpadded_and_in_order() {
    assertThat(Layout.lines("The war began (1950).", 12, RtlMode.VISUAL))
        .containsExactly("The war", "began", "(1950).");
  }

  @Test
  void the_paragraph_not_the_line_decides_the_direction() {
    // Line two starts with a Latin word but belongs to a Persian paragraph: in visual mode it is
    // right-aligned; in terminal mode an RLM tells a bidi terminal its direction.
    assertThat(Layout.lines("سلام Seoul Busan", 11, RtlMode.VISUAL))
        .containsExactly("  Seoul \uFEE1\uFEFC\uFEB3", "      Busan");
    assertThat(Layout.lines("سلام Seoul Busan", 11, RtlMode.TERMINAL))
        .containsExactly("سلام Seoul", "\u200FBusan");
  }

  @Test
  void each_newline_starts_a_paragraph_with_its_own_direction_and_blank_lines_stay() {
    assertThat(Layout.lines("سه\n\nSeoul", 5, RtlMode.VISUAL))
        .containsExactly("   \uFEEA\uFEB3", "", "Seoul");
  }

  @Test
  void bank_text_is_neutralized_in_both_modes() {
    assertThat(Layout.lines("a\u001B[2J\tb\u202E", 20, RtlMode.TERMINAL))
        .containsExactly("a␛[2J b\\u202E");
    assertThat(Layout.lines("a\u001B[2J\tb\u202E", 20, RtlMode.VISUAL))
        .containsExactly("a␛[2J b\\u202E");
  }
}
