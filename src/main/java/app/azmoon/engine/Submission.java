package app.azmoon.engine;

import java.util.Locale;
import java.util.Optional;

/**
 * One answers file handed in for grading, and what became of it: every file given to {@code grade}
 * has one, graded or not, so that no student's work drops out of the gradebook unseen.
 *
 * <p>A file holding no answer is {@code EMPTY}, with a result of 0; a missing one is {@code
 * UNREADABLE}, with no result and the reason {@code "no such file"}.
 *
 * @param file the file as named on the command line
 * @param student the name in the file, else the file's name without its extension
 * @param problem why the file was not graded, or what is odd about it; empty when all is well
 */
public record Submission(
    String file, String student, Status status, Optional<DrillResult> result, String problem) {

  /** What became of a file; {@link #word()} is how the gradebook spells it. */
  public enum Status {
    /** Read and graded. */
    GRADED,
    /** Read, but it holds no answer: graded, every question 0. */
    EMPTY,
    /** Could not be read: missing, a folder, no permission, an I/O error. Not graded. */
    UNREADABLE,
    /** Read, but not an answers file: not UTF-8, or over the size cap. Not graded. */
    INVALID;

    public String word() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean graded() {
      return this == GRADED || this == EMPTY;
    }
  }

  public Submission {
    if (status.graded() != result.isPresent()) {
      throw new IllegalArgumentException("a graded file has a result, and only a graded one");
    }
  }
}
