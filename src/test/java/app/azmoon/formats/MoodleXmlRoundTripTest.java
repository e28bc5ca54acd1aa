package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class MoodleXmlRoundTripTest {
  private static final Bank BUNDLED =
      new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));
  private final MoodleXml moodle = new MoodleXml();

  @Test
  void every_question_of_the_bundled_bank_comes_back_with_its_id_kind_texts_tags_and_points() {
    Exported exported = moodle.write(BUNDLED);
    Imported back = moodle.read(exported.text(), "kw");

    assertThat(back.notes()).isEmpty();
    assertThat(back.questions()).hasSameSizeAs(BUNDLED.questions());
    Map<String, Question> byId =
        back.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
    for (Question original : BUNDLED.questions()) {
      Question again = byId.get(original.id());
      assertThat(again).as(original.id()).isNotNull();
      assertThat(again.kind()).as(original.id()).isEqualTo(original.kind());
      assertThat(again.info().prompt()).as(original.id()).isEqualTo(original.info().prompt());
      assertThat(again.info().explanation())
          .as(original.id())
          .isEqualTo(original.info().explanation());
      assertThat(again.info().tags()).as(original.id()).isEqualTo(original.info().tags());
      assertThat(again.info().points()).as(original.id()).isEqualTo(original.info().points());
    }
  }

  @Test
  void every_right_answer_of_the_bundled_bank_is_right_for_the_question_read_back() {
    Imported back = moodle.read(moodle.write(BUNDLED).text(), "kw");
    Map<String, Question> byId =
        back.questions().stream().collect(Collectors.toMap(Question::id, Function.identity()));
    int checked = 0;
    for (Question original : BUNDLED.questions()) {
      for (String answer : rightAnswers(original)) {
        assertThat(AnswerChecker.check(original, answer, Language.EN).correct())
            .as("the answer %s is right for the original %s", answer, original.id())
            .isTrue();
        assertThat(AnswerChecker.check(byId.get(original.id()), answer, Language.EN).correct())
            .as("the answer %s to %s, read back", answer, original.id())
            .isTrue();
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(BUNDLED.questions().size());
  }

  @Test
  void options_items_pairs_ranges_units_and_near_misses_come_back_the_same() {
    Imported back = moodle.read(moodle.write(BUNDLED).text(), "kw");
    for (int i = 0; i < BUNDLED.questions().size(); i++) {
      Question original = BUNDLED.questions().get(i);
      Question again = back.questions().get(i);
      if (original instanceof Question.Typed t) {
        Question.Typed u = (Question.Typed) again;
        assertThat(u.accept()).isEqualTo(t.accept());
        assertThat(u.reject()).isEqualTo(t.reject());
        assertThat(u.partial()).isEqualTo(t.partial());
      } else if (original instanceof Question.Cloze c) {
        // The bank language's sentence comes back, each gap accepting both versions' answers.
        assertThat(((Question.Cloze) again).text()).isEqualTo(c.accepting(BUNDLED.language()));
      } else if (original instanceof Question.Choice c) {
        Question.Choice d = (Question.Choice) again;
        assertThat(List.of(d.choices(), d.correct(), d.shuffle()))
            .isEqualTo(List.of(c.choices(), c.correct(), c.shuffle()));
      } else if (original instanceof Question.Numeric n) {
        Question.Numeric m = (Question.Numeric) again;
        assertThat(List.of(m.answer(), m.min(), m.max(), m.unit(), m.partial()))
            .isEqualTo(List.of(n.answer(), n.min(), n.max(), n.unit(), n.partial()));
      } else if (original instanceof Question.TrueFalse t) {
        assertThat(((Question.TrueFalse) again).answer()).isEqualTo(t.answer());
      } else if (original instanceof Question.Dated d) {
        assertThat(((Question.Dated) again).answer()).isEqualTo(d.answer());
      } else if (original instanceof Question.Order o) {
        assertThat(((Question.Order) again).items()).isEqualTo(o.items());
      } else if (original instanceof Question.Match m) {
        assertThat(((Question.Match) again).pairs()).isEqualTo(m.pairs());
      }
    }
  }

  /** Every answer the original question takes as fully right, as a learner would type it. */
  static List<String> rightAnswers(Question q) {
    List<String> out = new ArrayList<>();
    if (q instanceof Question.Choice c) {
      out.add(
          c.correct().stream().map(i -> String.valueOf(i + 1)).collect(Collectors.joining(", ")));
    } else if (q instanceof Question.TrueFalse t) {
      out.add(t.answer() ? "true" : "false");
    } else if (q instanceof Question.Typed t) {
      out.addAll(t.accept());
    } else if (q instanceof Question.Numeric n) {
      out.add(n.answer().toPlainString());
      out.add(n.min().toPlainString());
      out.add(n.max().toPlainString());
    } else if (q instanceof Question.Dated d) {
      out.add(d.answer().toString());
    } else if (q instanceof Question.Order o) {
      out.add(
          IntStream.rangeClosed(1, o.items().size())
              .mapToObj(String::valueOf)
              .collect(Collectors.joining(" ")));
    } else if (q instanceof Question.Match m) {
      out.add(
          IntStream.range(0, m.pairs().size())
              .mapToObj(i -> (i + 1) + "-" + (char) ('a' + i))
              .collect(Collectors.joining(" ")));
    } else if (q instanceof Question.Cloze c) {
      List<ClozeText.Gap> gaps = c.text().gaps();
      int most = gaps.stream().mapToInt(g -> g.answers().size()).max().orElse(1);
      for (int k = 0; k < most; k++) {
        int alt = k;
        out.add(
            gaps.stream()
                .map(g -> g.answers().get(Math.min(alt, g.answers().size() - 1)))
                .collect(Collectors.joining(" | ")));
      }
    }
    return out;
  }
}
