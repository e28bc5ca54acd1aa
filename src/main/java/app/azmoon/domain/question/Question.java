package app.azmoon.domain.question;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One question of a bank: a closed family of kinds, each a record holding what checking needs.
 *
 * <p>{@code new Question.TrueFalse(info, false)} is a statement the learner must call wrong.
 */
public sealed interface Question {

  Info info();

  Kind kind();

  default String id() {
    return info().id();
  }

  /** Options to pick from; several right options make a select-all-that-apply question. */
  record Choice(Info info, List<Text> choices, Set<Integer> correct, boolean shuffle)
      implements Question {
    public Choice {
      choices = List.copyOf(choices);
      correct = Collections.unmodifiableSortedSet(new TreeSet<>(correct));
      int size = choices.size();
      if (size < 2) {
        throw new IllegalArgumentException("a choice question needs two options or more");
      }
      if (correct.isEmpty() || correct.stream().anyMatch(i -> i < 0 || i >= size)) {
        throw new IllegalArgumentException("correct options must be among the choices");
      }
    }

    public boolean selectAll() {
      return correct.size() > 1;
    }

    @Override
    public Kind kind() {
      return Kind.CHOICE;
    }
  }

  /** A statement that is either true or false. */
  record TrueFalse(Info info, boolean answer) implements Question {
    @Override
    public Kind kind() {
      return Kind.TRUEFALSE;
    }
  }

  /**
   * A typed answer; {@code accept} lists every right spelling (the first one is shown), {@code
   * reject} the near misses that must never pass as typos.
   */
  record Typed(Info info, List<String> accept, List<String> reject, boolean fuzzy)
      implements Question {
    public Typed {
      accept = List.copyOf(accept);
      reject = List.copyOf(reject);
      if (accept.isEmpty()) {
        throw new IllegalArgumentException("a text question needs an accepted answer");
      }
    }

    @Override
    public Kind kind() {
      return Kind.TEXT;
    }
  }

  /** A number; any value in {@code [min, max]} is right ({@code min == max == answer} if exact). */
  record Numeric(Info info, BigDecimal answer, BigDecimal min, BigDecimal max, Optional<Text> unit)
      implements Question {
    public Numeric {
      if (min.compareTo(answer) > 0 || max.compareTo(answer) < 0) {
        throw new IllegalArgumentException("the answer must lie within min and max");
      }
    }

    @Override
    public Kind kind() {
      return Kind.NUMERIC;
    }
  }

  /** A year, a month of a year, or a day. */
  record Dated(Info info, PartialDate answer) implements Question {
    @Override
    public Kind kind() {
      return Kind.DATE;
    }
  }

  /** Items to put in order; {@code items} holds them in the right order. */
  record Order(Info info, List<Text> items) implements Question {
    public Order {
      items = List.copyOf(items);
      if (items.size() < 2) {
        throw new IllegalArgumentException("an order question needs two items or more");
      }
    }

    @Override
    public Kind kind() {
      return Kind.ORDER;
    }
  }

  /** Left items to pair with right items. */
  record Match(Info info, List<Pair> pairs) implements Question {
    public Match {
      pairs = List.copyOf(pairs);
      if (pairs.size() < 2) {
        throw new IllegalArgumentException("a match question needs two pairs or more");
      }
    }

    @Override
    public Kind kind() {
      return Kind.MATCH;
    }
  }

  /** One left–right pair of a match question. */
  record Pair(Text left, Text right) {}

  /** A sentence with gaps to fill. */
  record Cloze(Info info, ClozeText text) implements Question {
    @Override
    public Kind kind() {
      return Kind.CLOZE;
    }
  }
}
