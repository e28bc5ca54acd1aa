package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class NormalizationTest {

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "'  استالین  ', استالین",
    "ﮐﻤﻮﻧﯿﺴﺖ, کمونیست", // the example of Arabic presentation forms
    "ﻻ, لا",
    "'ﺍﺳﺘﺎﻟﯿﻦ', استالین",
  })
  void rule1_trimmed_and_presentation_forms_fold_to_base_letters(String typed, String same) {
    assertThat(Normalization.key(typed)).isEqualTo(Normalization.key(same));
  }

  static Stream<Arguments> invisibleMarks() {
    return Stream.of(
            "\u200D", "\u200E", "\u200F", "\u061C", "\u202A", "\u202B", "\u202C", "\u202D",
            "\u202E", "\u2066", "\u2067", "\u2068", "\u2069", "\uFEFF", "\u0640")
        .map(mark -> arguments(String.format("U+%04X", (int) mark.charAt(0)), mark));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invisibleMarks")
  void rule2_invisible_marks_and_tatweel_are_dropped(String name, String mark) {
    assertThat(Normalization.key("است" + mark + "الین")).isEqualTo("استالین");
    assertThat(Normalization.text(mark + "مسکو" + mark)).isEqualTo("مسکو");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "کیم ایل سونگ, کیم‌ایل‌سونگ", // the examples
    "کیم ایل سونگ, کیمایلسونگ",
    "کمونیست ها, کمونیستها",
    "کمونیست‌ها, کمونیستها",
    "'پنج شنبه   سیاه', پنجشنبه‌سیاه",
    "می‌روم, میروم",
  })
  void a_zwnj_space_or_nothing_between_parts_all_match(String one, String other) {
    assertThat(Normalization.key(one)).isEqualTo(Normalization.key(other));
  }

  @Test
  void a_zwnj_is_a_word_break_in_the_normalized_text() {
    assertThat(Normalization.text("کیم‌ایل‌سونگ")).isEqualTo("کیم ایل سونگ");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "علي, علی",
    "مصطفى, مصطفی",
    "سئول, سیول",
    "كره, کره",
    "مدرسة, مدرسه",
    "خانۀ, خانه",
    "خانهٔ, خانه",
    "أحمد, احمد",
    "إسلام, اسلام",
    "آمریکا, امریکا",
    "ٱلله, الله",
    "مؤمن, مومن",
  })
  void rule3_letter_variants_fold_to_one_persian_letter(String variant, String folded) {
    assertThat(Normalization.key(variant)).isEqualTo(folded);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "طبیعتاً, طبیعتا", // the example: tanvin
    "مُحَمَّد, محمد", // harakat and shadda
    "رحمٰن, رحمن", // superscript alef
    "ژانویهٔ, ژانویه", // hamza above, as CLDR's genitive month names carry
    "قُرْآن, قران",
  })
  void rule4_combining_marks_are_dropped(String marked, String bare) {
    assertThat(Normalization.key(marked)).isEqualTo(bare);
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "۰۱۲۳۴۵۶۷۸۹, 0123456789",
    "٠١٢٣٤٥٦٧٨٩, 0123456789",
    "میگ ۱۵, میگ15",
    "'۶۳۵٬۰۰۰', 635000",
    "'٦٣٥٬٠٠٠', 635000",
    "'635,000', 635000",
    "'1,234,567', 1234567",
    "'635 000', 635000",
    "۱٫۵, 1.5",
    "'1,234.5', 1234.5",
  })
  void rule5_every_digit_system_becomes_ascii_with_separators_and_decimal_point(
      String typed, String key) {
    assertThat(Normalization.key(typed)).isEqualTo(key);
  }

  @ParameterizedTest(name = "{0} stays apart from {1}")
  @CsvSource({
    "'1,2', '1.2'", // a comma between digits that are not groups of three is not a separator
    "'12,34', '12.34'",
    "۱٫۵, ۱۵",
    "'1.5', 15",
  })
  void rule5_only_groups_of_three_are_thousands_and_the_decimal_point_survives(
      String one, String other) {
    assertThat(Normalization.key(one)).isNotEqualTo(Normalization.key(other));
  }

  @Test
  void rule5_a_comma_between_short_digit_runs_is_punctuation() {
    assertThat(Normalization.text("1,2")).isEqualTo("1 2");
    assertThat(Normalization.text("۱،۲")).isEqualTo("1 2");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "«استالین»!, استالین",
    "هری اس. ترومن, هری اس ترومن",
    "B-29, b29",
    "MiG-15, mig 15",
    "People's Republic of China, peoples republic of china",
    "'  سازمان   ملل ، متحد؟ ', سازمان ملل متحد",
    "JOSEPH STALIN, joseph stalin",
  })
  void rule6_punctuation_is_space_latin_is_lowercase_and_spaces_do_not_count(
      String typed, String same) {
    assertThat(Normalization.key(typed)).isEqualTo(Normalization.key(same));
  }

  @ParameterizedTest(name = "{0} ≠ {1}")
  @CsvSource({
    "کره, گره",
    "پوسان, بوسان",
    "سئول, سول",
    "چین, جین",
    "ژاپن, زاپن",
    "میگ ۱۵, میگ ۱۷",
    "B-29, B-52",
    "مسکو, مسکوو",
  })
  void different_letters_and_digits_stay_different(String one, String other) {
    assertThat(Normalization.key(one)).isNotEqualTo(Normalization.key(other));
  }

  @Test
  void the_normalized_text_keeps_single_spaces_between_words() {
    assertThat(Normalization.text("  ﮐﻤﻮﻧﯿﺴﺖ‌ها،  «ترومن» ")).isEqualTo("کمونیست ها ترومن");
  }

  @Test
  void fold_keeps_punctuation_that_dates_and_signs_need() {
    assertThat(Normalization.fold("۱۹۵۰/۰۶")).isEqualTo("1950/06");
    assertThat(Normalization.fold("-۱۲")).isEqualTo("-12");
  }

  /** Letters, variants, marks, invisibles, digits of three systems, spaces and punctuation. */
  private static final String ALPHABET =
      "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهیآأإٱؤئيىكةۀ"
          + "\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0654\u0670"
          + "\u200C\u200D\u200E\u200F\u0640\uFEFF\u2067\u2069"
          + "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩"
          + "   .,،؛٫٬-/!?«»():"
          + "ﮐﻤﻮﻧﯿﺴﺖﻻ"
          + "aBcXyZİ";

  static Stream<String> randomStrings() {
    SplittableRandom random = new SplittableRandom(20_240_603);
    return IntStream.range(0, 1_000)
        .mapToObj(
            i -> {
              StringBuilder s = new StringBuilder();
              int length = random.nextInt(0, 25);
              for (int k = 0; k < length; k++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
              }
              return s.toString();
            });
  }

  @ParameterizedTest
  @MethodSource("randomStrings")
  void normalization_is_idempotent(String s) {
    assertThat(Normalization.fold(Normalization.fold(s))).isEqualTo(Normalization.fold(s));
    assertThat(Normalization.text(Normalization.text(s))).isEqualTo(Normalization.text(s));
    assertThat(Normalization.key(Normalization.key(s))).isEqualTo(Normalization.key(s));
    assertThat(Normalization.key(Normalization.text(s))).isEqualTo(Normalization.key(s));
  }
}
