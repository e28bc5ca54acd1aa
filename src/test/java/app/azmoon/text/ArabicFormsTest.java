package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.text.ArabicForms.Form;
import app.azmoon.text.ArabicForms.Joining;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The hand-written table checked against the JDK's own Unicode data: a presentation form's name
 * ends in "ISOLATED FORM", "FINAL FORM"... and its NFKC decomposition is the letter it is a form
 * of.
 */
class ArabicFormsTest {

  /** Every single-letter presentation form the JDK knows: letter → (form → code point). */
  private static Map<Integer, Map<Form, Integer>> jdkForms() {
    Map<Integer, Map<Form, Integer>> forms = new HashMap<>();
    IntStream.concat(IntStream.rangeClosed(0xFB50, 0xFDFF), IntStream.rangeClosed(0xFE70, 0xFEFF))
        .forEach(
            cp -> {
              String name = Character.getName(cp);
              String letter = Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
              if (name == null || letter.codePointCount(0, letter.length()) != 1) {
                return; // unassigned, or a ligature of several letters
              }
              for (Form form : Form.values()) {
                if (name.endsWith(" " + form.name().toUpperCase(Locale.ROOT) + " FORM")) {
                  forms.computeIfAbsent(letter.codePointAt(0), k -> new HashMap<>()).put(form, cp);
                }
              }
            });
    return forms;
  }

  @Test
  void every_presentation_form_in_unicode_is_in_the_table_under_its_letter() {
    jdkForms()
        .forEach(
            (letter, forms) ->
                forms.forEach(
                    (form, cp) ->
                        assertThat(ArabicForms.form(letter, form))
                            .as("%s of %s", form, Character.getName(letter))
                            .isEqualTo(cp)));
  }

  @Test
  void every_form_in_the_table_is_the_unicode_form_of_its_letter() {
    Map<Integer, Map<Form, Integer>> jdk = jdkForms();
    for (int letter : ArabicForms.letters()) {
      for (Form form : Form.values()) {
        int cp = ArabicForms.form(letter, form);
        if (cp != -1) {
          assertThat(jdk.getOrDefault(letter, Map.of()).get(form))
              .as("%s of %s", form, Character.getName(letter))
              .isEqualTo(cp);
        }
      }
    }
  }

  @Test
  void a_letter_with_initial_and_medial_forms_is_dual_joining_one_with_only_final_right_joining() {
    for (int letter : ArabicForms.letters()) {
      Joining expected =
          ArabicForms.form(letter, Form.MEDIAL) != -1
              ? Joining.DUAL
              : ArabicForms.form(letter, Form.FINAL) != -1 ? Joining.RIGHT : Joining.NONE;
      assertThat(ArabicForms.joining(letter)).as(Character.getName(letter)).isEqualTo(expected);
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "ا, RIGHT", "آ, RIGHT", "د, RIGHT", "ذ, RIGHT", "ر, RIGHT", "ز, RIGHT", "ژ, RIGHT", "و, RIGHT",
    "ة, RIGHT", "ؤ, RIGHT", "أ, RIGHT", "إ, RIGHT", "ۀ, RIGHT", "پ, DUAL", "چ, DUAL", "گ, DUAL",
    "ک, DUAL", "ی, DUAL", "ل, DUAL", "ء, NONE"
  })
  void persian_and_arabic_letters_have_their_joining_type(String letter, Joining joining) {
    assertThat(ArabicForms.joining(letter.codePointAt(0))).isEqualTo(joining);
  }

  @ParameterizedTest(name = "U+{0} {1}")
  @CsvSource({
    "0640, CAUSING", // tatweel
    "200D, CAUSING", // ZWJ
    "200C, NONE", // ZWNJ
    "064B, TRANSPARENT", // fathatan
    "0670, TRANSPARENT", // superscript alef
    "200F, TRANSPARENT", // RLM is a format character
    "0020, NONE",
    "0041, NONE"
  })
  void joiners_marks_and_the_rest_have_their_joining_type(String hex, Joining joining) {
    assertThat(ArabicForms.joining(Integer.parseInt(hex, 16))).isEqualTo(joining);
  }

  @Test
  void the_four_lam_alef_ligatures_come_isolated_and_final() {
    assertThat(ArabicForms.lamAlef('ا', false)).isEqualTo(0xFEFB);
    assertThat(ArabicForms.lamAlef('ا', true)).isEqualTo(0xFEFC);
    assertThat(ArabicForms.lamAlef('آ', false)).isEqualTo(0xFEF5);
    assertThat(ArabicForms.lamAlef('أ', true)).isEqualTo(0xFEF8);
    assertThat(ArabicForms.lamAlef('إ', false)).isEqualTo(0xFEF9);
    assertThat(ArabicForms.lamAlef('و', false)).isEqualTo(-1);
    for (char alef : new char[] {'ا', 'آ', 'أ', 'إ'}) {
      for (boolean joined : new boolean[] {false, true}) {
        int ligature = ArabicForms.lamAlef(alef, joined);
        assertThat(Normalizer.normalize(Character.toString(ligature), Normalizer.Form.NFKC))
            .isEqualTo("ل" + alef);
        assertThat(Character.getName(ligature)).endsWith(joined ? "FINAL FORM" : "ISOLATED FORM");
      }
    }
  }
}
