package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextCheckTest {
  private static final Question.Typed KIM =
      Questions.typed(
          List.of("کیم ایل سونگ", "کیم ایل‌سونگ", "کیم‌ایل‌سونگ", "Kim Il-sung", "Kim Il Sung"),
          List.of("کیم جونگ ایل", "کیم جونگ اون", "Kim Jong-il", "Kim Jong-un"));
  private static final Question.Typed BLACK_THURSDAY =
      Questions.typed(
          List.of("پنج‌شنبه سیاه", "Black Thursday"),
          List.of("جمعه سیاه", "سه‌شنبه سیاه", "Black Friday", "Black Tuesday"));

  private static Verdict check(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA);
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "کیم ایل سونگ",
        "کیم‌ایل‌سونگ",
        "کیمایلسونگ",
        "كيم ايل سونگ",
        "کیم ایل سونگ.",
        "«کیم ایل سونگ»",
        "kim il-sung",
        "KIM IL SUNG",
        "Kim Ilsung",
        " کیـم ایل سونگ "
      })
  void any_accepted_spelling_in_any_normal_form_is_right_without_a_typo(String answer) {
    Verdict v = check(KIM, answer);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isFalse();
    assertThat(v.expected()).isEqualTo("کیم ایل سونگ");
  }

  @ParameterizedTest(name = "«{0}» → {1}")
  @CsvSource({
    "کیم ایل سونک, کیم ایل سونگ", // one letter changed in a 10-letter key
    "کیم ال سونک, کیم ایل سونگ", // two edits are allowed from 8 letters on
    "Kim Il-sugn, Kim Il-sung", // a swap is one edit
    "Black Thursdy, Black Thursday",
    "پنجشنبه سیه, پنج‌شنبه سیاه",
  })
  void a_small_typo_is_forgiven_and_the_right_spelling_shown(String answer, String spelling) {
    Question q = answer.startsWith("کیم") || answer.startsWith("Kim") ? KIM : BLACK_THURSDAY;
    Verdict v = check(q, answer);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isTrue();
    assertThat(v.expected()).isEqualTo(spelling);
  }

  @ParameterizedTest(name = "«{0}» for {1}: {2}")
  @CsvSource({
    "چین, چین, true",
    "چبن, چین, false", // 3 letters: no typo allowed
    "مسکوو, مسکو, true", // 4 letters: one edit
    "مسکووو, مسکو, false",
    "اسالین, استالین, true", // 7 letters: one edit
    "اسالبن, استالین, false",
    "کیم ال سونک, کیم ایل سونگ, true", // 10 letters: two edits
    "کم ال سونک, کیم ایل سونگ, false",
  })
  void typo_thresholds_follow_the_right_keys_length(String answer, String right, boolean ok) {
    assertThat(check(Questions.typed(List.of(right), List.of()), answer).correct()).isEqualTo(ok);
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "کیم جونگ ایل",
        "Kim Jong-il",
        "kim jong il",
        "کیم‌جونگ‌اون",
        "Black Tuesday",
        "جمعه سیاه",
        "Black Tusday",
        "جمعه سیا"
      })
  void a_rejected_answer_or_one_nearer_a_rejected_answer_is_never_forgiven(String answer) {
    Question q =
        answer.contains("ک") || answer.contains("Kim") || answer.contains("kim")
            ? KIM
            : BLACK_THURSDAY;
    Verdict v = check(q, answer);
    assertThat(v.correct()).isFalse();
    assertThat(v.typo()).isFalse();
  }

  @Test
  void a_spelling_both_accepted_and_rejected_is_rejected() {
    assertThat(check(Questions.typed(List.of("مسکو"), List.of("مسکو")), "مسکو").correct())
        .isFalse();
  }

  @Test
  void without_fuzzy_only_equal_keys_are_right() {
    Question q = Questions.strict("مسکو");
    assertThat(check(q, "مسکو ").correct()).isTrue();
    assertThat(check(q, "مسکوو").correct()).isFalse();
  }

  private static final Question.Typed MIG =
      Questions.typed(List.of("میگ ۱۵", "MiG-15"), List.of("میگ ۱۷", "MiG-17"));

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "میگ ۱۵, true",
    "میگ15, true",
    "mig 15, true",
    "میک ۱۵, true", // a typo in the letters
    "میگ ۱۶, false", // never in the digits
    "میگ ۱۷, false",
    "میگ ۱۵۰, false",
    "میگ ۵۱, false",
  })
  void a_typo_never_changes_a_digit(String answer, boolean right) {
    assertThat(check(MIG, answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "۱۲, true",
    "12, true",
    "دوازده, true",
    "١٢, true",
    "13, false",
    "120, false",
    "1.2, false",
    "سیزده, false",
    "دوازد, false", // a number word with a typo is not forgiven either
  })
  void a_number_is_compared_as_a_number_and_never_forgiven(String answer, boolean right) {
    assertThat(check(Questions.typed(List.of("۱۲"), List.of()), answer).correct()).isEqualTo(right);
  }

  @Test
  void the_verdict_holds_the_normalized_answer() {
    assertThat(check(KIM, " كيم‌ايل‌سونگ! ").normalized()).isEqualTo("کیم ایل سونگ");
  }

  @Test
  void the_expected_spelling_is_the_first_one_in_the_display_languages_script() {
    assertThat(AnswerChecker.check(KIM, "x", Language.EN).expected()).isEqualTo("Kim Il-sung");
    assertThat(AnswerChecker.check(Questions.strict("مسکو"), "x", Language.EN).expected())
        .isEqualTo("مسکو");
  }
}
