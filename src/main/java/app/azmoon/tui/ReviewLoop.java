package app.azmoon.tui;

import app.azmoon.domain.answer.ShownOrder;
import app.azmoon.domain.answer.Verdict;
import app.azmoon.domain.schedule.Rating;
import app.azmoon.engine.Asked;
import app.azmoon.engine.review.Card;
import app.azmoon.engine.review.ReviewSession;
import app.azmoon.i18n.QuestionView;
import app.azmoon.i18n.ReviewText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Flashcard review in the terminal: the card, a typed answer or Enter to reveal, then one key to
 * rate (1–4, Enter for the pre-selected rating, u to undo, q or Ctrl-C or Ctrl-D to stop). Every
 * rating is in the log before the next card shows; judging and scheduling are the session's.
 */
public final class ReviewLoop {
  private static final int CTRL_C = 3;
  private static final int CTRL_D = 4;

  private final ReviewSession session;
  private final TerminalInput input;
  private final Screen screen;
  private final ReviewText words;
  private final QuestionView view;

  public ReviewLoop(ReviewSession session, TerminalInput input, Screen screen) {
    this.session = session;
    this.input = input;
    this.screen = screen;
    this.words = new ReviewText(screen.messages());
    this.view = new QuestionView(screen.messages());
  }

  public void run() {
    int number = 0;
    while (session.current().isPresent()) {
      Card card = session.current().get();
      number++;
      Asked asked = new Asked(card.bank(), card.question(), ShownOrder.BANK_ORDER);
      List<String> lines = new ArrayList<>(List.of(""));
      lines.addAll(screen.line(words.header(card, number, number - 1 + session.remaining())));
      lines.addAll(screen.line(view.prompt(asked)));
      view.options(asked, Set.of()).forEach(l -> lines.addAll(screen.line(l)));
      lines.addAll(screen.line(screen.messages().get("review.type")));
      input.print(lines);
      Optional<Verdict> verdict;
      try {
        String typed = input.read(screen.prompt(), List.of());
        if (typed.strip().equals("u") || typed.strip().equals(":undo")) {
          // The rating just given, taken back before answering the next card.
          Optional<Card> undone = session.undo();
          undone.ifPresent(
              c ->
                  input.print(
                      screen.line(screen.messages().get("review.undone", c.question().id()))));
          number -= undone.isPresent() ? 2 : 1;
          continue;
        }
        verdict = typed.isBlank() ? Optional.empty() : Optional.of(session.typed(typed));
      } catch (LineInput.EndOfInput | LineInput.Interrupted e) {
        return;
      }
      List<String> rate =
          new ArrayList<>(screen.reveal(card.question(), verdict, session.answer()));
      rate.addAll(screen.line(words.ratings(session.preview())));
      rate.addAll(screen.line(words.keys(session.preselected())));
      Optional<Rating> rating = Optional.empty();
      while (rating.isEmpty()) {
        int key = input.readKey(rate);
        rate = List.of();
        if (key == 'q' || key == CTRL_C || key == CTRL_D || key < 0) {
          return;
        } else if (key == 'u') {
          Optional<Card> undone = session.undo();
          if (undone.isPresent()) {
            input.print(
                screen.line(screen.messages().get("review.undone", undone.get().question().id())));
            number -= 2;
            break;
          }
        } else if (Character.digit(key, 10) >= 1 && Character.digit(key, 10) <= 4) {
          rating = Optional.of(Rating.values()[Character.digit(key, 10) - 1]); // ۱–۴ too
        } else if (key == '\r' || key == '\n' || key == ' ') {
          rating = session.preselected();
        }
      }
      rating.ifPresent(session::rate);
    }
  }
}
