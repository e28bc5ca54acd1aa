package app.azmoon.engine;

import java.util.List;
import java.util.Set;

/**
 * A hint for the current question: options taken away (choice), or the start of the answer — of
 * each gap for a cloze, with the count of digits for a number.
 *
 * <p>For the numeric answer 635000 the hint is {@code starts} ["6"] and {@code digits} 6; for a
 * four-option choice, {@code removed} holds the bank index of one wrong option.
 *
 * @param removed bank indices of the options the hints have removed so far
 * @param starts the first letters or digits of the answer, one per gap; empty for a choice
 * @param digits how many digits a numeric answer has before its point; 0 for other kinds
 */
public record Hint(Set<Integer> removed, List<String> starts, int digits) {
  public Hint {
    removed = Set.copyOf(removed);
    starts = List.copyOf(starts);
  }
}
