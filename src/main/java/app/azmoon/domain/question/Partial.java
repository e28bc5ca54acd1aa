package app.azmoon.domain.question;

/**
 * An answer that earns part of a question's points, as Moodle's 50% answers do: «بوسان» for half
 * the points where «پوسان» is the full answer. {@code credit} lies strictly between 0 and 1.
 */
public record Partial(String answer, double credit) {
  public Partial {
    answer = answer.strip();
    if (answer.isEmpty()) {
      throw new IllegalArgumentException("a partly right answer cannot be empty");
    }
    if (!(credit > 0 && credit < 1)) {
      throw new IllegalArgumentException("a partial credit lies between 0 and 1, not " + credit);
    }
  }
}
