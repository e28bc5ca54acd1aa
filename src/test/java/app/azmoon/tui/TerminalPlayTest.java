package app.azmoon.tui;

import static app.azmoon.tui.Typist.after;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.ShownOrder;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.engine.Asked;
import app.azmoon.engine.Rules;
import app.azmoon.engine.Session;
import app.azmoon.i18n.Messages;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The terminal front end over JLine's virtual terminal streams: keys in, screen out. */
@Timeout(240)
class TerminalPlayTest {
  private static final String PROMPT = "answer>";

  private static Question.Choice choice(String id) {
    return new Question.Choice(
        new Info(
            id,
            Text.of(Language.EN, "Who? " + id),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            1),
        List.of(Text.of(Language.EN, "Stalin"), Text.of(Language.EN, "Truman")),
        Set.of(1),
        false);
  }

  private static Session session() {
    return session(Rules.DEFAULT);
  }

  private static Session session(Rules rules) {
    Bank bank =
        new Bank(
            "t",
            Text.of(Language.EN, "T"),
            Language.EN,
            Optional.empty(),
            List.of(choice("a"), choice("b"), choice("c")));
    List<Asked> plan =
        bank.questions().stream().map(q -> new Asked(bank, q, ShownOrder.BANK_ORDER)).toList();
    return new Session(plan, rules, Language.EN, InstantSource.system(), new Random(0));
  }

  /** Plays with the typist's steps and returns everything the screen showed. */
  private static String play(Session session, Typist.Step... steps) throws Exception {
    Typist typist = Typist.start(80, steps);
    Screen view = new Screen(new Messages(Language.EN), new Style(false), RtlMode.TERMINAL, 80);
    try (TerminalInput input = new TerminalInput(typist.terminal())) {
      new PlayLoop(session, input, view).run();
      input.print(view.summary(session.summary()));
    }
    return typist.finish();
  }

  @Test
  void typed_answers_are_judged_and_ctrl_d_ends_with_a_summary() throws Exception {
    Session s = session();
    String out =
        play(
            s,
            after(PROMPT, "2\r"),
            after("Question 2/3", ""),
            after(PROMPT, "1\r"),
            after("Question 3/3", ""),
            after(PROMPT, "\u0004"));
    assertThat(out).contains("Question 1/3", "✓ Right!", "✗ Not right.", "Answer: (2) Truman");
    assertThat(out).contains("Score: 1 of 2 (50%)", "Answered 2 of 3 questions");
    assertThat(s.summary().firstTries()).hasSize(2);
  }

  @Test
  void one_ctrl_c_asks_and_enter_goes_on() throws Exception {
    Session s = session();
    String out =
        play(
            s,
            after(PROMPT, "\u0003"),
            after("Press Ctrl-C again to quit", "\r"),
            after(PROMPT, "2\r"),
            after("Question 2/3", ""),
            after(PROMPT, "\u0004"));
    assertThat(out).contains("Press Ctrl-C again to quit");
    assertThat(s.summary().firstTries()).hasSize(1);
  }

  @Test
  void two_ctrl_c_quit_with_the_summary() throws Exception {
    Session s = session();
    String out =
        play(
            s,
            after(PROMPT, "2\r"),
            after("Question 2/3", ""),
            after(PROMPT, "\u0003"),
            after("Press Ctrl-C again to quit", "\u0003"));
    assertThat(out).contains("Press Ctrl-C again to quit", "Score: 1 of 1 (100%)");
    assertThat(s.current()).isEmpty();
  }

  /**
   * A Ctrl-C reported twice at once (as a real terminal under load may: the signal, then its key)
   * is one press: it asks, and Enter goes on.
   */
  @Test
  void a_ctrl_c_reported_twice_at_once_is_one_press() throws Exception {
    Session s = session();
    String out =
        play(
            s,
            after(PROMPT, "\u0003\u0003"),
            after("Press Ctrl-C again to quit", "\r"),
            after(PROMPT, "2\r"),
            after("Question 2/3", ""),
            after(PROMPT, "\u0004"));
    assertThat(s.summary().firstTries()).hasSize(1);
    assertThat(out).contains("Score: 1 of 1");
  }

  @Test
  void a_drill_quit_with_ctrl_c_or_ctrl_d_scores_the_questions_not_reached_as_0() throws Exception {
    List<List<Typist.Step>> quits =
        List.of(
            List.of(after(PROMPT, "\u0003"), after("Press Ctrl-C again to quit", "\u0003")),
            List.of(after(PROMPT, "\u0004")));
    for (List<Typist.Step> quit : quits) {
      Session s = session(Rules.DEFAULT.forDrill());
      List<Typist.Step> steps =
          new java.util.ArrayList<>(List.of(after(PROMPT, "2\r"), after("Question 2/3", "")));
      steps.addAll(quit);
      String out = play(s, steps.toArray(Typist.Step[]::new));
      assertThat(out).contains("Score: 1 of 3 (33.3%)", "Answered 1 of 3 questions, 1 right");
      assertThat(s.summary().firstTries()).hasSize(3);
    }
  }

  @Test
  void tab_completes_in_session_commands() throws Exception {
    Session s = session();
    String out =
        play(
            s,
            after(PROMPT, ":sk\t"),
            after(":skip", "\r"),
            after("Question 2/3", ""),
            after(PROMPT, "\u0004"));
    assertThat(out).contains("→ Skipped.", "Answered 0 of 3 questions, skipped 1, 0 right");
  }
}
