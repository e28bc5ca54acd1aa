package app.azmoon.engine.review;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.schedule.CardState;

/**
 * A question of a bank seen as a flashcard, with its memory state.
 *
 * <p>{@code korean-war/kw-text-stalin}, due tomorrow with stability 3.2 days.
 */
public record Card(Bank bank, Question question, CardState state) {

  /** Bank id and question id: progress is keyed by them, so edited wording keeps its progress. */
  public static String key(String bank, String card) {
    return bank + "/" + card;
  }

  public String key() {
    return key(bank.id(), question.id());
  }

  public Card with(CardState next) {
    return new Card(bank, question, next);
  }
}
