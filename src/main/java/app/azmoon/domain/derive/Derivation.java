package app.azmoon.domain.derive;

import app.azmoon.domain.question.Question;
import java.util.List;

/**
 * What {@link Deriver} made of a text: the questions, and a finding for every number or date it saw
 * (asked, or skipped with the reason), in the order of the text.
 */
public record Derivation(List<Question> questions, List<Finding> findings) {
  public Derivation {
    questions = List.copyOf(questions);
    findings = List.copyOf(findings);
  }

  /** A number or date of the text, on {@code line} (from 1), as {@code written} there. */
  public sealed interface Finding {
    int line();

    String written();
  }

  public record Asked(int line, String written, Question question) implements Finding {}

  public record Skipped(int line, String written, Reason reason) implements Finding {}
}
