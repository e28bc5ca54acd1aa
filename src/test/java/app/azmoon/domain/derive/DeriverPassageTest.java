package app.azmoon.domain.derive;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.derive.Derivation.Asked;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Korean War passage as learners read it (the bundled bank's source). */
class DeriverPassageTest {
  private static String passage;
  private static Derivation derived;

  @BeforeAll
  static void derive() throws IOException {
    passage = Files.readString(Path.of("questions/sources/korean-war.fa.txt"));
    derived = Deriver.derive(passage, "kw");
  }

  @Test
  void every_quantity_and_date_of_the_passage_is_asked_for_with_its_answer() {
    assertThat(Drafts.answers(derived))
        .contains(
            "date 1949", // از سال ۱۹۴۹, and again in پایان سال ۱۹۴۹
            "date 1949-09", // سپتامبر این سال: the year the passage gave last
            "date 1950-06",
            "date 1950-04",
            "date 1951-04-12",
            "numeric 635000 تن",
            "numeric 38 درجه",
            "numeric 30 فروند",
            "numeric 36 بمب‌افکن",
            "numeric 100 جت",
            "numeric 12 فروند",
            "numeric 11 فروند");
    assertThat(Drafts.answers(derived)).filteredOn("date 1949"::equals).hasSize(2);
  }

  @Test
  void model_names_are_skipped_and_never_asked_for() {
    assertThat(Drafts.skipped(derived))
        .containsSubsequence("«میگ ۱۵» NAME", "«میگ ۱۵» NAME", "«میگ ۱۵» NAME", "«بی ۲۹» NAME");
    assertThat(Drafts.answers(derived))
        .noneMatch(a -> a.matches(".* (15|29)( .*)?") || a.contains("میگ") || a.contains("بی ۲۹"));
  }

  @Test
  void words_that_look_like_numbers_but_are_not_amounts_are_skipped() {
    assertThat(Drafts.skipped(derived))
        .contains("«صدها هزار» VAGUE", "«پنج‌شنبه» WEEKDAY", "«یک» ARTICLE");
  }

  @Test
  void every_right_answer_typed_back_is_accepted_by_the_checker() {
    for (Asked asked : Drafts.asked(derived)) {
      for (String typed : Drafts.typedBack(asked)) {
        assertThat(AnswerChecker.check(asked.question(), typed, Language.FA).correct())
            .as("%s typed as %s", asked.question().id(), typed)
            .isTrue();
      }
    }
  }

  @Test
  void a_date_typed_as_the_passage_writes_it_is_accepted() {
    for (String written : List.of("ژوئن ۱۹۵۰", "آوریل ۱۹۵۰", "۱۲ اپریل سال ۱۹۵۱")) {
      Question q =
          Drafts.asked(derived).stream()
              .filter(a -> a.written().equals(written))
              .findFirst()
              .orElseThrow()
              .question();
      assertThat(AnswerChecker.check(q, written, Language.FA).correct()).as(written).isTrue();
    }
  }

  @Test
  void each_question_quotes_its_sentence_verbatim_and_blanks_only_its_own_span() {
    for (Asked asked : Drafts.asked(derived)) {
      String quote = asked.question().info().quote().orElseThrow();
      assertThat(passage).contains(quote);
      assertThat(Drafts.gapped(asked.question()).replace(Drafted.BLANK, asked.written()))
          .isEqualTo(quote);
    }
  }

  @Test
  void several_numbers_in_one_sentence_give_one_question_each_with_the_others_visible() {
    List<Asked> lastSentence = Drafts.asked(derived).stream().filter(a -> a.line() == 10).toList();
    assertThat(lastSentence)
        .extracting(Asked::written)
        .containsExactly("۱۲ اپریل سال ۱۹۵۱", "۳۰", "۳۶", "یکصد", "۱۲", "۱۱");
    String thirty = Drafts.gapped(lastSentence.get(1).question());
    assertThat(thirty).contains("…… فروند میگ", "۳۶ بمب‌افکن", "یکصد جت", "۱۲ فروند", "۱۱ فروند");
  }

  @Test
  void ids_are_valid_distinct_and_the_same_when_the_text_is_derived_again() {
    List<String> ids = derived.questions().stream().map(Question::id).toList();
    assertThat(ids)
        .allMatch(Ids::isValid)
        .allMatch(id -> id.startsWith("kw-"))
        .doesNotHaveDuplicates();
    assertThat(Deriver.derive(passage, "kw").questions()).extracting(Question::id).isEqualTo(ids);
  }

  @Test
  void an_edited_sentence_changes_only_its_own_ids() {
    String edited = passage.replace("۶۳۵٬۰۰۰ تن بمب", "۶۰۰٬۰۰۰ تن بمب");
    List<String> before = derived.questions().stream().map(Question::id).toList();
    List<String> after =
        Deriver.derive(edited, "kw").questions().stream().map(Question::id).toList();
    assertThat(after).hasSameSizeAs(before);
    assertThat(after.stream().filter(id -> !before.contains(id)).toList()).hasSize(1);
  }
}
