package app.azmoon.tui;

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
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
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
@Timeout(30)
class TerminalReviewTest {
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

  private static String review(ReviewSession session, String... steps) throws Exception {
    PipedOutputStream typing = new PipedOutputStream();
    PipedInputStream in = new PipedInputStream(typing);
    ByteArrayOutputStream screen = new ByteArrayOutputStream();
    Thread typist =
        new Thread(
            () -> {
              try {
                for (String step : steps) {
                  int size = -1;
                  while (size != screen.size()) {
                    size = screen.size();
                    Thread.sleep(150);
                  }
                  typing.write(step.getBytes(StandardCharsets.UTF_8));
                  typing.flush();
                }
                Thread.sleep(60_000); // a person stays at the keyboard: the pipe stays open
              } catch (Exception e) {
                // the loop ended first
              }
            });
    typist.start();
    try (TerminalInput input = new TerminalInput(Terminals.virtual(in, screen, 100))) {
      new ReviewLoop(
              session,
              input,
              new Screen(new Messages(Language.EN), new Style(false), RtlMode.TERMINAL, 100))
          .run();
    }
    typist.interrupt();
    return screen.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_right_typed_answer_preselects_good_and_enter_rates_it() throws Exception {
    ReviewSession s = session();
    String out = review(s, "September 1949\r", "\r", "\u0003");
    assertThat(out)
        .contains(
            "Card 1/3 · new",
            "✓ Right!",
            "1 again 1m · 2 hard 6m · 3 good 10m · 4 easy",
            "Enter = good");
    assertThat(log).containsExactly("kw-soviet-atomic-test-date good");
  }

  @Test
  void ctrl_c_at_the_rating_key_is_a_key_that_ends_the_review_in_raw_mode() throws Exception {
    ReviewSession s = session();
    String out = review(s, "September 1949\r", "\u0003");
    assertThat(out).contains("Enter = good");
    assertThat(log).isEmpty(); // nothing rated, nothing written
    assertThat(s.current()).isPresent();
  }

  @Test
  void a_key_rates_u_undoes_and_ctrl_c_is_a_key_that_ends_the_review() throws Exception {
    ReviewSession s = session();
    String out = review(s, "\r", "4", "\r", "u", "\u0003");
    assertThat(out).contains("Answer: September 1949", "Undone: kw-soviet-atomic-test-date");
    assertThat(log)
        .containsExactly("kw-soviet-atomic-test-date easy", "kw-soviet-atomic-test-date undo");
  }
}
