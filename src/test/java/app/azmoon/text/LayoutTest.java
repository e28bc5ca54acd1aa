package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
    // A blank line stays empty in a right-to-left context too, rather than 5 spaces.
    assertThat(Layout.lines("سه\n\nSeoul", 5, RtlMode.VISUAL, true))
        .containsExactly("   \uFEEA\uFEB3", "", "Seoul");
    assertThat(Layout.lines("\n", 5, RtlMode.TERMINAL, true)).containsExactly("", "");
  }

  @Test
  void bank_text_is_neutralized_in_both_modes() {
    assertThat(Layout.lines("a\u001B[2J\tb\u202E", 20, RtlMode.TERMINAL))
        .containsExactly("a␛[2J b\\u202E");
    assertThat(Layout.lines("a\u001B[2J\tb\u202E", 20, RtlMode.VISUAL))
        .containsExactly("a␛[2J b\\u202E");
  }

  // --- Mixed directions ------------------------------------------------------------------------

  private static final String LRI = "\u2066";
  private static final String RLI = "\u2067";
  private static final String PDI = "\u2069";

  /** سخت shaped and in visual order: س initial, خ medial, ت final, last letter first. */
  private static final String SAKHT = "\uFE96\uFEA8\uFEB3";

  /** خوب shaped and in visual order: خ initial, و final, ب isolated (و never joins forward). */
  private static final String KHUB = "\uFE8F\uFEEE\uFEA7";

  @Test
  void a_latin_unit_after_a_persian_number_stays_beside_its_own_rating() {
    // Without the isolate, "۶m · ۳" would be one left-to-right run and ۳ would sit next to سخت.
    String line = "سخت ۶m · ۳ خوب";
    assertThat(Layout.lines(line, 14, RtlMode.VISUAL)).containsExactly(KHUB + " ۳ · ۶m " + SAKHT);
    assertThat(Layout.lines(line, 14, RtlMode.TERMINAL))
        .containsExactly("سخت " + LRI + "۶m" + PDI + " · ۳ خوب");
  }

  @Test
  void a_date_in_a_persian_line_reads_left_to_right_and_before_the_time() {
    String line = "سخت ۲۰۲۶-۱۲-۰۱ ۲۱:۲۰";
    assertThat(Layout.lines(line, 30, RtlMode.VISUAL).get(0).strip())
        .isEqualTo("۲۱:۲۰ ۲۰۲۶-۱۲-۰۱ " + SAKHT);
    assertThat(Layout.lines(line, 30, RtlMode.TERMINAL))
        .containsExactly("سخت " + LRI + "۲۰۲۶-۱۲-۰۱" + PDI + " ۲۱:۲۰");
  }

  @Test
  void a_persian_quote_in_an_english_line_keeps_its_first_number_at_its_right_end() {
    // آوریل shaped and reversed, as in VisualOrderTest.
    String april = "\uFEDE\uFBFE\uFEAD\uFEED\uFE81";
    String line = "Quote: «۱۲ آوریل ۱۹۵۱».";
    assertThat(Layout.lines(line, 40, RtlMode.VISUAL))
        .containsExactly("Quote: «۱۹۵۱ " + april + " ۱۲».");
    assertThat(Layout.lines(line, 40, RtlMode.TERMINAL))
        .containsExactly("Quote: «" + RLI + "۱۲ آوریل ۱۹۵۱" + PDI + "».");
  }

  @Test
  void a_quoted_persian_sentence_in_an_english_line_keeps_its_full_stop_at_its_end() {
    // The full stop before » ends the Persian sentence, so it stands left of سخت, the last word.
    String line = "Source: «خوب سخت.»";
    assertThat(Layout.lines(line, 40, RtlMode.VISUAL))
        .containsExactly("Source: «." + SAKHT + " " + KHUB + "»");
    assertThat(Layout.lines(line, 40, RtlMode.TERMINAL))
        .containsExactly("Source: «" + RLI + "خوب سخت." + PDI + "»");
    // Without a quote around it, a full stop after Persian in an English line is English.
    assertThat(Layout.lines("He said خوب.", 40, RtlMode.VISUAL))
        .containsExactly("He said " + KHUB + ".");
  }

  @Test
  void a_latin_tag_before_a_colon_and_a_percentage_keeps_the_colon_on_its_left() {
    // "  ALM air-war: ۰٪": the tag is isolated, so ۰ is not taken into its left-to-right run.
    String line = "  \u061Cair-war: ۰٪";
    assertThat(Layout.lines(line, 16, RtlMode.VISUAL)).containsExactly("   ٪۰ :air-war  ");
    assertThat(Layout.lines(line, 16, RtlMode.TERMINAL))
        .containsExactly("  \u061C" + LRI + "air-war" + PDI + ": ۰٪");
  }

  @Test
  void a_line_without_letters_takes_the_direction_of_its_context() {
    // A match item that is a number lines up with the Persian lines around it.
    assertThat(Layout.lines("۱. ۶۳۵٬۰۰۰", 12, RtlMode.VISUAL, true))
        .containsExactly("  ۶۳۵٬۰۰۰ .۱");
    assertThat(Layout.lines("۱. ۶۳۵٬۰۰۰", 12, RtlMode.TERMINAL, true))
        .containsExactly("\u200F۱. ۶۳۵٬۰۰۰");
    assertThat(Layout.lines("۱. ۶۳۵٬۰۰۰", 12, RtlMode.VISUAL, false)).containsExactly("۱. ۶۳۵٬۰۰۰");
    assertThat(Layout.lines("۱. ۶۳۵٬۰۰۰", 12, RtlMode.TERMINAL, false))
        .containsExactly("۱. ۶۳۵٬۰۰۰");
    // A letter decides, whatever the context.
    assertThat(Layout.lines("Seoul ۱۲", 12, RtlMode.VISUAL, true)).containsExactly("Seoul ۱۲");
  }

  @Test
  void terminal_mode_adds_nothing_where_the_bidi_algorithm_already_reads_right() {
    for (String line :
        List.of(
            "سلام Seoul", "پرسش ۲/۳ · امتیاز ۱", "امتیاز: ۳٫۳ از ۴ (۸۳٫۳٪)", "Card 2/3 · new")) {
      assertThat(Layout.lines(line, 80, RtlMode.TERMINAL)).containsExactly(line);
    }
  }

  @Test
  void an_english_continuation_line_starting_in_persian_gets_an_lrm() {
    assertThat(Layout.lines("Seoul سلام دنیا", 9, RtlMode.TERMINAL))
        .containsExactly("Seoul", "\u200Eسلام دنیا");
  }

  @Test
  void indentation_and_a_chart_keep_their_columns_in_visual_mode() {
    String chart = "|█" + " ".repeat(27) + "▃| max 3";
    assertThat(Layout.lines(chart, 80, RtlMode.VISUAL)).containsExactly(chart);
    assertThat(Layout.lines("  air-war: 0%", 80, RtlMode.VISUAL)).containsExactly("  air-war: 0%");
    // In a Persian line the chart runs from the right, as the text does, and keeps its width.
    String persian = "|█" + " ".repeat(27) + "▃| " + "سخت";
    assertThat(Layout.lines(persian, 40, RtlMode.VISUAL))
        .containsExactly("     " + SAKHT + " |▃" + " ".repeat(27) + "█|");
  }
}
