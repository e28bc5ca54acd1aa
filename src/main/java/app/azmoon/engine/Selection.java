package app.azmoon.engine;

import java.util.List;
import java.util.OptionalInt;

/**
 * Which questions a session asks and in what order; the same selection and seed give the same
 * session on any machine (see {@link Planner}).
 *
 * <p>{@code new Selection(List.of("dates"), OptionalInt.of(5), QuestionOrder.SHUFFLE, 42, true)}
 * asks five questions tagged "dates", shuffled with seed 42, options shuffled too.
 *
 * @param tags questions with any of these tags; empty for all
 * @param count at most this many questions; empty for all selected
 */
public record Selection(
    List<String> tags, OptionalInt count, QuestionOrder order, long seed, boolean shuffleOptions) {

  /** The order questions are asked in. */
  public enum QuestionOrder {
    SHUFFLE,
    BANK
  }

  public Selection {
    tags = List.copyOf(tags);
    if (count.isPresent() && count.getAsInt() < 1) {
      throw new IllegalArgumentException("count must be at least 1");
    }
  }
}
