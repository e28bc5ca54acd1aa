package app.azmoon.tui;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.engine.Asked;
import app.azmoon.engine.Planner;
import app.azmoon.engine.Selection;
import app.azmoon.engine.Session;
import app.azmoon.i18n.Messages;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import app.azmoon.text.Columns;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which way the learner's screen reads: the prompt, the typed answer, lines without letters. */
class ScreenDirectionTest {
  /** پاسخ joined and in visual order: خ final, س initial, ا final, پ initial. */
  private static final String ANSWER_WORD = "\uFEA6\uFEB3\uFE8E\uFB58";

  private static Screen screen(Language language, RtlMode mode, int width) {
    return new Screen(new Messages(language), new Style(false), mode, width);
  }

  @Test
  void the_persian_prompt_reads_right_in_both_modes() {
    assertThat(screen(Language.FA, RtlMode.TERMINAL, 80).prompt()).isEqualTo("پاسخ> ");
    // The line editor runs left to right: the word, joined and reversed, then ">" pointing at the
    // answer typed to its right.
    assertThat(screen(Language.FA, RtlMode.VISUAL, 80).prompt()).isEqualTo(ANSWER_WORD + "> ");
    assertThat(screen(Language.EN, RtlMode.VISUAL, 80).prompt()).isEqualTo("answer> ");
  }

  @Test
  void in_visual_mode_the_typed_answer_is_shown_again_joined_and_in_reading_order() {
    // مائو: م initial, ا final, ئ initial (ا never joins forward), و final; reversed. The line
    // "پاسخ> مائو" reads from the right, so ">" is mirrored and points left, at the answer.
    String mao = "\uFEEE\uFE8B\uFE8E\uFEE3";
    assertThat(screen(Language.FA, RtlMode.VISUAL, 20).echo("مائو"))
        .containsExactly(" ".repeat(10) + mao + " <" + ANSWER_WORD);
    assertThat(screen(Language.EN, RtlMode.VISUAL, 20).echo("مائو"))
        .containsExactly("answer> " + mao);
    // A bidi terminal already shows the editor's line right; nothing is added.
    assertThat(screen(Language.FA, RtlMode.TERMINAL, 20).echo("مائو")).isEmpty();
  }

  @Test
  void a_typed_answer_is_neutralized_before_it_is_shown_again() {
    assertThat(screen(Language.EN, RtlMode.VISUAL, 40).echo("a\u001B]0;x\u0007"))
        .containsExactly("answer> a␛]0;x␇");
  }

  @Test
  void match_items_that_are_numbers_line_up_with_the_persian_lines_in_visual_mode() {
    Bank bank =
        new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));
    Asked asked =
        Planner.plan(
                List.of(bank),
                new Selection(
                    List.of(), OptionalInt.empty(), Selection.QuestionOrder.BANK, 1, false),
                new Random(1))
            .stream()
            .filter(a -> a.question().id().equals("kw-match-numbers"))
            .findFirst()
            .orElseThrow();
    List<String> lines =
        screen(Language.FA, RtlMode.VISUAL, 100)
            .turn(new Session.Turn(asked, 1, 1, false), 0, 0, Set.of(), Optional.empty());
    // Every line, "۱. ۶۳۵٬۰۰۰" among them, ends at the right edge where a Persian reader starts.
    assertThat(lines.stream().filter(l -> !l.isEmpty()))
        .isNotEmpty()
        .allSatisfy(l -> assertThat(Columns.width(l)).as(l).isEqualTo(100));
    assertThat(lines).anyMatch(l -> l.endsWith("۶۳۵٬۰۰۰ .۱"));
    // In terminal mode an RLM tells a bidi terminal that the number line is right to left.
    assertThat(
            screen(Language.FA, RtlMode.TERMINAL, 100)
                .turn(new Session.Turn(asked, 1, 1, false), 0, 0, Set.of(), Optional.empty()))
        .contains("\u200F۱. ۶۳۵٬۰۰۰");
  }
}
