package app.azmoon.engine.review;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.schedule.CardState;
import app.azmoon.domain.schedule.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Every question of some banks as cards, with the states the review log gives them; a question
 * never reviewed is new. Log entries for questions no longer in a bank are simply not asked for.
 *
 * <p>{@code Deck.of(banks, states).queue(now, tags, 20, limit)}: due cards first, then up to 20 new
 * ones.
 */
public final class Deck {
  private final List<Card> cards;

  private Deck(List<Card> cards) {
    this.cards = List.copyOf(cards);
  }

  /** {@code states} maps {@link Card#key} to state; missing keys are new cards. */
  public static Deck of(List<Bank> banks, Map<String, CardState> states) {
    List<Card> cards = new ArrayList<>();
    for (Bank bank : banks) {
      for (Question q : bank.questions()) {
        cards.add(
            new Card(bank, q, states.getOrDefault(Card.key(bank.id(), q.id()), CardState.NEW)));
      }
    }
    return new Deck(cards);
  }

  public List<Card> cards() {
    return cards;
  }

  /** The cards with any of {@code tags}; all of them when {@code tags} is empty. */
  public Deck tagged(List<String> tags) {
    return tags.isEmpty()
        ? this
        : new Deck(
            cards.stream()
                .filter(c -> c.question().info().tags().stream().anyMatch(tags::contains))
                .toList());
  }

  /**
   * What to review now: cards due (earliest first), then up to {@code newCards} new ones in bank
   * order; at most {@code limit} in all.
   */
  public List<Card> queue(Instant now, List<String> tags, int newCards, int limit) {
    List<Card> tagged =
        cards.stream()
            .filter(
                c -> tags.isEmpty() || c.question().info().tags().stream().anyMatch(tags::contains))
            .toList();
    List<Card> queue = new ArrayList<>();
    tagged.stream()
        .filter(c -> c.state().state() != State.NEW && c.state().isDue(now))
        .sorted(Comparator.comparing((Card c) -> c.state().due()))
        .forEach(queue::add);
    tagged.stream().filter(c -> c.state().state() == State.NEW).limit(newCards).forEach(queue::add);
    return queue.size() > limit ? List.copyOf(queue.subList(0, limit)) : queue;
  }
}
