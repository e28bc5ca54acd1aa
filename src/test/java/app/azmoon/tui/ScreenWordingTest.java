package app.azmoon.tui;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.ShownOrder;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.engine.Asked;
import app.azmoon.engine.Rules;
import app.azmoon.engine.Session;
import app.azmoon.i18n.Messages;
import app.azmoon.i18n.QuestionView;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What the screen says in words: counts, plurals, arrows, headers. */
class ScreenWordingTest {
  private static Info info(String id, double points) {
    return new Info(
        id, Text.of(Language.EN, "Year?"), Optional.empty(), Optional.empty(), List.of(), points);
  }

  private static Session session(double... points) {
    List<Question> questions = new java.util.ArrayList<>();
    for (int i = 0; i < points.length; i++) {
      questions.add(new Question.TrueFalse(info("q" + i, points[i]), true));
    }
    Bank bank = new Bank("t", Text.of(Language.EN, "T"), Language.EN, Optional.empty(), questions);
    List<Asked> plan =
        questions.stream().map(q -> new Asked(bank, q, ShownOrder.BANK_ORDER)).toList();
    return new Session(plan, Rules.DEFAULT, Language.EN, InstantSource.system(), new Random(0));
  }

  private static Screen screen(Language language, boolean color) {
    return new Screen(new Messages(language), new Style(color), RtlMode.TERMINAL, 80);
  }

  @ParameterizedTest
  @ValueSource(doubles = {1, 2, 0.5, 1.5})
  void a_right_answer_earns_point_or_points_as_english_says_it(double points) {
    Session s = session(points);
    String shown = String.join("\n", screen(Language.EN, false).feedback(s.answer("true")));
    String number = points == (int) points ? String.valueOf((int) points) : String.valueOf(points);
    assertThat(shown).contains("+" + number + (points == 1 ? " point" : " points"));
    assertThat(shown).doesNotContain("+1 points");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void a_skipped_question_is_counted_as_skipped_not_answered(Language language) {
    Session s = session(1, 1, 1);
    s.answer("true");
    s.skip();
    s.end();
    String shown = String.join("\n", screen(language, false).summary(s.summary()));
    assertThat(shown)
        .contains(
            language == Language.EN
                ? "Answered 1 of 3 questions, skipped 1, 1 right"
                : "۱ پرسش از ۳ پاسخ داده شد، ۱ رد شد، ۱ درست");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void the_skip_arrow_points_the_way_the_language_reads(Language language) {
    Session s = session(1);
    String shown = String.join("\n", screen(language, false).feedback(s.skip()));
    assertThat(shown).startsWith(language == Language.EN ? "→ " : "← ");
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void the_summary_header_is_the_same_with_colour_and_without(boolean color) {
    Session s = session(1);
    s.end();
    String header = screen(Language.FA, color).summary(s.summary()).get(1);
    assertThat(header.replaceAll("\u001b\\[[0-9;]*m", "")).isEqualTo("── خلاصه ──");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void one_gap_is_filled_without_talk_of_separating_answers(Language language) {
    QuestionView view = new QuestionView(new Messages(language));
    Question.Cloze one = new Question.Cloze(info("c1", 1), ClozeText.parse("x {{a}} y"));
    Question.Cloze two = new Question.Cloze(info("c2", 1), ClozeText.parse("x {{a}} y {{b}}"));
    assertThat(view.instruction(one)).doesNotContain("|").doesNotContain("(s)");
    assertThat(view.instruction(two))
        .contains("|")
        .contains(language == Language.EN ? "2 gaps" : "۲ جای خالی");
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void a_select_all_gap_is_told_to_name_every_right_option(Language language) {
    QuestionView view = new QuestionView(new Messages(language));
    ClozeText text = ClozeText.parse("x {{a}} y {{b|c}}");
    ClozeText.Gap all = text.gaps().get(1).with(List.of(), List.of("b", "c", "d"), true);
    Question.Cloze q =
        new Question.Cloze(info("c3", 1), text.withGaps(List.of(text.gaps().get(0), all)));
    String every =
        new Messages(language).get("kind.cloze.all", language == Language.EN ? "2" : "۲");
    assertThat(view.instruction(q)).contains(every).contains("|");
    assertThat(every).contains(language == Language.EN ? "[2]" : "[۲]");
    assertThat(view.instruction(new Question.Cloze(info("c2", 1), text))).doesNotContain(every);
  }
}
