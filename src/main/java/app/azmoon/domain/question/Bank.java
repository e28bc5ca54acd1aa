package app.azmoon.domain.question;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A named set of questions, with the passage they were drawn from.
 *
 * <p>The bundled bank is {@code korean-war}: 60-odd questions on a Persian passage.
 */
public record Bank(
    String id, Text title, Language language, Optional<Source> source, List<Question> questions) {

  /** The passage a bank's questions quote; {@code path} as the bank names it. */
  public record Source(String path, String attribution, String text) {
    /** The paragraph holding {@code quote} (spaces compared loosely), or the whole text. */
    public String paragraphOf(String quote) {
      String needle = quote.strip().replaceAll("\\s+", " ");
      for (String paragraph : text.split("\n")) {
        if (paragraph.replaceAll("\\s+", " ").contains(needle)) {
          return paragraph.strip();
        }
      }
      return text.strip();
    }
  }

  public Bank {
    if (!Ids.isValid(id)) {
      throw new IllegalArgumentException("not a bank id: " + id);
    }
    questions = List.copyOf(questions);
    Set<String> seen = new HashSet<>();
    for (Question question : questions) {
      if (!seen.add(question.id())) {
        throw new IllegalArgumentException("two questions have the id " + question.id());
      }
    }
  }

  public Optional<Question> question(String questionId) {
    return questions.stream().filter(q -> q.id().equals(questionId)).findFirst();
  }
}
