package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnsTest {

  @Test
  void a_combining_tanwin_takes_no_column_so_tabiatan_is_7_chars_but_6_columns() {
    assertThat("طبیعتاً").hasSize(7);
    assertThat(Columns.width("طبیعتاً")).isEqualTo(6);
  }

  @ParameterizedTest(name = "U+{0}")
  @CsvSource({"200C", "200D", "200E", "200F", "061C", "064B", "0650", "0652", "0670"})
  void joiners_direction_marks_and_harakat_take_no_column(String hex) {
    assertThat(Columns.width(Character.toString(Integer.parseInt(hex, 16)))).isZero();
  }

  @Test
  void zwnj_inside_a_word_adds_nothing() {
    assertThat(Columns.width("می\u200Cخواهم")).isEqualTo(Columns.width("میخواهم")).isEqualTo(7);
  }

  @Test
  void east_asian_wide_characters_take_two_columns() {
    assertThat(Columns.width("中文")).isEqualTo(4);
    assertThat(Columns.width("한국")).isEqualTo(4);
    assertThat(Columns.width("\uD83D\uDE00")).isEqualTo(2); // one emoji, a surrogate pair
  }

  @Test
  void latin_persian_letters_digits_and_presentation_forms_take_one_column_each() {
    assertThat(Columns.width("abc ۱۲۳ سلام")).isEqualTo(12);
    assertThat(Columns.width("\uFEE1\uFEFC\uFEB3")).isEqualTo(3); // سلام shaped: LAM-ALEF is one
  }

  @Test
  void controls_count_zero_and_their_visible_stand_ins_count_as_printed() {
    assertThat(Columns.width("\u001B")).isZero();
    assertThat(Columns.width(TerminalText.line("\u001B\u009B"))).isEqualTo(1 + 6);
  }
}
