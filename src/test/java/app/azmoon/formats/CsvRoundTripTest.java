package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Exporting a bank to CSV and importing the file gives back the same questions and answers. */
class CsvRoundTripTest {
  private static final Csv CSV = new Csv();

  private static Imported roundTrip(Bank bank) {
    Exported exported = CSV.write(bank);
    assertThat(exported.skipped()).isEmpty();
    return CSV.read(exported.text(), bank.id());
  }

  @Test
  void every_question_of_the_bundled_bank_comes_back_the_same_but_for_its_quote() {
    Bank bank = Comparable.bundled();
    Imported back = roundTrip(bank);
    assertThat(back.questions().stream().map(Question::kind).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(Kind.class));
    assertThat(Comparable.all(back.questions())).isEqualTo(Comparable.all(bank.questions()));
    assertThat(back.notes().stream().map(Note::toString))
        .containsExactly(
            "line 1: the quote column is left out: an imported bank has no source text to check"
                + " quotes against");
  }

  @Test
  void the_file_starts_with_a_byte_order_mark_for_excel_and_has_a_header_row() {
    String text = CSV.write(Comparable.bundled()).text();
    assertThat(text).startsWith("\uFEFFid,type,prompt,prompt_en,answer,");
    assertThat(text.lines().skip(1).filter(l -> l.startsWith("kw-"))).hasSize(93);
  }

  private static Info info(String id, String prompt) {
    return new Info(id, Texts.of(prompt), Optional.empty(), Optional.empty(), List.of(), 1);
  }

  private static Text both(String fa, String en) {
    return new Text(Optional.of(fa), Optional.of(en));
  }

  @Test
  void awkward_texts_and_every_optional_field_come_back_exactly() {
    Info rich =
        new Info(
            "q-rich",
            both("=SUM(A1) \"نقل\", با\nدو خط", "+quoted, \"twice\"\n\tand a tab"),
            Optional.of(both("توضیح، با ویرگول", "-dash first")),
            Optional.empty(),
            List.of("a", "b-2"),
            1.5);
    List<Question> questions =
        List.of(
            new Question.Choice(
                rich,
                List.of(Texts.of("3"), Texts.of("2"), Texts.of("1"), Texts.of("@home")),
                Set.of(0, 2),
                false),
            new Question.Typed(
                info("q-typed", "Who?"),
                List.of("Kim", "'=x"),
                List.of("Kimm"),
                false,
                List.of(new Partial("Kim Jong 2", 0.5), new Partial("کیم", 1.0 / 3))),
            new Question.Numeric(
                info("q-minus", "دما؟"),
                new BigDecimal("-5"),
                new BigDecimal("-7.5"),
                new BigDecimal("-2"),
                Optional.of(both("درجه", "degrees")),
                List.of(
                    new PartialRange(new BigDecimal("-10"), new BigDecimal("-8"), 0.25),
                    new PartialRange(new BigDecimal("0"), new BigDecimal("0"), 0.1))),
            new Question.Choice(
                info("q-weights", "Which?"),
                List.of(Texts.of("right"), Texts.of("half"), Texts.of("wrong")),
                Set.of(0),
                true,
                List.of(1.0, 0.5, -0.25)),
            new Question.Choice(
                info("q-all-weights", "Which ones?"),
                List.of(Texts.of("a"), Texts.of("b"), Texts.of("c")),
                Set.of(0, 1),
                true,
                List.of(0.7, 0.3, -1.0)),
            new Question.Dated(info("q-day", "روز؟"), new PartialDate(1951, 4, 12)),
            new Question.TrueFalse(info("q-tf", "True?"), true),
            new Question.Order(info("q-order", "مرتب"), List.of(both("یک", "one"), Texts.of("2"))),
            new Question.Match(
                info("q-match", "Match"),
                List.of(
                    new Question.Pair(both("الف", "a"), Texts.of("x")),
                    new Question.Pair(Texts.of("b"), both("ی", "y")))),
            new Question.Cloze(
                info("q-cloze", "پر کنید"), ClozeText.parse("{{a|b}}, \"c\" {{د}}")));
    Bank bank = new Bank("t", Texts.of("آزمون"), Language.FA, Optional.empty(), questions);
    Imported back = roundTrip(bank);
    assertThat(back.notes()).isEmpty();
    assertThat(back.questions()).isEqualTo(questions);
  }

  @Test
  void an_english_bank_writes_english_in_the_plain_columns_and_persian_beside_them() {
    Info info =
        new Info(
            "q-en",
            both("پایتخت کره جنوبی؟", "Capital of South Korea?"),
            Optional.of(both("سئول", "Seoul")),
            Optional.empty(),
            List.of("places"),
            1);
    List<Question> questions =
        List.of(
            new Question.Choice(
                info, List.of(both("سئول", "Seoul"), both("بوسان", "Busan")), Set.of(0), true));
    Bank bank = new Bank("en", Texts.of("Korea"), Language.EN, Optional.empty(), questions);
    String text = CSV.write(bank).text();
    assertThat(text.lines().findFirst())
        .contains(
            "\uFEFFid,type,prompt,prompt_fa,answer,choice1,choice2,choice1_fa,choice2_fa,"
                + "explanation,explanation_fa,tags");
    assertThat(text)
        .contains("q-en,choice,Capital of South Korea?,پایتخت کره جنوبی؟,1,Seoul,Busan");
    assertThat(roundTrip(bank).questions()).isEqualTo(questions);
  }

  @Test
  void what_csv_cannot_carry_is_skipped_with_a_note() {
    Bank bank =
        new Bank(
            "t",
            Texts.of("t"),
            Language.EN,
            Optional.empty(),
            List.of(
                new Question.Typed(info("pipe", "Which?"), List.of("a|b"), List.of(), true),
                new Question.Match(
                    info("arrow", "Match"),
                    List.of(
                        new Question.Pair(Texts.of("a -> b"), Texts.of("c")),
                        new Question.Pair(Texts.of("d"), Texts.of("e")))),
                new Question.Cloze(
                    info("options", "Fill"),
                    new ClozeText(
                        List.of(
                            new ClozeText.Literal("Port "),
                            new ClozeText.Gap(
                                List.of("Busan"), List.of(), List.of("Busan", "Seoul"))))),
                new Question.TrueFalse(info("fine", "Yes?"), false)));
    Exported exported = CSV.write(bank);
    assertThat(exported.skipped().stream().map(Note::toString))
        .containsExactly(
            "pipe: \"a|b\" holds a |, which separates alternatives in a CSV cell",
            "arrow: \"a -> b\" holds an arrow, which separates a pair's sides in a CSV cell",
            "options: a gap with options or partly right answers has no CSV form (JSON keeps it)");
    assertThat(CSV.read(exported.text(), "t").questions())
        .extracting(Question::id)
        .containsExactly("fine");
  }
}
