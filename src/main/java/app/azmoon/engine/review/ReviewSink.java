package app.azmoon.engine.review;

import app.azmoon.domain.schedule.Review;
import java.time.Instant;

/**
 * Where a review session's ratings go: the review log. {@link #append} returns only when the review
 * is safe on disk; an undo is a correction appended, never a rewrite.
 */
public interface ReviewSink {
  void append(Review review);

  void undo(String bank, String card, Instant at);
}
