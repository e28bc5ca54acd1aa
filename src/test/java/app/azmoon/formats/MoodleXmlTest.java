package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.ClozeText.Gap;
import app.azmoon.domain.question.ClozeText.Literal;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MoodleXmlTest {
  private static Imported corpus;

  @BeforeAll
  static void readCorpus() {
    corpus = new MoodleXml().read(resource("corpus.xml"), "t");
  }

  static String resource(String name) {
    try (InputStream in = MoodleXmlTest.class.getResourceAsStream("/formats/moodle/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Text en(String s) {
    return new Text(Optional.empty(), Optional.of(s));
  }

  private static Text fa(String s) {
    return new Text(Optional.of(s), Optional.empty());
  }

  private static Info info(String id, Text prompt, Text explanation, List<String> tags, double p) {
    return new Info(id, prompt, Optional.ofNullable(explanation), Optional.empty(), tags, p);
  }

  private static final List<String> CATEGORY = List.of("korean-war", "dates");

  private static Question question(int i) {
    return corpus.questions().get(i);
  }

  @Test
  void the_corpus_gives_every_question_it_can_carry_and_skips_the_rest() {
    assertThat(corpus.questions()).hasSize(18);
  }

  @Test
  void a_one_answer_multichoice_keeps_its_order_grade_feedback_and_an_image_as_its_alt_text() {
    assertThat(question(0))
        .isEqualTo(
            new Question.Choice(
                info(
                    "t-busan-port",
                    en("Where did the UN forces land?\nA map of Korea"),
                    en("Busan lies in the south."),
                    CATEGORY,
                    2),
                List.of(en("Busan"), en("Seoul"), en("Incheon")),
                Set.of(0),
                false));
  }

  @Test
  void a_multiple_answer_multichoice_keeps_its_fractions_as_credits_and_a_persian_name_is_hashed() {
    assertThat(question(1))
        .isEqualTo(
            new Question.Choice(
                info(
                    "t-" + QuestionIds.slug("کمک شوروی"),
                    fa("کمک‌های شوروی به کدام کشورها رفت؟"),
                    null,
                    CATEGORY,
                    1),
                List.of(fa("چین"), fa("کره شمالی"), fa("ژاپن")),
                Set.of(0, 1),
                true,
                List.of(0.5, 0.5, -1.0)));
    assertThat(question(1).id()).matches("t-q-[0-9a-f]{8}");
  }

  @Test
  void a_one_answer_multichoice_with_a_half_right_option_keeps_its_weights() {
    assertThat(question(2))
        .isEqualTo(
            new Question.Choice(
                info("t-mig-model", en("Which aircraft beat the B-29s?"), null, CATEGORY, 1),
                List.of(en("MiG-15"), en("MiG-17"), en("B-29")),
                Set.of(0),
                true,
                List.of(1.0, 0.5, 0.0)));
  }

  @Test
  void a_truefalse_question_takes_the_answer_worth_100_percent() {
    assertThat(question(3))
        .isEqualTo(
            new Question.TrueFalse(
                info(
                    "t-" + QuestionIds.slug("بمب بر جنوب"),
                    fa("آمریکا ۶۳۵٬۰۰۰ تن بمب بر کرهٔ جنوبی ریخت."),
                    fa("نادرست: بر کرهٔ شمالی."),
                    CATEGORY,
                    1),
                false));
  }

  @Test
  void a_shortanswer_splits_into_accepted_partly_right_and_rejected_answers() {
    assertThat(question(4))
        .isEqualTo(
            new Question.Typed(
                info("t-permission", fa("کیم ایل سونگ از چه کسی اجازه خواست؟"), null, CATEGORY, 1),
                List.of("استالین", "Stalin"),
                List.of("لنین"),
                true,
                List.of(new Partial("ژوزف", 0.5))));
  }

  @Test
  void a_shortanswer_whose_answers_are_one_date_written_out_is_a_date_question() {
    assertThat(question(5))
        .isEqualTo(
            new Question.Dated(
                info("t-invasion", en("In which month did the invasion begin?"), null, CATEGORY, 1),
                PartialDate.parse("1950-06").orElseThrow()));
  }

  @Test
  void a_numerical_question_keeps_its_tolerance_weighted_answers_and_units_of_multiplier_one() {
    assertThat(question(6))
        .isEqualTo(
            new Question.Numeric(
                info(
                    "t-tonnage",
                    en("How many tons of bombs fell on North Korea?"),
                    null,
                    CATEGORY,
                    3),
                new BigDecimal("635000"),
                new BigDecimal("630000"),
                new BigDecimal("640000"),
                Optional.of(new Text(Optional.of("تن"), Optional.of("tons"))),
                List.of(
                    new PartialRange(new BigDecimal("590000"), new BigDecimal("610000"), 0.5))));
    BigDecimal exact = new BigDecimal("38");
    assertThat(question(7))
        .isEqualTo(
            new Question.Numeric(
                info("t-parallel", en("Which parallel?"), null, CATEGORY, 1),
                exact,
                exact,
                exact,
                Optional.empty()));
  }

  @Test
  void a_matching_question_keeps_its_pairs_and_drops_an_answer_without_a_question() {
    assertThat(question(8))
        .isEqualTo(
            new Question.Match(
                info("t-leaders", en("Match each leader with his country."), null, CATEGORY, 1),
                List.of(
                    new Question.Pair(en("Stalin"), en("USSR")),
                    new Question.Pair(en("Truman"), en("USA")),
                    new Question.Pair(en("Kim Il-sung"), en("North Korea")))));
  }

  @Test
  void an_ordering_question_puts_its_items_in_their_right_positions() {
    assertThat(question(9))
        .isEqualTo(
            new Question.Order(
                info(
                    "t-" + QuestionIds.slug("ترتیب رویدادها"),
                    fa("این رویدادها را به ترتیب مرتب کنید."),
                    null,
                    CATEGORY,
                    1),
                List.of(fa("آزمایش اتمی شوروی"), fa("حملهٔ کره شمالی"), fa("پنج‌شنبه سیاه"))));
  }

  @Test
  void a_cloze_question_keeps_its_prompt_paragraph_choice_gaps_and_half_right_answers() {
    assertThat(question(10))
        .isEqualTo(
            new Question.Cloze(
                info(
                    "t-busan-landing",
                    fa("جاهای خالی را پر کنید."),
                    fa("بوسان در جنوب است."),
                    CATEGORY,
                    4),
                new ClozeText(
                    List.of(
                        new Literal("نیروها در بندر "),
                        new Gap(List.of("بوسان"), List.of(new Partial("پوسان", 0.5)), List.of()),
                        new Literal(" در "),
                        new Gap(
                            List.of("جنوب"),
                            List.of(new Partial("غرب", 0.5)),
                            List.of("جنوب", "شمال", "غرب")),
                        new Literal(" شبه‌جزیره پیاده شدند و تا مدار "),
                        new Gap(List.of("38")),
                        new Literal(" پیش رفتند.")))));
  }

  @Test
  void every_gap_type_reads_with_its_escapes_feedback_and_entities() {
    Question.Cloze cloze = (Question.Cloze) question(11);
    assertThat(cloze.info().prompt().in(app.azmoon.domain.question.Language.EN))
        .isEqualTo("Fill in the gaps.");
    assertThat(cloze.info().points()).isEqualTo(5);
    assertThat(cloze.text())
        .isEqualTo(
            new ClozeText(
                List.of(
                    new Literal("The capital of the North is "),
                    new Gap(List.of("Pyongyang"), List.of(), List.of("Seoul", "Pyongyang")),
                    new Literal(", war began in "),
                    new Gap(List.of("1950"), List.of(), List.of("1950", "1949")),
                    new Literal(", the code was "),
                    new Gap(List.of("R}D", "x#y")),
                    new Literal(" and "),
                    new Gap(List.of("Truman")),
                    new Literal(" & "),
                    new Gap(List.of("12")),
                    new Literal(" more."))));
  }

  @Test
  void a_multiresponse_gap_is_a_select_all_gap_of_its_options_above_nothing() {
    Question.Cloze weighted = (Question.Cloze) question(12);
    assertThat(weighted.id()).isEqualTo("t-select-all-gap");
    assertThat(weighted.text())
        .isEqualTo(
            new ClozeText(
                List.of(
                    new Literal("Pick: "),
                    new Gap(List.of("a", "b"), List.of(), List.of("a", "b", "c"), true))));
    Question.Cloze cities = (Question.Cloze) question(13);
    assertThat(cities.info().prompt()).isEqualTo(fa("شهرهای کرهٔ جنوبی را نام ببرید."));
    assertThat(cities.info().points()).isEqualTo(2);
    assertThat(cities.text())
        .isEqualTo(
            new ClozeText(
                List.of(
                    new Literal("شهرها: "),
                    new Gap(
                        List.of("سئول", "بوسان"),
                        List.of(),
                        List.of("سئول", "توکیو", "بوسان"),
                        true),
                    new Literal("."))));
  }

  @Test
  void a_persian_category_gives_no_tag_and_multilang_text_gives_both_languages() {
    assertThat(question(14))
        .isEqualTo(
            new Question.Typed(
                info(
                    "t-capital",
                    new Text(
                        Optional.of("پایتخت کرهٔ جنوبی؟"),
                        Optional.of("The capital of South Korea?")),
                    null,
                    List.of("places"),
                    1),
                List.of("سئول", "Seoul"),
                List.of(),
                true));
  }

  @Test
  void ids_come_from_the_prompt_without_a_name_repeat_with_a_number_and_keep_a_prefixed_name() {
    assertThat(question(15).id()).isEqualTo("t-" + QuestionIds.slug("سئول پایتخت کرهٔ شمالی است."));
    assertThat(question(16).id()).isEqualTo("t-busan-port-2");
    assertThat(question(17).id()).isEqualTo("t-already-an-id");
  }

  @Test
  void every_thing_left_out_or_changed_is_noted_with_its_question_name() {
    List<String[]> expected =
        List.of(
            new String[] {"question 'Permission'", "case is ignored"},
            new String[] {"question 'Permission'", "the catch-all answer '*' is dropped"},
            new String[] {"question 'Tonnage'", "\"kilotons\" (×0.001) is dropped"},
            new String[] {"question 'Parallel'", "the catch-all answer '*' is dropped"},
            new String[] {"question 'Leaders'", "\"Japan\", which pairs with nothing"},
            new String[] {"question 'Busan landing'", "gap 1: the catch-all answer"},
            new String[] {"question 'Busan landing'", "its gaps weigh [1, 2]"},
            new String[] {"question 'Capitals'", "gap 4 is case-sensitive"},
            new String[] {"question 'Capitals'", "gap 5: the tolerance ±1 is dropped"},
            new String[] {
              "question 'Select all gap'", "gap 1 (select all that apply): its weights"
            },
            new String[] {"question 'Intro'", "a description holds no question"},
            new String[] {"question 'Why'", "an essay cannot be checked"},
            new String[] {"question 'Formula'", "\"calculated\" has no Azmoon kind"},
            new String[] {"question 'One option'", "2 to 10 options, this one 1"},
            new String[] {"category '$course$/top/جنگ کره'", "\"جنگ کره\" gives no tag"},
            new String[] {"question 'Capital'", "the tag \"مکان\" is dropped"});
    assertThat(corpus.notes()).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      Note note = corpus.notes().get(i);
      assertThat(note.where()).as("note %d", i).isEqualTo(expected.get(i)[0]);
      assertThat(note.message()).as("note %d", i).contains(expected.get(i)[1]);
    }
  }

  @Test
  void reading_the_same_file_twice_gives_the_same_ids() {
    Imported again = new MoodleXml().read(resource("corpus.xml"), "t");
    assertThat(again.questions().stream().map(Question::id))
        .containsExactlyElementsOf(corpus.questions().stream().map(Question::id).toList());
  }
}
