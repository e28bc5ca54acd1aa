package app.azmoon.script;

import app.azmoon.domain.schedule.Rating;
import app.azmoon.engine.review.ReviewSession;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * Review without a terminal: one rating per line (again, hard, good, easy or 1–4) for each card in
 * turn. Each rating is saved first and only then acknowledged with one line — card id, rating, next
 * due time (UTC) — so a line printed is a review kept, whatever happens next.
 */
public final class ReviewScript {
  /** A line that is not a rating; {@code line} is 1-based. */
  public static final class BadRating extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final int line;

    BadRating(int line, String text) {
      super("line " + line + ": \"" + text + "\" is not a rating (again, hard, good, easy or 1–4)");
      this.line = line;
    }
  }

  private ReviewScript() {}

  public static void run(ReviewSession session, BufferedReader in, PrintWriter out)
      throws IOException {
    int line = 0;
    while (session.current().isPresent()) {
      String text = in.readLine();
      if (text == null) {
        return;
      }
      line++;
      if (text.isBlank()) {
        continue;
      }
      Optional<Rating> rating = Rating.parse(text);
      if (rating.isEmpty()) {
        throw new BadRating(line, text.strip());
      }
      ReviewSession.Rated rated = session.rate(rating.get());
      out.println(rated.card().question().id() + " " + rated.rating().code() + " " + rated.due());
      out.flush();
    }
  }
}
