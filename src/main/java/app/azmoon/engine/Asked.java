package app.azmoon.engine;

import app.azmoon.domain.answer.ShownOrder;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Question;

/**
 * A question as a session shows it: from which bank, and in what order its options (choice), items
 * (order) or right-hand sides (match) appear.
 *
 * <p>For a choice with options [A, B, C] shown as C, A, B, {@code shown.items()} is [2, 0, 1].
 */
public record Asked(Bank bank, Question question, ShownOrder shown) {

  /** A stable key across banks: bank id and question id. */
  public String key() {
    return bank.id() + "/" + question.id();
  }
}
