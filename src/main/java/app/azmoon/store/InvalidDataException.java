package app.azmoon.store;

import java.util.List;
import java.util.stream.Collectors;

/** An input file (bank, drill spec, answers) is not valid; carries every problem found. */
public final class InvalidDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InvalidDataException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid file has at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InvalidDataException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }
}
