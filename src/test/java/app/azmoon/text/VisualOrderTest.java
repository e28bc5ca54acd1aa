package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Visual lines written by hand: shape each word as in {@link ShapingTest} (logical order), then
 * write the line as it appears from left to right — in a right-to-left paragraph the last word
 * first, each Persian word's glyphs last letter first, numbers and Latin runs left to right, and a
 * bracket at a right-to-left level swapped for its mirror.
 */
class VisualOrderTest {

  @Test
  void salam_is_shaped_and_reversed() {
    // س initial FEB3, لا final FEFC, م isolated FEE1; read right to left, so written م لا س.
    assertThat(VisualOrder.line("سلام", true)).isEqualTo("\uFEE1\uFEFC\uFEB3");
  }

  @Test
  void digits_stay_left_to_right_and_brackets_are_mirrored_inside_a_persian_line() {
    String logical = "در ۱۲ آوریل ۱۹۵۱ (پنج\u200Cشنبه سیاه)";
    String visual =
        // ")" is last in logical order, so leftmost; mirrored, it shows as "(".
        "("
            // سیاه: س initial FEB3, ی medial FBFF, ا final FE8E, ه isolated FEE9 (ا does not
            // join forward); reversed.
            + "\uFEE9\uFE8E\uFBFF\uFEB3"
            + " "
            // پنج‌شنبه: پ initial FB58, ن medial FEE8, ج final FE9E (ZWNJ next), ش initial FEB7,
            // ن medial FEE8, ب medial FE92, ه final FEEA; the ZWNJ is dropped; reversed.
            + "\uFEEA\uFE92\uFEE8\uFEB7\uFE9E\uFEE8\uFB58"
            // "(" mirrored to ")".
            + ")"
            + " ۱۹۵۱ "
            // آوریل: آ isolated FE81, و isolated FEED, ر isolated FEAD (each after a letter that
            // does not join forward), ی initial FBFE, ل final FEDE; reversed.
            + "\uFEDE\uFBFE\uFEAD\uFEED\uFE81"
            + " ۱۲ "
            // در: د isolated FEA9, ر isolated FEAD; reversed.
            + "\uFEAD\uFEA9";
    assertThat(VisualOrder.line(logical, true)).isEqualTo(visual);
  }

  @Test
  void guillemets_are_mirrored_so_they_still_enclose_the_word() {
    // Logical « سلام »: » comes first from the left, mirrored to «.
    assertThat(VisualOrder.line("«سلام»", true)).isEqualTo("«\uFEE1\uFEFC\uFEB3»");
  }

  @Test
  void a_latin_word_in_a_persian_line_keeps_its_order() {
    // شهر: ش initial FEB7, ه medial FEEC, ر final FEAE; the Latin word sits to its left.
    assertThat(VisualOrder.line("شهر Seoul", true)).isEqualTo("Seoul \uFEAE\uFEEC\uFEB7");
  }

  @Test
  void a_latin_word_in_a_persian_paragraph_has_its_brackets_mirrored() {
    // The brackets around UN take the paragraph's direction (rule N0) and swap. سازمان: س initial
    // FEB3, ا final FE8E, ز isolated FEAF, م initial FEE3, ا final FE8E, ن isolated FEE5.
    assertThat(VisualOrder.line("سازمان (UN)", true))
        .isEqualTo("(UN) \uFEE5\uFE8E\uFEE3\uFEAF\uFE8E\uFEB3");
  }

  @Test
  void zwnj_breaks_joining_and_is_dropped_from_the_output() {
    // می‌خواهم: م initial FEE3, ی final FBFD, خ initial FEA7, و final FEEE, ا isolated FE8D,
    // ه initial FEEB, م final FEE2; reversed, no ZWNJ.
    assertThat(VisualOrder.line("می\u200Cخواهم", true))
        .isEqualTo("\uFEE2\uFEEB\uFE8D\uFEEE\uFEA7\uFBFD\uFEE3");
  }

  @Test
  void a_combining_mark_stays_after_its_letter_when_the_word_is_reversed() {
    // طبیعتاً: the tanwin U+064B rides on the final ALEF FE8E and must follow it on screen.
    assertThat(VisualOrder.line("طبیعتاً", true))
        .isEqualTo("\uFE8E\u064B\uFE98\uFECC\uFBFF\uFE92\uFEC3");
  }

  @Test
  void bidi_marks_do_their_work_and_are_dropped() {
    assertThat(VisualOrder.line("\u200Fسلام\u061C", true)).isEqualTo("\uFEE1\uFEFC\uFEB3");
    // An RLM after "!" makes it belong to the Persian run: it ends up left of سلام.
    assertThat(VisualOrder.line("Hi سلام!\u200F", false)).isEqualTo("Hi !\uFEE1\uFEFC\uFEB3");
  }

  @Test
  void a_left_to_right_paragraph_is_left_alone() {
    assertThat(VisualOrder.line("Seoul (1950) [UN] <x>", false)).isEqualTo("Seoul (1950) [UN] <x>");
  }

  @Test
  void a_persian_word_in_an_english_line_is_reversed_in_place() {
    assertThat(VisualOrder.line("The word سلام means peace.", false))
        .isEqualTo("The word \uFEE1\uFEFC\uFEB3 means peace.");
  }

  @Test
  void a_paragraph_is_right_to_left_when_its_first_strong_character_is() {
    assertThat(VisualOrder.isRtl("۱۹۵۰ سلام Seoul")).isTrue();
    assertThat(VisualOrder.isRtl("Seoul سلام")).isFalse();
    assertThat(VisualOrder.isRtl("۱۹۵۰")).isFalse();
    assertThat(VisualOrder.isRtl("")).isFalse();
  }

  @Test
  void an_empty_line_stays_empty() {
    assertThat(VisualOrder.line("", true)).isEmpty();
  }

  @Test
  void the_first_strong_character_is_found_as_the_bidi_algorithm_finds_it() {
    // Every character of the basic plane and every third of the next, alone, after digits and
    // neutrals, before a Latin or a Persian letter, and after an isolate the algorithm skips.
    String[] before = {"", "۱۲ (", "\u2066Seoul\u2069 ", "\u2067سلام\u2069 "};
    String[] after = {"", "a", "سلام"};
    for (int cp = 0; cp < 0x20000; cp += cp < 0x10000 ? 1 : 3) {
      if (Character.isSurrogate((char) cp) && cp < 0x10000) {
        continue;
      }
      String c = new String(Character.toChars(cp));
      for (String b : before) {
        for (String a : after) {
          String paragraph = b + c + a;
          assertThat(VisualOrder.isRtl(paragraph))
              .as("U+%04X in %s", cp, paragraph)
              .isEqualTo(VisualOrder.bidiIsRtl(paragraph));
        }
      }
    }
  }
}
