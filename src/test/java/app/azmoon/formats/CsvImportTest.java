package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvImportTest {
  private static Imported read(String text) {
    return new Csv().read(text, "t");
  }

  private static Question only(String text) {
    Imported imported = read(text);
    assertThat(imported.notes()).as("notes").isEmpty();
    assertThat(imported.questions()).hasSize(1);
    return imported.questions().get(0);
  }

  private static List<String> notes(Imported imported) {
    return imported.notes().stream().map(Note::toString).toList();
  }

  @Test
  void the_smallest_file_gives_a_persian_text_question_with_its_alternatives() {
    Question q = only("prompt,answer,tags\nپایتخت کره جنوبی کجاست؟,سئول | سیول|Seoul,places\n");
    assertThat(q).isInstanceOf(Question.Typed.class);
    assertThat(((Question.Typed) q).accept()).containsExactly("سئول", "سیول", "Seoul");
    assertThat(q.info().prompt()).isEqualTo(Text.of(Language.FA, "پایتخت کره جنوبی کجاست؟"));
    assertThat(q.info().tags()).containsExactly("places");
    assertThat(q.id()).startsWith("t-q-");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "۶۳۵٬۰۰۰ | 635000",
        "\"635,000\" | 635000",
        "ششصد و سی و پنج هزار | 635000",
        "-12.5 | -12.5",
        "1950 | 1950"
      })
  void an_answer_that_is_a_number_in_any_script_makes_a_numeric_question(String cell, String n) {
    Question q = only("prompt,answer\nچند؟," + cell + "\n");
    assertThat(q).isInstanceOf(Question.Numeric.class);
    assertThat(((Question.Numeric) q).answer()).isEqualByComparingTo(new BigDecimal(n));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "1950-06 | 1950-06",
        "June 1950 | 1950-06",
        "ژوئن ۱۹۵۰ | 1950-06",
        "۱۲ آوریل ۱۹۵۱ | 1951-04-12",
        "12 April 1951 | 1951-04-12"
      })
  void an_answer_that_is_a_date_makes_a_date_question(String cell, String iso) {
    Question q = only("prompt,answer\nکی؟," + cell + "\n");
    assertThat(q).isInstanceOf(Question.Dated.class);
    assertThat(((Question.Dated) q).answer()).isEqualTo(PartialDate.parse(iso).orElseThrow());
  }

  @Test
  void a_year_alone_is_a_number_unless_the_type_says_date() {
    assertThat(only("prompt,answer\nسال؟,1949\n").kind()).isEqualTo(Kind.NUMERIC);
    Question q = only("prompt,answer,type\nسال؟,۱۹۴۹,date\n");
    assertThat(((Question.Dated) q).answer()).isEqualTo(new PartialDate(1949, 0, 0));
  }

  @ParameterizedTest
  @CsvSource({"true,true", "FALSE,false", "درست,true", "نادرست,false", "غلط,false", "صحیح,true"})
  void true_and_false_in_either_language_make_a_truefalse_question(String cell, boolean answer) {
    Question q = only("prompt,answer\nجمله,\"" + cell + "\"\n");
    assertThat(q).isEqualTo(new Question.TrueFalse(q.info(), answer));
  }

  @ParameterizedTest
  @ValueSource(strings = {"سئول", "۲", "2", "b", "B", "سِئول"})
  void a_choice_answer_is_the_option_text_number_or_letter(String answer) {
    Question q =
        only(
            "prompt,choice1,choice2,choice3,answer\nپایتخت؟,پیونگ‌یانگ,سئول,بوسان,"
                + answer
                + "\n");
    Question.Choice c = (Question.Choice) q;
    assertThat(c.choices())
        .extracting(t -> t.in(Language.FA))
        .containsExactly("پیونگ‌یانگ", "سئول", "بوسان");
    assertThat(c.correct()).containsExactly(1);
    assertThat(c.shuffle()).isTrue();
  }

  @Test
  void an_option_whose_text_is_a_number_wins_over_the_position_it_names() {
    Question.Choice c =
        (Question.Choice) only("prompt,choice1,choice2,choice3,answer\nکدام؟,3,2,1,1\n");
    assertThat(c.correct()).containsExactly(2);
  }

  @Test
  void several_answers_make_a_select_all_question_and_repeated_choices_columns_work() {
    Question.Choice c =
        (Question.Choice) only("Prompt,Choices,Choices,Choices,Answer\nکدام‌ها؟,الف,ب,ج,1|ج\n");
    assertThat(c.correct()).containsExactly(0, 2);
    assertThat(c.selectAll()).isTrue();
  }

  @Test
  void persian_column_names_are_understood() {
    Question.Choice c =
        (Question.Choice)
            only("پرسش,گزینه ۱,گزینه ۲,پاسخ,برچسب‌ها,توضیح,امتیاز\nکدام؟,یک,دو,دو,dates,چون,۲\n");
    assertThat(c.correct()).containsExactly(1);
    assertThat(c.info().tags()).containsExactly("dates");
    assertThat(c.info().explanation()).contains(Text.of(Language.FA, "چون"));
    assertThat(c.info().points()).isEqualTo(2.0);
  }

  @Test
  void language_columns_give_a_text_its_other_side() {
    Question q =
        only(
            "prompt,prompt_en,answer,explanation,Explanation (EN),choice1,choice1_en,choice2,choice2-en\n"
                + "کدام؟,Which?,1,چون,Because,سئول,Seoul,بوسان,Busan\n");
    assertThat(q.info().prompt()).isEqualTo(new Text(Optional.of("کدام؟"), Optional.of("Which?")));
    assertThat(q.info().explanation())
        .contains(new Text(Optional.of("چون"), Optional.of("Because")));
    assertThat(((Question.Choice) q).choices())
        .containsExactly(
            new Text(Optional.of("سئول"), Optional.of("Seoul")),
            new Text(Optional.of("بوسان"), Optional.of("Busan")));
  }

  @Test
  void a_gapped_answer_or_prompt_makes_a_cloze_question() {
    Question.Cloze fromAnswer =
        (Question.Cloze) only("prompt,answer\nپر کنید,پایتخت {{سئول|سیول}} است\n");
    assertThat(fromAnswer.text()).isEqualTo(ClozeText.parse("پایتخت {{سئول|سیول}} است"));
    assertThat(fromAnswer.info().prompt().in(Language.FA)).isEqualTo("پر کنید");

    Question.Cloze fromPrompt = (Question.Cloze) only("prompt,answer\nپایتخت {{سئول}} است,\n");
    assertThat(fromPrompt.text().gaps()).hasSize(1);
    assertThat(fromPrompt.info().prompt().in(Language.FA)).isEqualTo("جاهای خالی را پر کنید.");
  }

  @Test
  void order_and_match_questions_need_their_type_and_use_the_choice_columns() {
    Imported imported =
        read(
            "type,prompt,answer,choice1,choice2,choice3\n"
                + "order,به ترتیب,,۱۹۴۹,۱۹۵۰,۱۹۵۱\n"
                + "match,وصل کنید,,استالین -> شوروی,ترومن → آمریکا,\n");
    assertThat(imported.notes()).isEmpty();
    Question.Order order = (Question.Order) imported.questions().get(0);
    assertThat(order.items())
        .extracting(t -> t.in(Language.FA))
        .containsExactly("۱۹۴۹", "۱۹۵۰", "۱۹۵۱");
    Question.Match match = (Question.Match) imported.questions().get(1);
    assertThat(match.pairs())
        .containsExactly(
            new Question.Pair(Text.of(Language.FA, "استالین"), Text.of(Language.FA, "شوروی")),
            new Question.Pair(Text.of(Language.FA, "ترومن"), Text.of(Language.FA, "آمریکا")));
  }

  @Test
  void a_numeric_answer_may_carry_its_unit_and_a_range() {
    Question.Numeric n =
        (Question.Numeric)
            only("prompt,answer,unit,unit_en,min,max\nچند تن؟,۶۳۵ هزار تن,تن,tons,600000,700000\n");
    assertThat(n.answer()).isEqualByComparingTo("635000");
    assertThat(n.min()).isEqualByComparingTo("600000");
    assertThat(n.max()).isEqualByComparingTo("700000");
    assertThat(n.unit()).contains(new Text(Optional.of("تن"), Optional.of("tons")));
  }

  @Test
  void a_text_question_keeps_its_rejected_answers_and_typo_setting() {
    Question.Typed t =
        (Question.Typed)
            only("prompt,answer,reject,fuzzy\nرهبر؟,کیم ایل سونگ,کیم جونگ اون|کیم جونگ ایل,no\n");
    assertThat(t.reject()).containsExactly("کیم جونگ اون", "کیم جونگ ایل");
    assertThat(t.fuzzy()).isFalse();
  }

  @Test
  void a_tab_separated_file_with_a_byte_order_mark_and_crlf_lines_reads_the_same() {
    Imported imported =
        read("\uFEFFprompt\tanswer\ttags\r\nپایتخت، کجاست?\tسئول\tplaces, capitals\r\n");
    assertThat(imported.notes()).isEmpty();
    assertThat(imported.questions().get(0).info().prompt().in(Language.FA))
        .isEqualTo("پایتخت، کجاست?");
    assertThat(imported.questions().get(0).info().tags()).containsExactly("places", "capitals");
  }

  @Test
  void a_formula_guard_written_by_a_spreadsheet_export_is_removed() {
    Question q = only("prompt,answer\n'=2+2 چند است؟,4\n");
    assertThat(q.info().prompt().in(Language.FA)).isEqualTo("=2+2 چند است؟");
  }

  @Test
  void ids_come_from_the_id_column_or_are_the_same_on_every_import() {
    String csv = "id,prompt,answer\nkw-seoul,پایتخت؟,سئول\n,What is the capital?,Seoul\n";
    List<String> ids = read(csv).questions().stream().map(Question::id).toList();
    assertThat(ids).containsExactly("kw-seoul", "t-what-is-the-capital");
    assertThat(read(csv).questions().stream().map(Question::id).toList()).isEqualTo(ids);
  }

  @Test
  void a_second_row_with_the_same_id_gets_another_id_and_a_note() {
    Imported imported = read("id,prompt,answer\nq1,a?,x\nq1,b?,y\nBad Id!,c?,z\n");
    assertThat(imported.questions())
        .extracting(Question::id)
        .containsExactly("q1", "t-q1", "t-bad-id");
    assertThat(notes(imported))
        .containsExactly(
            "line 3: the id \"q1\" is taken by an earlier row; the question's id is t-q1",
            "line 4: the id \"Bad Id!\" is not a valid id; the question's id is t-bad-id");
  }

  @Test
  void bad_rows_are_notes_with_their_line_and_the_good_rows_are_kept() {
    String csv =
        String.join(
            "\n",
            "prompt,answer,choice1,choice2,type,points,tags",
            "\"a prompt",
            "on two lines\",42,,,,,",
            ",no prompt,,,,,",
            "which?,Z,one,two,,,",
            "kind?,x,,,essay,,",
            "same?,one,one,ONE,,,",
            "empty answer?,,,,,,",
            "points?,7,,,,many,",
            "tags?,7,,,,,\"ok, تاریخ, Korean_War;x!\"",
            "is it?,maybe,,,truefalse,,",
            "when?,soon,,,date,,",
            "");
    Imported imported = read(csv);
    assertThat(imported.questions())
        .extracting(q -> q.info().prompt().in(Language.EN))
        .containsExactly("a prompt\non two lines", "points?", "tags?");
    assertThat(imported.questions().get(2).info().tags()).containsExactly("ok", "korean-war");
    assertThat(notes(imported))
        .containsExactly(
            "line 4: the prompt is empty",
            "line 5: the answer \"Z\" is none of the 2 options: give an option's text, its number"
                + " (1, 2…) or its letter (A, B…)",
            "line 6: unknown type \"essay\" (expected one of choice, truefalse, text, numeric,"
                + " date, order, match, cloze)",
            "line 7: the options have \"ONE\" twice",
            "line 8: the answer is empty",
            "line 9: points \"many\" is not a number above 0: the question is worth 1",
            "line 10: tag \"تاریخ\" is left out: a tag is lowercase a–z, digits and dashes",
            "line 10: tag \"x!\" is left out: a tag is lowercase a–z, digits and dashes",
            "line 11: the answer \"maybe\" is neither true nor false (درست / نادرست)",
            "line 12: the answer \"soon\" is not a date (write 1950, 1950-06 or 1950-06-25)");
  }

  @Test
  void unknown_columns_extra_cells_and_the_quote_column_are_noted_not_fatal() {
    Imported imported = read("prompt,answer,colour,quote\nچند؟,3,red,«متن»,extra\n");
    assertThat(imported.questions()).hasSize(1);
    assertThat(imported.questions().get(0).info().quote()).isEmpty();
    assertThat(notes(imported))
        .containsExactly(
            "line 1: column \"colour\" is not a column Azmoon knows: it is left out",
            "line 1: the quote column is left out: an imported bank has no source text to check"
                + " quotes against",
            "line 2: 1 cell past the last named column left out");
  }

  @Test
  void an_answer_both_accepted_and_rejected_is_refused() {
    assertThat(notes(read("prompt,answer,reject\nکه؟,مائو,مائو\n")))
        .containsExactly("line 2: \"مائو\" is both accepted and rejected");
  }

  @Test
  void a_date_read_two_ways_is_taken_day_first_with_a_note() {
    Imported imported = read("prompt,answer,type\nکی؟,04/12/1951,date\n");
    assertThat(((Question.Dated) imported.questions().get(0)).answer())
        .isEqualTo(new PartialDate(1951, 12, 4));
    assertThat(notes(imported)).singleElement().asString().contains("1951-12-04 or 1951-04-12");
  }

  @Test
  void a_quote_never_closed_keeps_the_rows_before_it() {
    Imported imported = read("prompt,answer\nیک؟,1\n\"دو؟,2\nسه؟,3\n");
    assertThat(imported.questions()).hasSize(1);
    assertThat(notes(imported))
        .containsExactly(
            "line 3: a quoted field opened here is never closed; the rest of the file is left out");
  }

  @Test
  void a_file_without_prompt_and_answer_columns_cannot_be_read() {
    assertThatThrownBy(() -> read("question text,solution\nx,y\n"))
        .isInstanceOf(FormatException.class)
        .hasMessage(
            "line 1: the first row must name the columns, with at least \"prompt\" and \"answer\""
                + " (see docs/interop.md)");
    assertThatThrownBy(() -> read("prompt\nx\n")).isInstanceOf(FormatException.class);
    assertThatThrownBy(() -> read("\n\n")).hasMessage("the file has no rows, not even a header");
    assertThatThrownBy(() -> read("prompt,answer,Prompt\n"))
        .hasMessage("line 1: the header has column \"Prompt\" twice");
  }

  @Test
  void weights_give_the_right_options_when_there_is_no_answer() {
    Imported imported =
        read(
            "prompt,choice1,choice2,choice3,answer,credits\n"
                + "single?,a,b,c,,1|50%|-0.25\n"
                + "all?,a,b,c,,۰٫۵|0.5|-1\n"
                + "given?,a,b,c,c,0|0|1\n"
                + "wrong count?,a,b,c,,1|0\n"
                + "no right one?,a,b,c,,0.5|0.2|0\n");
    assertThat(imported.questions())
        .map(q -> (Question.Choice) q)
        .satisfiesExactly(
            single -> {
              assertThat(single.correct()).containsExactly(0);
              assertThat(single.credits()).containsExactly(1.0, 0.5, -0.25);
            },
            all -> assertThat(all.correct()).containsExactly(0, 1),
            given -> assertThat(given.correct()).containsExactly(2));
    assertThat(notes(imported))
        .containsExactly(
            "line 5: credits has 2 weights for 3 options: give one each",
            "line 6: no option has weight 1, and the weights above 0 do not add up to 1");
  }

  @Test
  void partly_right_answers_and_ranges_carry_their_share() {
    Imported imported =
        read(
            "prompt,answer,partial,type\n"
                + "بندر؟,بوسان,پوسان ۵۰٪|Pusan 25 %,\n"
                + "سال؟,1950,1949..1951 50%|1952 10%,numeric\n"
                + "بد؟,بوسان,پوسان,\n");
    Question.Typed typed = (Question.Typed) imported.questions().get(0);
    assertThat(typed.partial())
        .containsExactly(new Partial("پوسان", 0.5), new Partial("Pusan", 0.25));
    Question.Numeric numeric = (Question.Numeric) imported.questions().get(1);
    assertThat(numeric.partial())
        .containsExactly(
            new PartialRange(new BigDecimal("1949"), new BigDecimal("1951"), 0.5),
            new PartialRange(new BigDecimal("1952"), new BigDecimal("1952"), 0.1));
    assertThat(notes(imported))
        .containsExactly(
            "line 4: the partly right answer \"پوسان\" has no share: write it as answer 50%");
  }

  @Test
  void choices_are_in_their_numbers_order_and_empty_ones_are_left_out() {
    Question.Choice c =
        (Question.Choice)
            only("prompt,choice3,choice1,choice2,choice4,answer\nکدام؟,سه,یک,دو,,سه\n");
    assertThat(c.choices()).extracting(t -> t.in(Language.FA)).containsExactly("یک", "دو", "سه");
    assertThat(c.correct()).isEqualTo(Set.of(2));
  }
}
