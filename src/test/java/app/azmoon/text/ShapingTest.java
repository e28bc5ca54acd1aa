package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Contextual forms in logical order, expected values written by hand.
 *
 * <p>How each expected glyph was chosen: a letter joins its previous neighbour when it is dual- or
 * right-joining and that neighbour (skipping marks) is dual-joining or join-causing; it joins its
 * next neighbour when it is dual-joining and that neighbour can join back. Both → medial, previous
 * only → final, next only → initial, neither → isolated. The code points come from the Unicode
 * charts, in the order isolated, final, initial, medial:
 *
 * <pre>
 * ب FE8F..FE92  ت FE95..FE98  ج FE9D..FEA0  خ FEA5..FEA8  س FEB1..FEB4  ش FEB5..FEB8
 * ط FEC1..FEC4  ع FEC9..FECC  ل FEDD..FEE0  م FEE1..FEE4  ن FEE5..FEE8  ه FEE9..FEEC
 * پ FB56..FB59  چ FB7A..FB7D  ک FB8E..FB91  گ FB92..FB95  ی FBFC..FBFF
 * right-joining (isolated, final): ا FE8D FE8E  آ FE81 FE82  د FEA9 FEAA  ر FEAD FEAE
 *   ز FEAF FEB0  و FEED FEEE  ژ FB8A FB8B  ة FE93 FE94  ؤ FE85 FE86  ۀ FBA4 FBA5
 * ء FE80 (never joins); لا FEFB/FEFC, لآ FEF5/FEF6 (isolated/final)
 * </pre>
 */
class ShapingTest {

  static Stream<Arguments> words() {
    return Stream.of(
        // PEH: initial before DAL; DAL final; REH isolated since DAL never joins forward.
        Arguments.of("پ initial: پدر", "پدر", "\uFB58\uFEAA\uFEAD"),
        Arguments.of("پ medial: سپس", "سپس", "\uFEB3\uFB59\uFEB2"),
        Arguments.of("پ final: چپ", "چپ", "\uFB7C\uFB57"),
        // WAW does not join forward, so the PEH after it stands alone.
        Arguments.of("پ isolated after و: توپ", "توپ", "\uFE97\uFEEE\uFB56"),
        // FARSI YEH after ALEF: nothing before it to join, nothing after: isolated.
        Arguments.of("چ initial: چای", "چای", "\uFB7C\uFE8E\uFBFC"),
        Arguments.of("چ medial: بچه", "بچه", "\uFE91\uFB7D\uFEEA"),
        Arguments.of("چ final: پیچ", "پیچ", "\uFB58\uFBFF\uFB7B"),
        // JEH is right-joining: isolated at the start, and ALEF after it is isolated too.
        Arguments.of("ژ isolated: ژاله", "ژاله", "\uFB8A\uFE8D\uFEDF\uFEEA"),
        Arguments.of("ژ final, then ه isolated: مژه", "مژه", "\uFEE3\uFB8B\uFEE9"),
        Arguments.of("گ initial: گل", "گل", "\uFB94\uFEDE"),
        Arguments.of("گ medial: نگاه", "نگاه", "\uFEE7\uFB95\uFE8E\uFEE9"),
        Arguments.of("گ final: سگ", "سگ", "\uFEB3\uFB93"),
        Arguments.of("گ isolated after ر: برگ", "برگ", "\uFE91\uFEAE\uFB92"),
        Arguments.of("ک initial: کتاب", "کتاب", "\uFB90\uFE98\uFE8E\uFE8F"),
        Arguments.of("ک medial: شکر", "شکر", "\uFEB7\uFB91\uFEAE"),
        Arguments.of("ک final: کمک", "کمک", "\uFB90\uFEE4\uFB8F"),
        Arguments.of("ی initial: یک", "یک", "\uFBFE\uFB8F"),
        Arguments.of("ی medial: سیب", "سیب", "\uFEB3\uFBFF\uFE90"),
        Arguments.of("ی final: کشتی", "کشتی", "\uFB90\uFEB8\uFE98\uFBFD"),
        Arguments.of("ی isolated after ا: پای", "پای", "\uFB58\uFE8E\uFBFC"),
        // LAM + ALEF is one ligature: isolated alone, final after a joining SEEN; MEEM after the
        // ligature is isolated because the ALEF in it does not join forward.
        Arguments.of("لا isolated", "لا", "\uFEFB"),
        Arguments.of("لا final: سلام", "سلام", "\uFEB3\uFEFC\uFEE1"),
        Arguments.of("لآ isolated after ا: الآن", "الآن", "\uFE8D\uFEF5\uFEE5"),
        // A mark between LAM and ALEF keeps them apart: LAM initial, ALEF final.
        Arguments.of("no ligature across a mark: لَا", "لَا", "\uFEDF\u064E\uFE8E"),
        // ZWNJ stops YEH from joining KHAH: YEH final, KHAH initial; the ZWNJ itself stays.
        Arguments.of(
            "ZWNJ breaks joining: می‌خواهم",
            "می\u200Cخواهم",
            "\uFEE3\uFBFD\u200C\uFEA7\uFEEE\uFE8D\uFEEB\uFEE2"),
        Arguments.of(
            "without ZWNJ they join: میخواهم",
            "میخواهم",
            "\uFEE3\uFBFF\uFEA8\uFEEE\uFE8D\uFEEB\uFEE2"),
        Arguments.of("tatweel joins both ways: بـب", "بـب", "\uFE91\u0640\uFE90"),
        Arguments.of("ZWJ joins: ب + ZWJ", "ب\u200D", "\uFE91\u200D"),
        // KASRA is transparent: BEH still sees SEEN as its next letter.
        Arguments.of("a mark does not break joining: بِس", "بِس", "\uFE91\u0650\uFEB2"),
        Arguments.of(
            "طبیعتاً with its tanwin kept",
            "طبیعتاً",
            "\uFEC3\uFE92\uFBFF\uFECC\uFE98\uFE8E\u064B"),
        Arguments.of("ة final: مدرسة", "مدرسة", "\uFEE3\uFEAA\uFEAD\uFEB3\uFE94"),
        Arguments.of("ؤ final, next م initial: مؤمن", "مؤمن", "\uFEE3\uFE86\uFEE3\uFEE6"),
        Arguments.of("ۀ final: خانۀ", "خانۀ", "\uFEA7\uFE8E\uFEE7\uFBA5"),
        Arguments.of("ء never joins: جزء", "جزء", "\uFE9F\uFEB0\uFE80"),
        Arguments.of("a space ends a word: بب بب", "بب بب", "\uFE91\uFE90 \uFE91\uFE90"),
        Arguments.of("other scripts and digits are untouched", "abc ۱۲ 中", "abc ۱۲ 中"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("words")
  void letters_take_the_form_their_neighbours_call_for(String rule, String text, String shaped) {
    assertThat(Shaping.shape(text)).isEqualTo(shaped);
  }
}
