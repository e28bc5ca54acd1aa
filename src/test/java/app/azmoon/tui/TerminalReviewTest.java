package app.azmoon.tui;

import static app.azmoon.tui.Typist.after;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.schedule.Parameters;
import app.azmoon.domain.schedule.Review;
import app.azmoon.domain.schedule.Scheduler;
import app.azmoon.engine.review.Deck;
import app.azmoon.engine.review.ReviewSession;
import app.azmoon.engine.review.ReviewSink;
import app.azmoon.i18n.Messages;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Flashcard review over JLine's virtual terminal: a typed answer, single-key ratings, undo, Ctrl-C.
 */
@Timeout(240)
class TerminalReviewTest {
  private static final String PROMPT = "answer>";
  private static final String RATE = "Rate with 1–4";
  private static final String ASK = "Press Ctrl-C again to quit";
  private final List<String> log = new ArrayList<>();

  private ReviewSession session() {
    Bank bank =
        new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));
    Instant now = Instant.parse("2026-11-27T10:00:00Z");
    ReviewSink sink =
        new ReviewSink() {
          @Override
          public void append(Review review) {
            log.add(review.card() + " " + review.rating().code());
          }

          @Override
          public void undo(String b, String card, Instant at) {
            log.add(card + " undo");
          }
        };
    return new ReviewSession(
        Deck.of(List.of(bank), Map.of()).queue(now, List.of(), 3, 10),
        Map.of(),
        new Scheduler(Parameters.DEFAULT.withFuzz(false)),
        Language.EN,
        InstantSource.fixed(now),
        sink);
  }

  private static String review(ReviewSession session, Typist.Step... steps) throws Exception {
    Typist typist = Typist.start(100, steps);
    try (TerminalInput input = new TerminalInput(typist.terminal())) {
      new ReviewLoop(
              session,
              input,
              new Screen(new Messages(Language.EN), new Style(false), RtlMode.TERMINAL, 100))
          .run();
    }
    return typist.finish();
  }

  @Test
  void a_right_typed_answer_preselects_good_and_enter_rates_it() throws Exception {
    ReviewSession s = session();
    String out =
        review(
            s,
            after(PROMPT, "September 1949\r"),
            after(RATE, "\r"),
            after("Card 2/", ""),
            after(PROMPT, "\u0004"));
    assertThat(out)
        .contains(
            "Card 1/3 · new",
            "✓ Right!",
            "1 again 1m · 2 hard 6m · 3 good 10m · 4 easy",
            "Enter = good");
    assertThat(log).containsExactly("kw-soviet-atomic-test-date good");
  }

  @Test
  void ctrl_c_at_the_rating_key_asks_first_and_a_second_one_ends_the_review() throws Exception {
    ReviewSession s = session();
    String out =
        review(s, after(PROMPT, "September 1949\r"), after(RATE, "\u0003"), after(ASK, "\u0003"));
    assertThat(out).contains("Enter = good", ASK);
    assertThat(log).isEmpty(); // nothing rated, nothing written
    assertThat(s.current()).isPresent();
  }

  @Test
  void after_one_ctrl_c_any_other_key_goes_on_to_the_rating() throws Exception {
    ReviewSession s = session();
    review(
        s,
        after(PROMPT, "\r"),
        after(RATE, "\u0003"),
        after(ASK, "x"),
        after(RATE, "2"),
        after("Card 2/", ""),
        after(PROMPT, "\u0004"));
    assertThat(log).containsExactly("kw-soviet-atomic-test-date hard");
  }

  @Test
  void ctrl_c_at_the_answer_asks_first_as_in_play() throws Exception {
    ReviewSession s = session();
    review(
        s,
        after(PROMPT, "\u0003"),
        after(ASK, "\r"),
        after(PROMPT, "\r"),
        after(RATE, "3"),
        after("Card 2/", ""),
        after(PROMPT, "\u0003"),
        after(ASK, "\u0003"));
    assertThat(log).containsExactly("kw-soviet-atomic-test-date good");
  }

  @Test
  void u_at_the_rating_key_undoes_and_names_the_question_that_comes_back() throws Exception {
    ReviewSession s = session();
    String out =
        review(
            s,
            after(PROMPT, "\r"),
            after(RATE, "4"),
            after(PROMPT, "\r"),
            after(RATE, "u"),
            after("Undone", ""),
            after(PROMPT, "\u0004"));
    assertThat(out)
        .contains(
            "Answer: September 1949",
            "Undone: “In which month and year did the Soviet Union carry out its…” will be"
                + " asked again.",
            "Card 1/3");
    assertThat(out.indexOf("Card 1/3")).isLessThan(out.indexOf("Card 2/"));
    assertThat(out.lastIndexOf("Card 1/")).isGreaterThan(out.indexOf("Undone"));
    assertThat(log)
        .containsExactly("kw-soviet-atomic-test-date easy", "kw-soviet-atomic-test-date undo");
  }

  @Test
  void colon_undo_at_the_answer_takes_back_the_last_rating() throws Exception {
    ReviewSession s = session();
    String out =
        review(
            s,
            after(PROMPT, ":undo\r"),
            after("Nothing to undo yet.", ""),
            after(PROMPT, "\r"),
            after(RATE, "1"),
            after("Card 2/", ""),
            after(PROMPT, ":undo\r"),
            after("Undone", ""),
            after(PROMPT, "\u0004"));
    assertThat(out).contains("will be asked again.");
    assertThat(log)
        .containsExactly("kw-soviet-atomic-test-date again", "kw-soviet-atomic-test-date undo");
  }
}
