package app.azmoon.engine.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.domain.schedule.CardState;
import app.azmoon.domain.schedule.Parameters;
import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import app.azmoon.domain.schedule.Scheduler;
import app.azmoon.domain.schedule.State;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReviewSessionTest {
  private Instant now = Instant.parse("2026-11-27T10:00:00Z");
  private final InstantSource clock = () -> now;
  private final List<String> log = new ArrayList<>();
  private final ReviewSink sink =
      new ReviewSink() {
        @Override
        public void append(Review review) {
          log.add(review.card() + " " + review.rating().code());
        }

        @Override
        public void undo(String bank, String card, Instant at) {
          log.add(card + " undo");
        }
      };
  private final Scheduler scheduler = new Scheduler(Parameters.DEFAULT.withFuzz(false));

  private static Question.Typed typed(String id, String answer, String... tags) {
    return new Question.Typed(
        new Info(
            id, Text.of(Language.FA, "؟"), Optional.empty(), Optional.empty(), List.of(tags), 1),
        List.of(answer),
        List.of(),
        true);
  }

  private static final Bank BANK =
      new Bank(
          "b",
          Text.of(Language.FA, "ب"),
          Language.FA,
          Optional.empty(),
          List.of(
              typed("a", "استالین", "people"),
              typed("b", "ترومن", "people"),
              typed("c", "سئول", "places")));

  private ReviewSession session(Map<String, CardState> states, int newCards) {
    Deck deck = Deck.of(List.of(BANK), states);
    return new ReviewSession(
        deck.queue(now, List.of(), newCards, 100), states, scheduler, Language.FA, clock, sink);
  }

  @Test
  void due_cards_come_first_then_new_ones_up_to_the_limit() {
    CardState due =
        scheduler.review(CardState.NEW, Rating.GOOD, now.minus(Duration.ofDays(10)), "c");
    Deck deck = Deck.of(List.of(BANK), Map.of("b/c", due));
    assertThat(deck.queue(now, List.of(), 1, 100))
        .extracting(c -> c.question().id())
        .containsExactly("c", "a");
    assertThat(deck.queue(now, List.of("people"), 5, 100))
        .extracting(c -> c.question().id())
        .containsExactly("a", "b");
    assertThat(deck.queue(now, List.of(), 5, 2)).hasSize(2);
  }

  @Test
  void a_typed_answer_preselects_good_when_right_and_again_when_wrong() {
    ReviewSession s = session(Map.of(), 3);
    s.typed("استالين");
    assertThat(s.preselected()).contains(Rating.GOOD);
    s.typed("ترومن");
    assertThat(s.preselected()).contains(Rating.AGAIN);
  }

  @Test
  void every_rating_is_written_before_the_next_card_is_shown() {
    ReviewSession s = session(Map.of(), 3);
    s.rate(Rating.EASY);
    assertThat(log).containsExactly("a easy");
    assertThat(s.current().orElseThrow().question().id()).isEqualTo("b");
  }

  @Test
  void a_learning_card_comes_back_in_the_same_session() {
    ReviewSession s = session(Map.of(), 1);
    ReviewSession.Rated r = s.rate(Rating.AGAIN);
    assertThat(r.due()).isEqualTo(now.plus(Duration.ofMinutes(1)));
    assertThat(s.current().orElseThrow().question().id()).isEqualTo("a");
    assertThat(s.current().orElseThrow().state().state()).isEqualTo(State.LEARNING);
  }

  @Test
  void the_preview_labels_all_four_ratings() {
    ReviewSession s = session(Map.of(), 1);
    assertThat(s.preview().all())
        .extracting(o -> o.rating())
        .containsExactly(Rating.AGAIN, Rating.HARD, Rating.GOOD, Rating.EASY);
  }

  @Test
  void undo_logs_a_correction_and_asks_the_card_again() {
    ReviewSession s = session(Map.of(), 2);
    s.rate(Rating.EASY);
    assertThat(s.undo()).isPresent();
    assertThat(log).containsExactly("a easy", "a undo");
    assertThat(s.current().orElseThrow().question().id()).isEqualTo("a");
    assertThat(s.current().orElseThrow().state()).isEqualTo(CardState.NEW);
    assertThat(s.summary().reviewed()).isZero();
  }

  @Test
  void an_undone_typed_answer_is_not_logged_with_the_next_rating() {
    List<Review> saved = new ArrayList<>();
    ReviewSink keeping =
        new ReviewSink() {
          @Override
          public void append(Review review) {
            saved.add(review);
          }

          @Override
          public void undo(String bank, String card, Instant at) {}
        };
    Deck deck = Deck.of(List.of(BANK), Map.of());
    ReviewSession s =
        new ReviewSession(
            deck.queue(now, List.of(), 2, 100), Map.of(), scheduler, Language.FA, clock, keeping);
    s.rate(Rating.GOOD);
    s.typed("پاسخ اشتباه");
    s.undo();
    s.rate(Rating.EASY);
    assertThat(saved.get(1).answer()).isEmpty();
  }

  @Test
  void the_summary_counts_ratings_accuracy_and_the_next_due_card() {
    ReviewSession s = session(Map.of(), 2);
    s.typed("استالین");
    s.rate(Rating.GOOD);
    s.typed("غلط");
    s.rate(Rating.EASY);
    ReviewSession.Summary summary = s.summary();
    assertThat(summary.reviewed()).isEqualTo(2);
    assertThat(summary.typed()).isEqualTo(2);
    assertThat(summary.right()).isEqualTo(1);
    assertThat(summary.nextDue()).contains(now.plus(Duration.ofMinutes(10)));
  }
}
