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
    // A lazy list is unmodifiable already; copying it would read every question.
    questions = questions instanceof LazyQuestions ? questions : List.copyOf(questions);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < questions.size(); i++) {
      String questionId = idOf(questions, i);
      if (!seen.add(questionId)) {
        throw new IllegalArgumentException("two questions have the id " + questionId);
      }
    }
  }

  /** The question {@code questionId}, reading no other where the questions are read lazily. */
  public Optional<Question> question(String questionId) {
    for (int i = 0; i < questions.size(); i++) {
      if (idOf(questions, i).equals(questionId)) {
        return Optional.of(questions.get(i));
      }
    }
    return Optional.empty();
  }

  private static String idOf(List<Question> questions, int index) {
    return questions instanceof LazyQuestions lazy ? lazy.id(index) : questions.get(index).id();
  }

  /** The tags of question {@code index}, without reading it where questions are read lazily. */
  public List<String> tagsOf(int index) {
    return questions instanceof LazyQuestions lazy
        ? lazy.tags(index)
        : questions.get(index).info().tags();
  }
}
