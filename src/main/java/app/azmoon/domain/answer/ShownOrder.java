package app.azmoon.domain.answer;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The order a question's options or items were shown in, so that "2" means the second one shown.
 * Each list maps a shown position (0-based) to the index in the bank; an empty list means the
 * bank's own order.
 *
 * <p>A choice question with options [A, B, C] shown as C, A, B has {@code ShownOrder.of(List.of(2,
 * 0, 1))}: the answer "1" picks C. For a match question, {@code items} is the left column (numbered
 * 1, 2, 3…) and {@code rightItems} the right column (lettered a, b, c… or الف، ب، ج…).
 *
 * @param items choice options, order items, or a match question's left items
 * @param rightItems a match question's right items; unused by other kinds
 */
public record ShownOrder(List<Integer> items, List<Integer> rightItems) {
  public static final ShownOrder BANK_ORDER = new ShownOrder(List.of(), List.of());

  public ShownOrder {
    items = List.copyOf(items);
    rightItems = List.copyOf(rightItems);
  }

  /** Options or items shown in the order {@code items}. */
  public static ShownOrder of(List<Integer> items) {
    return new ShownOrder(items, List.of());
  }

  /** A match question's left and right columns shown in these orders. */
  public static ShownOrder of(List<Integer> left, List<Integer> right) {
    return new ShownOrder(left, right);
  }

  /** {@code shown} checked against {@code size} items; the bank's order when it is empty. */
  public static List<Integer> resolve(List<Integer> shown, int size) {
    if (shown.isEmpty()) {
      return IntStream.range(0, size).boxed().toList();
    }
    boolean permutation =
        shown.size() == size
            && shown.stream().allMatch(i -> i >= 0 && i < size)
            && shown.stream().distinct().count() == size;
    if (!permutation) {
      throw new IllegalArgumentException(
          "shown order " + shown + " is not an order of " + size + " items");
    }
    return shown;
  }
}
