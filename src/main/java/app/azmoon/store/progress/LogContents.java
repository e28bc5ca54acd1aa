package app.azmoon.store.progress;

import app.azmoon.domain.schedule.Review;
import java.util.List;

/**
 * Reviews read from the log, in the order they were written, with undone reviews already taken out;
 * the warnings to show the learner (a torn last line set aside, an undo with nothing to undo); and
 * where reading ended, for a snapshot to cover.
 */
public record LogContents(List<Review> reviews, List<String> warnings, LogPosition end) {
  public LogContents {
    reviews = List.copyOf(reviews);
    warnings = List.copyOf(warnings);
  }

  static LogContents empty() {
    return new LogContents(List.of(), List.of(), LogPosition.START);
  }
}
