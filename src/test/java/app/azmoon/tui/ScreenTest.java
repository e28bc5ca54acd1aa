package app.azmoon.tui;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.engine.Asked;
import app.azmoon.engine.Planner;
import app.azmoon.engine.Selection;
import app.azmoon.engine.Session;
import app.azmoon.i18n.Messages;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every question of the bundled bank, shown in both languages and both right-to-left modes. */
class ScreenTest {
  private static final Bank BANK =
      new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));

  static Stream<Arguments> everyQuestionShown() {
    List<Asked> plan =
        Planner.plan(
            List.of(BANK),
            new Selection(List.of(), OptionalInt.empty(), Selection.QuestionOrder.BANK, 7, true),
            new Random(7));
    return plan.stream()
        .flatMap(
            a ->
                Stream.of(Language.values())
                    .flatMap(l -> Stream.of(RtlMode.values()).map(m -> Arguments.of(a, l, m))));
  }

  @ParameterizedTest
  @MethodSource("everyQuestionShown")
  void every_question_renders_and_its_shown_labels_are_what_the_checker_accepts(
      Asked asked, Language language, RtlMode mode) {
    Screen screen = new Screen(new Messages(language), new Style(false), mode, 80);
    List<String> lines =
        screen.turn(
            new Session.Turn(asked, 1, 1, false), 0, 0, Set.of(), java.util.Optional.empty());
    assertThat(lines).isNotEmpty();
    // The right answer as shown to the learner, typed back, is judged right: the screen's labels
    // and the checker's agree.
    String expected = AnswerChecker.check(asked.question(), "", language, asked.shown()).expected();
    String typed = expected;
    if (asked.question() instanceof Question.Choice) {
      // "(۱) … ؛ (۴) …": a learner types the labels.
      typed =
          String.join(
              " ",
              java.util.regex.Pattern.compile("\\(([^)]+)\\)")
                  .matcher(expected)
                  .results()
                  .map(m -> m.group(1))
                  .toList());
    }
    assertThat(AnswerChecker.check(asked.question(), typed, language, asked.shown()).correct())
        .as("%s answered %s", asked.question().id(), typed)
        .isTrue();
    if (asked.question() instanceof Question.Match && mode == RtlMode.TERMINAL) {
      assertThat(lines).anyMatch(l -> l.startsWith(language == Language.FA ? "الف) " : "a) "));
    }
  }
}
