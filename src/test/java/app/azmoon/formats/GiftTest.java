package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Imports a GIFT corpus written for these tests and checks every question it gives, exactly. */
class GiftTest {
  private static final Gift GIFT = new Gift();
  private static String corpus;
  private static Imported imported;
  private static Map<String, Question> byId;

  @BeforeAll
  static void importCorpus() throws IOException {
    try (InputStream in = GiftTest.class.getResourceAsStream("/formats/corpus.gift")) {
      corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    imported = GIFT.read(corpus, "kw");
    byId =
        imported.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
  }

  private static <T extends Question> T question(String id, Class<T> kind) {
    assertThat(byId).containsKey(id);
    return kind.cast(byId.get(id));
  }

  private static String en(Text text) {
    assertThat(text.en()).isPresent();
    return text.en().get();
  }

  private static String fa(Text text) {
    assertThat(text.fa()).isPresent();
    return text.fa().get();
  }

  private static String explanation(Question q) {
    return q.info().explanation().map(t -> t.in(Language.EN)).orElse(null);
  }

  @Test
  void every_question_that_validates_is_kept_in_file_order() {
    assertThat(imported.questions())
        .extracting(Question::id)
        .hasSize(22)
        .startsWith("kw-capital")
        .contains(
            "kw-weighted-port",
            "kw-select-all",
            "kw-tf1",
            "kw-tf4",
            "kw-busan-name",
            "kw-sum",
            "kw-which-leader",
            "kw-years",
            "kw-tolerance",
            "kw-pi",
            "kw-grant-weighted",
            "kw-match",
            "kw-gap-choice",
            "kw-html",
            "kw-markdown",
            "kw-escapes",
            "kw-title-with-colon")
        .allSatisfy(id -> assertThat(id).matches("kw-[a-z0-9]+(-[a-z0-9]+)*"))
        .doesNotHaveDuplicates();
    assertThat(imported.questions().get(1).id()).matches("kw-q-[0-9a-f]{8}");
    assertThat(imported.questions()).allSatisfy(q -> assertThat(q.info().points()).isEqualTo(1));
  }

  @Test
  void what_is_skipped_or_changed_is_a_note_with_its_line() {
    assertThat(imported.notes())
        .extracting(Note::toString)
        .satisfiesExactly(
            n ->
                assertThat(n)
                    .matches(
                        "line 30: the category \"جنگ سرد\" has no Latin name; tagged cat-[0-9a-f]{8}"),
            n ->
                assertThat(n)
                    .isEqualTo(
                        "line 60: the extra right-hand answer \"Japan\" is dropped: Azmoon pairs every answer"),
            n ->
                assertThat(n)
                    .isEqualTo(
                        "line 71: an essay question is skipped: Azmoon cannot grade free writing"),
            n ->
                assertThat(n)
                    .isEqualTo("line 73: a description (text without answers in { }) is skipped"),
            n ->
                assertThat(n)
                    .isEqualTo(
                        "line 84: this '{' is never closed (write \\{ and \\} for literal braces)"),
            n -> assertThat(n).isEqualTo("line 86: two options are the same: \"a\""),
            n -> assertThat(n).startsWith("line 88: several options are marked right with ="),
            n -> assertThat(n).isEqualTo("line 90: \"abc\" is not a number"));
  }

  @Test
  void multiple_choice_marks_the_right_option_with_equals() {
    Question.Choice q = question("kw-capital", Question.Choice.class);
    assertThat(en(q.info().prompt())).isEqualTo("What is the capital of South Korea?");
    assertThat(q.choices()).extracting(GiftTest::en).containsExactly("Seoul", "Busan", "Pyongyang");
    assertThat(q.correct()).containsExactly(0);
    assertThat(q.credits()).isEmpty();
    assertThat(q.info().tags()).containsExactly("korean-war", "dates");
    assertThat(q.info().explanation()).isEmpty();
  }

  @Test
  void persian_choice_keeps_the_right_options_feedback_as_its_explanation() {
    Question.Choice q = (Question.Choice) imported.questions().get(1);
    assertThat(fa(q.info().prompt())).isEqualTo("پایتخت کره شمالی کجاست؟");
    assertThat(q.choices()).extracting(GiftTest::fa).containsExactly("سئول", "پیونگ‌یانگ", "بوسان");
    assertThat(q.correct()).containsExactly(1);
    assertThat(fa(q.info().explanation().orElseThrow())).isEqualTo("درست است");
    assertThat(q.info().tags()).containsExactly("korean-war", "dates");
  }

  @Test
  void weights_and_negative_weights_become_credits() {
    Question.Choice single = question("kw-weighted-port", Question.Choice.class);
    assertThat(single.correct()).containsExactly(0);
    assertThat(single.credits()).containsExactly(1.0, 0.5, -0.25, 0.0);
    assertThat(explanation(single)).isEqualTo("Yes");

    Question.Choice all = question("kw-select-all", Question.Choice.class);
    assertThat(all.selectAll()).isTrue();
    assertThat(all.correct()).containsExactly(0, 1);
    assertThat(all.credits()).containsExactly(0.5, 0.5, -0.5, -0.5);
    assertThat(explanation(all)).isEqualTo("Both China and North Korea were.");
  }

  @Test
  void true_false_in_all_four_spellings_with_the_right_feedback() {
    assertThat(question("kw-tf1", Question.TrueFalse.class).answer()).isTrue();
    Question.TrueFalse tf2 = question("kw-tf2", Question.TrueFalse.class);
    assertThat(tf2.answer()).isFalse();
    assertThat(en(tf2.info().prompt())).isEqualTo("The war ended in 1960.");
    assertThat(explanation(tf2)).isEqualTo("Right, it did not.");
    Question.TrueFalse tf3 = question("kw-tf3", Question.TrueFalse.class);
    assertThat(tf3.answer()).isTrue();
    assertThat(fa(tf3.info().prompt())).isEqualTo("جنگ در سال ۱۹۵۰ آغاز شد.");
    assertThat(question("kw-tf4", Question.TrueFalse.class).answer()).isFalse();
    assertThat(tf3.info().tags()).hasSize(2).startsWith("korean-war");
    assertThat(tf3.info().tags().get(1)).matches("cat-[0-9a-f]{8}");
  }

  @Test
  void short_answers_keep_alternatives_and_partly_right_answers() {
    Question.Typed q = question("kw-busan-name", Question.Typed.class);
    assertThat(q.accept()).containsExactly("Busan", "Pusan");
    assertThat(q.partial()).containsExactly(new Partial("Bousan", 0.5));
    assertThat(q.reject()).isEmpty();
    assertThat(q.info().tags()).containsExactly("short");
    assertThat(explanation(q)).isNull();

    Question.Typed untitled = question("kw-which-leader", Question.Typed.class);
    assertThat(untitled.accept()).containsExactly("Stalin");
    assertThat(explanation(untitled)).isEqualTo("The Soviet leader.");
  }

  private static void range(String id, String answer, String min, String max) {
    Question.Numeric q = question(id, Question.Numeric.class);
    assertThat(List.of(q.answer(), q.min(), q.max()))
        .as(id)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal(answer), new BigDecimal(min), new BigDecimal(max));
    assertThat(q.partial()).isEmpty();
  }

  @Test
  void numerical_answers_exact_with_tolerance_as_a_range_and_weighted() {
    range("kw-years", "1950", "1950", "1950");
    range("kw-tolerance", "1822", "1820", "1824");
    range("kw-pi", "3.1415", "3.141", "3.142");

    Question.Numeric weighted = question("kw-grant-weighted", Question.Numeric.class);
    assertThat(weighted.answer()).isEqualByComparingTo("1822");
    assertThat(weighted.min()).isEqualByComparingTo("1822");
    assertThat(weighted.partial()).hasSize(1);
    PartialRange half = weighted.partial().get(0);
    assertThat(half.min()).isEqualByComparingTo("1820");
    assertThat(half.max()).isEqualByComparingTo("1824");
    assertThat(half.credit()).isEqualTo(0.5);
    assertThat(explanation(weighted)).isEqualTo("Correct! Full credit.");
  }

  @Test
  void matching_pairs_each_left_side_with_its_right_side() {
    Question.Match q = question("kw-match", Question.Match.class);
    assertThat(q.pairs())
        .extracting(p -> en(p.left()) + "=" + en(p.right()))
        .containsExactly("Stalin=Soviet Union", "Truman=United States", "Mao=China");
  }

  @Test
  void answers_inside_the_text_make_a_missing_word_gap() {
    Question.Cloze sum = question("kw-sum", Question.Cloze.class);
    assertThat(sum.text().parts())
        .containsExactly(
            new ClozeText.Literal("Two plus two is "),
            new ClozeText.Gap(List.of("four", "4")),
            new ClozeText.Literal(" = 2 + 2 (\\+ is not an escape)."));
    assertThat(en(sum.info().prompt())).isEqualTo("Fill in the gap.");

    Question.Cloze port = question("kw-gap-choice", Question.Cloze.class);
    assertThat(port.text().gaps())
        .containsExactly(
            new ClozeText.Gap(
                List.of("Busan"),
                List.of(new Partial("Pusan", 0.5)),
                List.of("Busan", "Seoul", "Pusan")));
    assertThat(port.text().parts().get(0)).isEqualTo(new ClozeText.Literal("The port of "));

    Question.Cloze persian =
        (Question.Cloze)
            imported.questions().stream()
                .filter(
                    q ->
                        q instanceof Question.Cloze c
                            && c.text().parts().get(0) instanceof ClozeText.Literal l
                            && l.text().startsWith("نیروها"))
                .findFirst()
                .orElseThrow();
    assertThat(persian.id()).matches("kw-q-[0-9a-f]{8}");
    assertThat(fa(persian.info().prompt())).isEqualTo("جای خالی را پر کنید.");
    assertThat(persian.text().parts())
        .containsExactly(
            new ClozeText.Literal("نیروها در بندر "),
            new ClozeText.Gap(
                List.of("بوسان", "پوسان"), List.of(new Partial("Busan", 0.5)), List.of()),
            new ClozeText.Literal(" پیاده شدند."));
  }

  @Test
  void html_becomes_plain_text_and_markdown_stays_as_written() {
    Question.TrueFalse html = question("kw-html", Question.TrueFalse.class);
    assertThat(html.info().prompt().in(Language.FA))
        .isEqualTo("Is 5 < 7 & true?\nLook: a chart اب");
    assertThat(html.info().prompt().fa())
        .isPresent(); // the decoded Persian letters make it Persian
    Question.Typed md = question("kw-markdown", Question.Typed.class);
    assertThat(en(md.info().prompt())).isEqualTo("What does **UN** stand for?");
  }

  @Test
  void escaped_characters_are_text_and_a_brace_in_feedback_does_not_end_the_answers() {
    Question.Choice q = question("kw-escapes", Question.Choice.class);
    assertThat(en(q.info().prompt()))
        .isEqualTo("Braces {like this} and ~ = # : and a backslash \\ and\na new line");
    assertThat(q.choices()).extracting(GiftTest::en).containsExactly("a}b", "c#d");
    assertThat(explanation(q)).isEqualTo("feedback with } in it");
    assertThat(question("kw-title-with-colon", Question.Choice.class).correct()).containsExactly(0);
  }

  @Test
  void crlf_line_endings_and_a_byte_order_mark_read_the_same() {
    Imported crlf = GIFT.read("\uFEFF" + corpus.replace("\n", "\r\n"), "kw");
    assertThat(crlf).isEqualTo(imported);
    Imported cr = GIFT.read(corpus.replace("\n", "\r"), "kw");
    assertThat(cr).isEqualTo(imported);
  }

  @Test
  void importing_twice_gives_the_same_ids_and_a_repeated_title_gets_a_number() {
    assertThat(GIFT.read(corpus, "kw")).isEqualTo(imported);
    Imported twice = GIFT.read("::Q::a? {=x ~y}\n\n::Q::b? {=x ~y}\n\n::kw-q::c? {T}", "kw");
    assertThat(twice.questions())
        .extracting(Question::id)
        .containsExactly("kw-q", "kw-q-2", "kw-q-3");
  }

  @Test
  void a_file_with_no_question_at_all_is_not_gift() {
    assertThatThrownBy(() -> GIFT.read("// only a comment\n\njust some text\n", "kw"))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("no GIFT question");
    assertThatThrownBy(() -> GIFT.read("", "kw")).isInstanceOf(FormatException.class);
    Imported essays = GIFT.read("Write. {}", "kw");
    assertThat(essays.questions()).isEmpty();
    assertThat(essays.notes()).extracting(Note::where).containsExactly("line 1");
  }

  @Test
  void a_choice_with_one_option_or_a_gap_with_no_right_answer_is_a_note_and_the_rest_are_kept() {
    Imported mixed =
        GIFT.read(
            "One? {~%100%a}\n\nGap {~a ~b} here.\n\nKept? {=yes ~no}\n\nSum? {~%50%a ~%20%b ~c}",
            "x");
    assertThat(mixed.questions()).extracting(Question::id).containsExactly("x-kept");
    assertThat(mixed.notes())
        .extracting(Note::toString)
        .containsExactly(
            "line 1: a choice question needs two options or more",
            "line 3: the gap has no answer with full credit (=)",
            "line 7: the correct options' weights must add up to 1");
  }

  @Test
  void weights_may_have_decimals() {
    Question.Choice q =
        (Question.Choice)
            GIFT.read("Q {~%33.33333%a ~%33.33333%b ~%33.33334%c ~%-100%d}", "x")
                .questions()
                .get(0);
    assertThat(q.correct()).containsExactly(0, 1, 2);
    assertThat(q.credits().get(0)).isCloseTo(0.3333333, within(1e-9));
    assertThat(q.credits().get(3)).isEqualTo(-1.0);
  }

  @Test
  void an_answer_at_the_end_of_the_text_is_an_ordinary_question_not_a_gap() {
    Question q = GIFT.read("Capital {=Seoul =Soul}\n", "x").questions().get(0);
    assertThat(q).isInstanceOf(Question.Typed.class);
    assertThat(q.info().prompt()).isEqualTo(Text.of(Language.EN, "Capital"));
    Question numeric = GIFT.read("Born in {#1822} AD.", "x").questions().get(0);
    assertThat(numeric.info().prompt()).isEqualTo(Text.of(Language.EN, "Born in _____ AD."));
    Question pi = GIFT.read("Pi to three places? {#3.14159:0.0005}.", "x").questions().get(0);
    assertThat(pi.info().prompt()).isEqualTo(Text.of(Language.EN, "Pi to three places? _____."));
    assertThat(((Question.Numeric) numeric).answer()).isEqualTo(new BigDecimal("1822"));
    assertThat(numeric.info().explanation()).isEqualTo(Optional.empty());
  }

  @Test
  void braces_out_of_place_are_reported_on_their_own_line() {
    Imported read =
        GIFT.read(
            "Stray } here {=a ~b}\n\nFeedback {=a#see } b ~c}\n\n::T::\nTwo lines\nthen {=x\n~y",
            "x");
    assertThat(read.questions()).isEmpty();
    assertThat(read.notes())
        .extracting(Note::toString)
        .containsExactly(
            "line 1: this '}' closes no '{' (write \\} for a literal brace)",
            "line 3: a question has one { } of answers; write \\{ and \\} for literal braces",
            "line 7: this '{' is never closed (write \\{ and \\} for literal braces)");
  }

  @Test
  void the_kind_is_told_as_moodle_tells_it() {
    List<Question> read =
        GIFT.read(
                "A {true}\n\nB {=a -> b ~c}\n\nC {=a->1 =b->2}\n\nD {F#no#yes ####general}\n\nE {#=5 ~6}",
                "x")
            .questions();
    assertThat(read)
        .extracting(Question::kind)
        .extracting(k -> k.code())
        .containsExactly("text", "choice", "match", "truefalse", "numeric");
    assertThat(((Question.Typed) read.get(0)).accept()).containsExactly("true");
    assertThat(((Question.Choice) read.get(1)).choices().get(0))
        .isEqualTo(Text.of(Language.EN, "a -> b"));
    assertThat(read.get(3).info().explanation()).contains(Text.of(Language.EN, "general"));
  }

  @Test
  void html_answers_and_feedback_are_plain_text_too() {
    Question.Choice q =
        (Question.Choice)
            GIFT.read(
                    "::H::[html]<p>Pick&nbsp;one&hellip; &foo;</p>{=&lt;b&gt; ~<i>c</i> &amp; d"
                        + " ~x&zwnj;y ####<b>Because</b><br/>it is.}",
                    "x")
                .questions()
                .get(0);
    assertThat(q.info().prompt().in(Language.EN)).isEqualTo("Pick one… &foo;");
    assertThat(q.choices())
        .extracting(t -> t.in(Language.EN))
        .containsExactly("<b>", "c & d", "x\u200Cy");
    assertThat(explanation(q)).isEqualTo("Because\nit is.");
  }
}
