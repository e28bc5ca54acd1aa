package app.azmoon.store.progress;

import app.azmoon.domain.schedule.Review;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the reviews of a scan and applies undo lines: an undo takes back the latest review of
 * its card that still stands, so two undos of one card take back its last two reviews.
 *
 * <p>For reviews {@code kw-1 good}, {@code kw-2 again}, {@code kw-1 easy}, then {@code undo kw-1},
 * the reviews are {@code kw-1 good, kw-2 again}.
 *
 * <p>Each review remembers the index of the card's review before it, so an undo costs O(1) and a
 * million reviews need one int each beyond the reviews themselves.
 */
final class Replay implements LogScanner.Sink {
  private record Card(String bank, String card) {}

  private final String file;
  private final List<Review> reviews = new ArrayList<>();
  private int[] previous = new int[1024];
  private final BitSet undone = new BitSet();
  private final Map<Card, Integer> latest = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final List<String> warnings = new ArrayList<>();
  private long firstUnmatchedUndo = -1;

  Replay(String file) {
    this.file = file;
  }

  @Override
  public void accept(long line, LogLine.Entry entry) {
    if (entry instanceof LogLine.Reviewed r) {
      Review review = shared(r.review());
      Card card = new Card(review.bank(), review.card());
      int index = reviews.size();
      reviews.add(review);
      if (index == previous.length) {
        previous = Arrays.copyOf(previous, index * 2);
      }
      Integer before = latest.put(card, index);
      previous[index] = before == null ? -1 : before;
    } else if (entry instanceof LogLine.Undo u) {
      Card card = new Card(u.bank(), u.card());
      Integer index = latest.get(card);
      if (index == null) {
        if (firstUnmatchedUndo < 0) {
          firstUnmatchedUndo = line;
        }
        warnings.add(
            file
                + ":"
                + line
                + ": an undo of "
                + u.bank()
                + "/"
                + u.card()
                + " with no review of that card before it; ignored");
        return;
      }
      undone.set(index);
      int before = previous[index];
      if (before < 0) {
        latest.remove(card);
      } else {
        latest.put(card, before);
      }
    }
  }

  /**
   * The line of the first undo that found nothing to undo, or -1. Replaying only a tail, such an
   * undo may cancel a review before the tail, so the caller must replay everything instead.
   */
  long firstUnmatchedUndo() {
    return firstUnmatchedUndo;
  }

  List<String> warnings() {
    return warnings;
  }

  /** The reviews that stand, in log order. */
  List<Review> reviews() {
    if (undone.isEmpty()) {
      return reviews;
    }
    List<Review> standing = new ArrayList<>(reviews.size() - undone.cardinality());
    for (int i = 0; i < reviews.size(); i++) {
      if (!undone.get(i)) {
        standing.add(reviews.get(i));
      }
    }
    return standing;
  }

  /** One String per bank and card id, not one per line: a long history repeats them a lot. */
  private Review shared(Review r) {
    String bank = names.computeIfAbsent(r.bank(), k -> k);
    String card = names.computeIfAbsent(r.card(), k -> k);
    if (bank == r.bank() && card == r.card()) {
      return r;
    }
    return new Review(bank, card, r.at(), r.rating(), r.answer(), r.correct(), r.took());
  }
}
