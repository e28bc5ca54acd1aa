package app.azmoon.engine;

import app.azmoon.domain.answer.ShownOrder;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Plans a session: selects questions and fixes the order of questions and of their options.
 *
 * <p>The algorithm, so that a seed means the same session everywhere: the random source is {@code
 * java.util.Random} seeded with the selection's seed (its 48-bit linear congruential generator is
 * specified by the Java platform). Questions are taken in bank order (banks in the order given),
 * filtered by tag; if the order is SHUFFLE they are shuffled with the Fisher–Yates shuffle below;
 * the first {@code count} are kept. Then, question by question in asking order, the options of a
 * choice question (when both the selection and the question allow it), the items of an order
 * question (always: their order is the answer) and the right-hand sides of a match question
 * (always) are shuffled with the same generator; items or right-hand sides that come out in the
 * answer's own order are rotated left by one. Fisher–Yates: for {@code i} from {@code n - 1} down
 * to 1, swap element {@code i} with element {@code nextInt(i + 1)}.
 */
public final class Planner {
  private Planner() {}

  public static List<Asked> plan(List<Bank> banks, Selection selection, RandomGenerator random) {
    // Picked by place, so that only the questions kept are read (a bank may read them lazily).
    List<Place> picked = new ArrayList<>();
    for (Bank bank : banks) {
      for (int i = 0; i < bank.questions().size(); i++) {
        if (selection.tags().isEmpty()
            || bank.tagsOf(i).stream().anyMatch(selection.tags()::contains)) {
          picked.add(new Place(bank, i));
        }
      }
    }
    if (selection.order() == Selection.QuestionOrder.SHUFFLE) {
      shuffle(picked, random);
    }
    if (selection.count().isPresent() && picked.size() > selection.count().getAsInt()) {
      picked = picked.subList(0, selection.count().getAsInt());
    }
    List<Asked> plan = new ArrayList<>();
    for (Place p : picked) {
      Question q = p.bank().questions().get(p.index());
      plan.add(new Asked(p.bank(), q, shownOrder(q, selection, random)));
    }
    return plan;
  }

  /** Question {@code index} of {@code bank}. */
  private record Place(Bank bank, int index) {}

  private static ShownOrder shownOrder(Question q, Selection selection, RandomGenerator random) {
    if (q instanceof Question.Choice c) {
      return selection.shuffleOptions() && c.shuffle()
          ? ShownOrder.of(shuffled(c.choices().size(), random))
          : ShownOrder.BANK_ORDER;
    } else if (q instanceof Question.Order o) {
      return ShownOrder.of(notInOrder(shuffled(o.items().size(), random)));
    } else if (q instanceof Question.Match m) {
      return ShownOrder.of(List.of(), notInOrder(shuffled(m.pairs().size(), random)));
    }
    return ShownOrder.BANK_ORDER;
  }

  private static List<Integer> shuffled(int size, RandomGenerator random) {
    // A loop, not IntStream.range, whose four stream classes a quiz would load for this alone.
    List<Integer> order = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      order.add(i);
    }
    shuffle(order, random);
    return order;
  }

  /** Items already in the answer's order would give the answer away: rotate them by one. */
  private static List<Integer> notInOrder(List<Integer> order) {
    for (int i = 0; i < order.size(); i++) {
      if (order.get(i) != i) {
        return order;
      }
    }
    List<Integer> rotated = new ArrayList<>(order.subList(1, order.size()));
    rotated.add(order.get(0));
    return rotated;
  }

  /** Fisher–Yates, written out so that the sequence of draws is fixed by this code alone. */
  static <T> void shuffle(List<T> list, RandomGenerator random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = list.get(i);
      list.set(i, list.get(j));
      list.set(j, t);
    }
  }
}
