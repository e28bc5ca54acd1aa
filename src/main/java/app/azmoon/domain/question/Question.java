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

  /**
   * Options to pick from; several right options make a select-all-that-apply question. {@code
   * credits}, when not empty, holds one weight per option as Moodle's fractions do (−1 to 1): a
   * single pick earns its option's weight, at least 0; a select-all answer the sum of its picks'
   * weights, from 0 to 1. The right options then are those of weight 1 (one answer) or of weight
   * above 0 (select-all), and their weights add up to 1. {@code also}, when not empty, holds for
   * each option the other forms a learner may type for it (a well-known short form: «شوروی» for
   * «اتحاد جماهیر شوروی», "USSR"), never shown.
   */
  record Choice(
      Info info,
      List<Text> choices,
      Set<Integer> correct,
      boolean shuffle,
      List<Double> credits,
      List<List<String>> also)
      implements Question {
    public Choice {
      choices = List.copyOf(choices);
      correct = Collections.unmodifiableSortedSet(new TreeSet<>(correct));
      credits = List.copyOf(credits);
      also = also.stream().<List<String>>map(List::copyOf).toList();
      int size = choices.size();
      if (!also.isEmpty() && also.size() != size) {
        throw new IllegalArgumentException("also needs one list of forms per option");
      }
      if (size < 2) {
        throw new IllegalArgumentException("a choice question needs two options or more");
      }
      if (correct.isEmpty() || correct.stream().anyMatch(i -> i < 0 || i >= size)) {
        throw new IllegalArgumentException("correct options must be among the choices");
      }
      if (!credits.isEmpty()) {
        checkCredits(credits, correct, size);
      }
    }

    public Choice(
        Info info,
        List<Text> choices,
        Set<Integer> correct,
        boolean shuffle,
        List<Double> credits) {
      this(info, choices, correct, shuffle, credits, List.of());
    }

    public Choice(Info info, List<Text> choices, Set<Integer> correct, boolean shuffle) {
      this(info, choices, correct, shuffle, List.of());
    }

    /** The other forms a learner may type for the option at {@code index}. */
    public List<String> alsoFor(int index) {
      return also.isEmpty() ? List.of() : also.get(index);
    }

    private static void checkCredits(List<Double> credits, Set<Integer> correct, int size) {
      if (credits.size() != size) {
        throw new IllegalArgumentException("credits needs one weight per option");
      }
      if (credits.stream().anyMatch(c -> !(c >= -1 && c <= 1))) {
        throw new IllegalArgumentException("an option's weight lies from -1 to 1");
      }
      boolean several = correct.size() > 1;
      double sum = 0;
      for (int i = 0; i < size; i++) {
        double c = credits.get(i);
        boolean right = several ? c > 0 : c == 1;
        if (right != correct.contains(i)) {
          throw new IllegalArgumentException(
              several
                  ? "the correct options must be exactly those of weight above 0"
                  : "the correct option must be the one of weight 1");
        }
        sum += right ? c : 0;
      }
      if (several && Math.abs(sum - 1) > 0.01) {
        throw new IllegalArgumentException("the correct options' weights must add up to 1");
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
   * reject} the near misses that must never pass as typos, {@code partial} answers worth part of
   * the points.
   */
  record Typed(
      Info info, List<String> accept, List<String> reject, boolean fuzzy, List<Partial> partial)
      implements Question {
    public Typed {
      accept = List.copyOf(accept);
      reject = List.copyOf(reject);
      partial = List.copyOf(partial);
      if (accept.isEmpty()) {
        throw new IllegalArgumentException("a text question needs an accepted answer");
      }
    }

    public Typed(Info info, List<String> accept, List<String> reject, boolean fuzzy) {
      this(info, accept, reject, fuzzy, List.of());
    }

    @Override
    public Kind kind() {
      return Kind.TEXT;
    }
  }

  /**
   * A number; any value in {@code [min, max]} is right ({@code min == max == answer} if exact), and
   * a value in one of the {@code partial} ranges earns that range's share of the points.
   */
  record Numeric(
      Info info,
      BigDecimal answer,
      BigDecimal min,
      BigDecimal max,
      Optional<Text> unit,
      List<PartialRange> partial)
      implements Question {
    public Numeric {
      if (min.compareTo(answer) > 0 || max.compareTo(answer) < 0) {
        throw new IllegalArgumentException("the answer must lie within min and max");
      }
      partial = List.copyOf(partial);
    }

    public Numeric(
        Info info, BigDecimal answer, BigDecimal min, BigDecimal max, Optional<Text> unit) {
      this(info, answer, min, max, unit, List.of());
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

  /**
   * A sentence with gaps to fill: {@code text} in Persian (or the bank's one language), {@code en}
   * its English version when the bank gives one, with as many gaps. Gap i of either version is the
   * same gap: its options and partly right answers are shared, and in either language it accepts
   * the answers of both versions (as a text question's accept list mixes Persian and English).
   */
  record Cloze(Info info, ClozeText text, Optional<ClozeText> en) implements Question {
    public Cloze {
      if (en.isPresent() && en.get().gaps().size() != text.gaps().size()) {
        throw new IllegalArgumentException(
            "the English text has "
                + en.get().gaps().size()
                + " gaps, the Persian one "
                + text.gaps().size());
      }
    }

    public Cloze(Info info, ClozeText text) {
      this(info, text, Optional.empty());
    }

    /** The version shown in {@code language}, falling back to the other one as texts do. */
    public ClozeText text(Language language) {
      return language == Language.EN ? en.orElse(text) : text;
    }

    /**
     * The version shown in {@code language}, each gap accepting after its own answers those of the
     * other version's gap at the same place.
     */
    public ClozeText accepting(Language language) {
      ClozeText shown = text(language);
      ClozeText other = language == Language.EN ? text : en.orElse(text);
      if (shown == other) {
        return shown;
      }
      List<ClozeText.Gap> gaps = new java.util.ArrayList<>();
      for (int i = 0; i < shown.gaps().size(); i++) {
        ClozeText.Gap gap = shown.gaps().get(i);
        Set<String> answers = new java.util.LinkedHashSet<>(gap.answers());
        answers.addAll(other.gaps().get(i).answers());
        gaps.add(
            new ClozeText.Gap(List.copyOf(answers), gap.partial(), gap.options(), gap.selectAll()));
      }
      return shown.withGaps(gaps);
    }

    @Override
    public Kind kind() {
      return Kind.CLOZE;
    }
  }
}
