package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Options named as people write them: after the label word the prompt asks by, by a short form the
 * bank lists, as a list joined the Persian way, and fractions as fractions.
 */
class NaturalChoiceTest {
  private static Info asking(String fa, String en) {
    return new Info("q", Questions.text(fa, en), Optional.empty(), Optional.empty(), List.of(), 1);
  }

  private static Verdict check(Question q, String answer) {
    return AnswerChecker.check(q, answer, Language.FA);
  }

  /** Which country built the MiG-15? The Soviet Union, with the short forms a bank lists. */
  private static final Question.Choice BUILDER =
      new Question.Choice(
          asking("جنگنده‌های میگ ۱۵ ساخت کدام کشور بودند؟", "Which country built the MiG-15?"),
          List.of(
              Questions.text("اتحاد جماهیر شوروی", "Union of Soviet Socialist Republics"),
              Questions.text("چین", "China"),
              Questions.text("آمریکا", "United States"),
              Questions.text("ژاپن", "Japan")),
          Set.of(0),
          true,
          List.of(),
          List.of(
              List.of("شوروی", "اتحاد شوروی", "Soviet Union", "USSR"),
              List.of(),
              List.of("ایالات متحده", "USA"),
              List.of()));

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "اتحاد جماهیر شوروی",
        "شوروی",
        "شوروی.",
        "«شوروی»",
        "اتحاد شوروی",
        "Soviet Union",
        "soviet union",
        "USSR",
        "U.S.S.R.",
        "کشور شوروی",
        "کشور اتحاد جماهیر شوروی",
        "country USSR",
        "the USSR",
        "the country Union of Soviet Socialist Republics",
        "1",
        "الف",
        "گزینه ۱"
      })
  void an_option_is_named_by_a_short_form_or_after_the_label_the_prompt_asks_by(String answer) {
    Verdict v = check(BUILDER, answer);
    assertThat(v.correct()).isTrue();
    assertThat(v.typo()).isFalse();
    assertThat(v.normalized()).isEqualTo("1");
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "کشور", // the label alone is no answer
        "country",
        "کشور چین", // a right label around a wrong answer
        "کشور ژاپن",
        "ایالات متحده",
        "USA",
        "روسیه",
        "شوروی و چین", // two options for a one-answer question
        "کشور کشور کشور شوروی", // a label, a label, and the label again
        "the", // an article alone
      })
  void a_label_alone_or_around_a_wrong_option_is_wrong(String answer) {
    Verdict v = check(BUILDER, answer);
    assertThat(v.correct()).isFalse();
    assertThat(v.credit()).isZero();
  }

  @ParameterizedTest(name = "«{0}»")
  @CsvSource({"شوروب, true", "Soviet Unoin, true", "USSA, false", "شرروی, true"})
  void a_short_form_forgives_typos_as_any_text_does(String answer, boolean right) {
    Verdict v = check(BUILDER, answer);
    assertThat(v.correct()).isEqualTo(right);
    assertThat(v.typo()).isEqualTo(right);
  }

  /** Where did the Soviet aid flow? China and North Korea. */
  private static final Question.Choice AID =
      new Question.Choice(
          asking(
              "کمک‌های نظامی شوروی به سوی کدام کشورها سرازیر شد؟",
              "To which countries did Soviet military aid flow?"),
          List.of(
              Questions.text("چین", "China"),
              Questions.text("کرهٔ شمالی", "North Korea"),
              Questions.text("کرهٔ جنوبی", "South Korea"),
              Questions.text("ژاپن", "Japan")),
          Set.of(0, 1),
          true);

  @ParameterizedTest(name = "«{0}» earns {1}")
  @CsvSource({
    "'چین و کره شمالی', 1",
    "'کره شمالی و چین', 1",
    "'چین و کرهٔ شمالی', 1",
    "'چین، کره شمالی', 1",
    "'چین, و کره شمالی', 1",
    "'کشورهای چین و کره شمالی', 1",
    "'کشور چین و کشور کره شمالی', 1",
    "'China and North Korea', 1",
    "'the countries China and North Korea', 1",
    "'۱ و ۲', 1",
    "'1, 2', 1",
    "'چین', 0.5",
    "'کشور چین', 0.5",
    "'چین و کرهٔ جنوبی', 0",
    "'چین و ژاپن و کره شمالی', 0.5",
    "'کشورها', 0",
    "'چین و', 0.5",
    "'چین و سوئد', 0",
  })
  void a_list_joined_by_and_names_each_option(String answer, double credit) {
    assertThat(check(AID, answer).credit()).isCloseTo(credit, within(1e-4));
  }

  private static final Question.Choice WEAPONS =
      new Question.Choice(
          asking("نیروهای آمریکا از کدام سلاح‌ها بهره بردند؟", "Which weapons did US forces use?"),
          List.of(
              Questions.text("تانک", "tanks"),
              Questions.text("توپخانه", "artillery"),
              Questions.text("هواپیمای جنگی", "warplanes"),
              Questions.text("زیردریایی اتمی", "nuclear submarines"),
              Questions.text("موشک بالستیک", "ballistic missiles")),
          Set.of(0, 1, 2),
          true);

  @ParameterizedTest(name = "«{0}» earns {1}")
  @CsvSource({
    "'تانک، توپخانه و هواپیمای جنگی', 1",
    "'تانک و توپخانه و هواپیمای جنگی', 1",
    "'هواپیمای جنگی، تانک و توپخانه', 1",
    "'تانک،توپخانه،هواپیمای جنگی', 1",
    "'tanks, artillery and warplanes', 1",
    "'tanks, artillery, and warplanes', 1",
    "'1, 2 and 3', 1",
    "'1, 2, and 3', 1",
    "'۱، ۲ و ۳', 1",
    "'تانک، توپخانه', 0.6667",
    "'تانک، توپخانه و موشک بالستیک', 0.3333",
    "'تانک، توپخانه و هواپیما', 0", // «هواپیما» is no option
  })
  void a_persian_list_with_commas_and_a_last_and_names_each_option(String answer, double credit) {
    assertThat(check(WEAPONS, answer).credit()).isCloseTo(credit, within(1e-4));
  }

  @ParameterizedTest(name = "«{0}» earns {1}")
  @CsvSource({
    "'تانک و زره‌پوش، توپخانه', 1",
    "'تانک و زره‌پوش و توپخانه', 1", // the option's own «و» stays inside it
    "'توپخانه و تانک و زره‌پوش', 1",
    "'تانک و زره‌پوش', 0.5",
    "'تانک و توپخانه', 0", // «تانک» alone is no option
  })
  void an_options_own_and_stays_inside_it(String answer, double credit) {
    Question.Choice q =
        Questions.choice(List.of("تانک و زره‌پوش", "توپخانه", "هواپیما", "کشتی"), 0, 1);
    assertThat(check(q, answer).credit()).isCloseTo(credit, within(1e-4));
  }

  private static final List<String> FRACTIONS = List.of("۱/۲", "۱/۳", "۲/۳", "۳/۴");

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "۱/۳, true",
    "1/3, true",
    "1 / 3, true",
    "۲, true", // the second option by its label
    "ب, true",
    "1/2, false", // the fraction ½, not options 1 and 2
    "۳/۴, false",
    "1 3, false", // two labels, for a one-answer question
  })
  void a_fraction_typed_is_the_option_with_that_text(String answer, boolean right) {
    assertThat(check(Questions.choice(FRACTIONS, 1), answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» earns {1}")
  @CsvSource({
    "'۱/۳ و ۲/۳', 1",
    "'1/3, 2/3', 1",
    "'2/3 and 1/3', 1",
    "'2 3', 1",
    "'1/3', 0.5",
    "'1/2, 1/3', 0",
  })
  void fractions_in_a_select_all_list_are_options(String answer, double credit) {
    assertThat(check(Questions.choice(FRACTIONS, 1, 2), answer).credit())
        .isCloseTo(credit, within(1e-4));
  }

  @ParameterizedTest(name = "«{0}» earns {1}")
  @CsvSource({"'1/2', 1", "'1/3', 0", "'شوروی/چین', 1", "'2/1', 1"})
  void without_fraction_options_a_slash_separates_picks(String answer, double credit) {
    Question.Choice q = Questions.choice(List.of("شوروی", "چین", "آمریکا", "ژاپن"), 0, 1);
    assertThat(check(q, answer).credit()).isCloseTo(credit, within(1e-4));
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "بندر بوسان, true",
    "به بوسان, true",
    "به بندر بوسان, true",
    "بوسان!, true",
    "بندر, false",
    "بندر سئول, false",
    "شهر بوسان, false", // a label the prompt does not ask by
  })
  void a_preposition_and_label_the_prompt_invites_are_set_aside(String answer, boolean right) {
    Question.Choice q =
        new Question.Choice(
            asking("نیروهای سازمان ملل به کدام بندر عقب رانده شدند؟", "To which port?"),
            List.of(Questions.fa("بوسان"), Questions.fa("سئول"), Questions.fa("اینچئون")),
            Set.of(0),
            true);
    assertThat(check(q, answer).correct()).isEqualTo(right);
  }

  @ParameterizedTest(name = "«{0}» is {1}")
  @CsvSource({
    "تا سئول, true",
    "سئول, true", // the preposition the prompt asks with, left out
    "Seoul, true",
    "to Seoul, true",
    "ب, true",
    "تا, false",
    "بندر بوسان, false",
    "تا کائوسونگ, false",
    "کائوسونگ, false",
  })
  void an_options_leading_preposition_that_the_prompt_asks_with_may_be_left_out(
      String answer, boolean right) {
    Question.Choice q =
        new Question.Choice(
            asking(
                "نیروهای چینی پس از ورود به جنگ، دوباره تا کجا پیش رفتند؟",
                "How far did the Chinese forces advance again, to where?"),
            List.of(
                Questions.text("تا بندر بوسان", "To the port of Busan"),
                Questions.text("تا سئول", "To Seoul"),
                Questions.text("تا کائوسونگ", "To Kaesong")),
            Set.of(1),
            true);
    assertThat(check(q, answer).correct()).isEqualTo(right);
  }

  @Test
  void an_option_without_forms_has_none() {
    assertThat(Questions.choice(List.of("a", "b"), 0).alsoFor(1)).isEmpty();
    assertThat(BUILDER.alsoFor(2)).containsExactly("ایالات متحده", "USA");
  }
}
