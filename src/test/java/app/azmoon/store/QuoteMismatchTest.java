package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMismatchTest {
  private static final String SOURCE = "نیروی هوایی ۶۳۵٬۰۰۰ تن بمب ریخت. می‌خواستند پل را بزنند.";

  @Test
  void an_arabic_yeh_for_a_persian_one_is_named_by_its_code_points() {
    assertThat(QuoteMismatch.describe("نیروی هوايی ۶۳۵٬۰۰۰ تن", SOURCE))
        .isEqualTo(
            "it matches the source up to \"نیروی هوا\", then the quote has \"يی ۶۳۵٬۰۰۰…\""
                + " (U+064A) where the source has \"یی ۶۳۵٬۰۰۰…\" (U+06CC)");
  }

  @Test
  void a_space_for_a_half_space_shows_both() {
    assertThat(QuoteMismatch.describe("ریخت. می خواستند", SOURCE))
        .endsWith(
            "then the quote has \" خواستند\" (U+0020) where the source has \"\u200Cخواستند پ…\" (U+200C)");
  }

  @Test
  void a_quote_that_runs_past_the_end_of_the_source_says_so() {
    assertThat(QuoteMismatch.describe("را بزنند. و رفتند", SOURCE))
        .isEqualTo(
            "it matches the source up to \"را بزنند.\", then the quote has \" و رفتند\" (U+0020)"
                + " where the source ends");
  }

  @Test
  void a_long_match_is_shown_by_its_end() {
    String quote = SOURCE.substring(0, SOURCE.indexOf("پل")) + "پول";
    assertThat(QuoteMismatch.describe(quote, SOURCE))
        .startsWith(
            "it matches the source up to \"…ن بمب ریخت. می‌خواستند پ\", then the quote has \"و");
  }

  @Test
  void a_quote_whose_first_character_is_nowhere_in_the_source() {
    assertThat(QuoteMismatch.describe("Xیروی", SOURCE))
        .isEqualTo("not even its first character, \"X\" (U+0058), is in the source");
  }

  @Test
  void a_character_outside_the_basic_plane_is_never_split() {
    assertThat(QuoteMismatch.describe("تن \uD83D\uDCA3 بمب", SOURCE))
        .isEqualTo(
            "it matches the source up to \"تن \", then the quote has \"\uD83D\uDCA3 بمب\" (U+1F4A3)"
                + " where the source has \"بمب ریخت. …\" (U+0628)");
  }
}
