package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AikenTest {
  private static final Aiken AIKEN = new Aiken();

  private static Imported read(String text) {
    return AIKEN.read(text, "a");
  }

  private static List<String> notes(Imported imported) {
    return imported.notes().stream().map(Note::toString).toList();
  }

  @Test
  void moodles_own_example_reads_as_one_choice_question() {
    Imported imported =
        read(
            """
            What is the correct answer to this question?
            A. Is it this one?
            B. Maybe this answer?
            C. Possibly this one?
            D. Must be this one!
            ANSWER: D
            """);
    assertThat(notes(imported)).isEmpty();
    Question.Choice q = (Question.Choice) imported.questions().get(0);
    assertThat(q.info().prompt().in(Language.EN))
        .isEqualTo("What is the correct answer to this question?");
    assertThat(q.choices())
        .extracting(t -> t.in(Language.EN))
        .containsExactly(
            "Is it this one?", "Maybe this answer?", "Possibly this one?", "Must be this one!");
    assertThat(q.correct()).containsExactly(3);
    assertThat(q.id()).isEqualTo("a-what-is-the-correct-answer-to-this-quest");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void persian_questions_with_either_option_style_and_any_line_ending(String eol) {
    String text =
        String.join(
            eol,
            "\uFEFFپایتخت کره جنوبی کدام است؟",
            "A) پیونگ‌یانگ",
            "B) سئول",
            "ANSWER: B",
            "",
            "",
            "کره در چه سالی تقسیم شد؟",
            "A.\t۱۹۴۵",
            "B. ۱۹۵۰",
            "C. ۱۹۵۳",
            "answer: a",
            "");
    Imported imported = read(text);
    assertThat(notes(imported)).isEmpty();
    assertThat(imported.questions()).hasSize(2);
    Question.Choice first = (Question.Choice) imported.questions().get(0);
    assertThat(first.info().prompt().fa()).contains("پایتخت کره جنوبی کدام است؟");
    assertThat(first.correct()).containsExactly(1);
    assertThat(((Question.Choice) imported.questions().get(1)).correct()).containsExactly(0);
    assertThat(first.id()).matches("a-q-[0-9a-f]{8}");
  }

  @Test
  void a_question_on_several_lines_keeps_them() {
    Question.Choice q =
        (Question.Choice)
            read("Read this.\nThen answer:\nA. x\nB. y\nANSWER: A\n").questions().get(0);
    assertThat(q.info().prompt().in(Language.EN)).isEqualTo("Read this.\nThen answer:");
  }

  @Test
  void problems_are_notes_with_their_line_and_the_good_questions_are_kept() {
    String text =
        String.join(
            "\n",
            "A. an option with no question",
            "Good one?",
            "A. yes",
            "B. no",
            "ANSWER: A",
            "No answer line?",
            "A. x",
            "B. y",
            "Out of range?",
            "A. x",
            "B. y",
            "ANSWER: E",
            "Only one option?",
            "A. x",
            "ANSWER: A",
            "Twice?",
            "A. Same",
            "B. same",
            "ANSWER: B",
            "ANSWER: A",
            "Last good one?",
            "A. x",
            "C. y",
            "ANSWER: C",
            "Never finished?",
            "A. x");
    Imported imported = read(text);
    assertThat(imported.questions())
        .extracting(q -> q.info().prompt().in(Language.EN))
        .containsExactly("Good one?", "Last good one?");
    assertThat(((Question.Choice) imported.questions().get(1)).correct()).containsExactly(1);
    assertThat(notes(imported))
        .containsExactly(
            "line 1: an option before any question: left out",
            "line 6: the question has no ANSWER: line before the next question starts on line 9:"
                + " left out",
            "line 9: ANSWER: E on line 12 names none of the options A, B",
            "line 13: a question needs two options or more, found 1",
            "line 16: the option \"same\" is there twice",
            "line 20: an ANSWER: line with no question before it: left out",
            "line 25: the question has no ANSWER: line before the file ends: left out");
  }

  @Test
  void the_same_file_gives_the_same_ids() {
    String text = "Q?\nA. x\nB. y\nANSWER: A\nQ?\nA. x\nB. z\nANSWER: B\n";
    assertThat(read(text).questions()).extracting(Question::id).containsExactly("a-q", "a-q-2");
    assertThat(read(text).questions()).extracting(Question::id).containsExactly("a-q", "a-q-2");
  }

  @Test
  void writing_keeps_single_answer_choices_and_lists_the_rest() {
    Bank bank = Comparable.bundled();
    Exported exported = AIKEN.write(bank);
    List<Question> single =
        bank.questions().stream()
            .filter(q -> q instanceof Question.Choice c && !c.selectAll())
            .toList();
    assertThat(exported.skipped()).hasSize(bank.questions().size() - single.size());
    assertThat(exported.skipped())
        .filteredOn(n -> n.where().equals("kw-ch-retreat-causes"))
        .singleElement()
        .extracting(Note::message)
        .isEqualTo("Aiken has single-answer choice questions only, not select-all ones");
    assertThat(exported.skipped())
        .filteredOn(n -> n.where().equals("kw-us-withdrawal-year"))
        .singleElement()
        .extracting(Note::message)
        .isEqualTo("Aiken has single-answer choice questions only, not date ones");

    Imported back = read(exported.text());
    assertThat(back.notes()).isEmpty();
    assertThat(back.questions()).hasSameSizeAs(single);
    for (int i = 0; i < single.size(); i++) {
      Question.Choice was = (Question.Choice) single.get(i);
      Question.Choice is = (Question.Choice) back.questions().get(i);
      assertThat(is.info().prompt().in(Language.FA)).isEqualTo(was.info().prompt().in(Language.FA));
      assertThat(is.choices().stream().map(t -> t.in(Language.FA)))
          .containsExactlyElementsOf(was.choices().stream().map(t -> t.in(Language.FA)).toList());
      assertThat(is.correct()).isEqualTo(was.correct());
    }
  }

  @Test
  void a_prompt_that_would_read_as_an_option_or_weighted_options_are_not_written() {
    Bank bank =
        new Bank(
            "b",
            Texts.of("b"),
            Language.EN,
            java.util.Optional.empty(),
            List.of(
                new Question.Choice(
                    new app.azmoon.domain.question.Info(
                        "tricky",
                        Texts.of("A. Lincoln was?"),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        List.of(),
                        1),
                    List.of(Texts.of("president"), Texts.of("general")),
                    Set.of(0),
                    true),
                new Question.Choice(
                    new app.azmoon.domain.question.Info(
                        "weighted",
                        Texts.of("Which?"),
                        java.util.Optional.empty(),
                        java.util.Optional.empty(),
                        List.of(),
                        1),
                    List.of(Texts.of("right"), Texts.of("half")),
                    Set.of(0),
                    true,
                    List.of(1.0, 0.5))));
    Exported exported = AIKEN.write(bank);
    assertThat(exported.text()).isEmpty();
    assertThat(exported.skipped().stream().map(Note::toString))
        .containsExactly(
            "tricky: its prompt would read as an option or an answer line",
            "weighted: Aiken has no option weights: one option is right, the others wrong");
  }
}
