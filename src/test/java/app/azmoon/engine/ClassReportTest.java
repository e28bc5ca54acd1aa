package app.azmoon.engine;

import static app.azmoon.engine.Banks.bank;
import static app.azmoon.engine.Banks.numeric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.azmoon.domain.answer.ShownOrder;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassReportTest {
  private static final Bank BANK =
      bank(numeric("a", 1), numeric("b", 2), numeric("c", 3), numeric("d", 4));
  private static final List<Asked> PLAN =
      BANK.questions().stream().map(q -> new Asked(BANK, q, ShownOrder.BANK_ORDER)).toList();

  private static DrillResult student(String name, String... answers) {
    Session s = new Session(PLAN, Rules.DEFAULT, Language.EN, new Banks.Clock(), new Random(0));
    for (String a : answers) {
      if (a.isEmpty()) {
        s.skip();
      } else {
        s.answer(a);
      }
    }
    return new DrillResult(
        Optional.empty(), 0, List.of("test"), Optional.of(name), 50, s.summary());
  }

  /** Four students: 100%, 75%, 50%, 0%. */
  private static final ClassReport CLASS =
      new ClassReport(
          List.of(
              student("A", "1", "2", "3", "4"),
              student("B", "1", "2", "3", "9"),
              student("C", "1", "2", "8", "9"),
              student("D", "7", "6", "8", "")));

  @Test
  void mean_median_and_pass_rate() {
    assertThat(CLASS.mean()).isEqualTo(56.25);
    assertThat(CLASS.median()).isEqualTo(62.5);
    assertThat(CLASS.passRate()).isEqualTo(75.0);
  }

  @Test
  void the_histogram_counts_each_tenth() {
    assertThat(CLASS.histogram()).containsExactly(1, 0, 0, 0, 0, 1, 0, 1, 0, 1);
  }

  @Test
  void item_analysis_shares_credit_common_wrong_answer_and_discrimination() {
    List<ClassReport.Item> items = CLASS.items();
    assertThat(items).extracting(ClassReport.Item::id).containsExactly("a", "b", "c", "d");
    ClassReport.Item d = items.get(3);
    assertThat(d.shareCorrect()).isEqualTo(0.25);
    assertThat(d.commonWrongAnswer()).contains("9"); // given twice; the blank is no answer
    // 27% of 4 rounds to 1: top student A got d right, bottom student D did not.
    assertThat(d.discrimination()).isCloseTo(1.0, within(1e-9));
    ClassReport.Item a = items.get(0);
    assertThat(a.shareCorrect()).isEqualTo(0.75);
    assertThat(a.discrimination()).isCloseTo(1.0, within(1e-9));
  }

  @Test
  void the_hardest_questions_come_first() {
    assertThat(CLASS.hardest()).extracting(ClassReport.Item::id).containsExactly("d", "c", "a");
  }
}
