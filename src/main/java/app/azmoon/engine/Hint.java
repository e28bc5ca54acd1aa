package app.azmoon.engine;

import java.util.Set;

/**
 * A hint for the current question: options taken away (choice) or a first letter revealed.
 *
 * <p>For a four-option question one hint removes one wrong option: {@code removed} holds its index
 * in the bank.
 *
 * @param removed bank indices of the options the hints have removed so far
 * @param reveal the start of the answer, or empty
 */
public record Hint(Set<Integer> removed, String reveal) {
  public Hint {
    removed = Set.copyOf(removed);
  }
}
