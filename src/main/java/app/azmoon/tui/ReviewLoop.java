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
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Flashcard review in the terminal: the card, a typed answer or Enter to reveal, then one key to
 * rate (1–4, Enter for the pre-selected rating, u to undo, q or Ctrl-D to stop). Ctrl-C asks first,
 * at the answer and at the rating key alike, as in play; {@code :undo} (or {@code u} alone) at the
 * answer takes back the last rating. Every rating is in the log before the next card shows; judging
 * and scheduling are the session's.
 */
public final class ReviewLoop {
  private static final int CTRL_C = TerminalInput.CTRL_C;
  private static final int CTRL_D = 4;
  private static final List<String> UNDO = List.of(":undo", "u");

  /** How much of a question an undo message quotes. */
  private static final int QUOTED = 60;

  private final ReviewSession session;
  private final TerminalInput input;
  private final Screen screen;
  private final ReviewText words;
  private final QuestionView view;
  private final boolean echo;
  private boolean interrupted;
  private int number;

  public ReviewLoop(ReviewSession session, TerminalInput input, Screen screen) {
    this.session = session;
    this.input = input;
    this.screen = screen;
    this.words = new ReviewText(screen.messages());
    this.view = new QuestionView(screen.messages());
    this.echo = screen.echoesAnswers() && input.eraseTypedLines();
  }

  public void run() {
    boolean shown = false;
    while (session.current().isPresent()) {
      Card card = session.current().get();
      if (!shown) {
        show(card);
        shown = true;
      }
      Optional<Verdict> verdict;
      try {
        String typed = input.read(screen.prompt(), List.of(":undo"));
        if (echo) {
          input.print(screen.echo(typed));
        }
        if (UNDO.contains(typed.strip().toLowerCase(Locale.ROOT))) {
          shown = !undo();
          continue;
        }
        verdict = typed.isBlank() ? Optional.empty() : Optional.of(session.typed(typed));
      } catch (LineInput.EndOfInput e) {
        return;
      } catch (LineInput.Interrupted e) {
        if (input.confirmQuit(screen.plain("interrupt"))) {
          interrupted = true;
          return;
        }
        continue;
      }
      List<String> rate =
          new ArrayList<>(screen.reveal(card.question(), verdict, session.answer()));
      rate.addAll(screen.line(words.ratings(session.preview())));
      rate.addAll(screen.line(words.keys(session.preselected())));
      Optional<Rating> rating = rating(rate);
      if (rating == null) {
        return;
      }
      rating.ifPresent(session::rate);
      shown = false;
    }
  }

  /** Whether a confirmed Ctrl-C ended the review: the process then exits 130. */
  public boolean interrupted() {
    return interrupted;
  }

  private void show(Card card) {
    number++;
    Asked asked = new Asked(card.bank(), card.question(), ShownOrder.BANK_ORDER);
    List<String> lines = new ArrayList<>(List.of(""));
    lines.addAll(screen.line(words.header(card, number, number - 1 + session.remaining())));
    lines.addAll(screen.line(view.prompt(asked)));
    view.options(asked, Set.of()).forEach(l -> lines.addAll(screen.line(l)));
    lines.addAll(screen.line(screen.messages().get("review.type")));
    input.print(lines);
  }

  /**
   * Reads rating keys after showing {@code lines}: the rating, empty after an undo (the card before
   * comes back), or null to end the review.
   */
  private Optional<Rating> rating(List<String> lines) {
    List<String> shown = lines;
    while (true) {
      int key = input.readKey(shown);
      shown = List.of();
      if (key == 'q' || key == CTRL_D || key < 0) {
        return null;
      } else if (key == CTRL_C) {
        if (input.confirmQuit(screen.plain("interrupt"))) {
          interrupted = true;
          return null;
        }
        shown = screen.line(words.keys(session.preselected()));
      } else if (key == 'u' && undo()) {
        return Optional.empty();
      } else if (Character.digit(key, 10) >= 1 && Character.digit(key, 10) <= 4) {
        return Optional.of(Rating.values()[Character.digit(key, 10) - 1]); // ۱–۴ too
      } else if (key == '\r' || key == '\n' || key == ' ') {
        Optional<Rating> preselected = session.preselected();
        if (preselected.isPresent()) {
          return preselected;
        }
      }
    }
  }

  /**
   * Takes back the last rating, if there is one, and says which question comes back; the card
   * numbering steps back with it. Returns whether anything was undone.
   */
  private boolean undo() {
    Optional<Card> undone = session.undo();
    if (undone.isEmpty()) {
      input.print(screen.plain("review.undo.none"));
      return false;
    }
    String prompt = undone.get().question().info().prompt().in(screen.messages().language());
    input.print(screen.plain("review.undone", shortened(prompt)));
    number -= 2;
    return true;
  }

  /** The question's start, cut at a space, when it is longer than a message should quote. */
  private static String shortened(String prompt) {
    if (prompt.codePointCount(0, prompt.length()) <= QUOTED) {
      return prompt;
    }
    String start = prompt.substring(0, prompt.offsetByCodePoints(0, QUOTED));
    int space = start.lastIndexOf(' ');
    return (space > 0 ? start.substring(0, space) : start).strip() + "…";
  }
}
