package app.azmoon.domain.question;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;

/**
 * A bank's questions, each read when it is first asked for, their ids and tags known at once: what
 * planning a quiz needs, so that a quiz of one question reads one question, not the bank. Otherwise
 * an unmodifiable list like any other (equal to the same questions in a plain list).
 *
 * <p>{@code new LazyQuestions(List.of("q-1"), List.of(List.of("dates")), i -> read(i))} holds one
 * question, read by {@code read(0)} on the first {@code get(0)}.
 */
public final class LazyQuestions extends AbstractList<Question> implements RandomAccess {
  private final List<String> ids;
  private final List<List<String>> tags;
  private final IntFunction<Question> read;
  private final Question[] questions;

  /**
   * @param read reads question {@code i}, whose id and tags must be {@code ids[i]} and {@code
   *     tags[i]}
   */
  public LazyQuestions(List<String> ids, List<List<String>> tags, IntFunction<Question> read) {
    if (ids.size() != tags.size()) {
      throw new IllegalArgumentException("one list of tags per id");
    }
    this.ids = List.copyOf(ids);
    this.tags = tags.stream().<List<String>>map(List::copyOf).toList();
    this.read = Objects.requireNonNull(read);
    this.questions = new Question[ids.size()];
  }

  /** Question {@code index}, read now if it was not before. */
  @Override
  public synchronized Question get(int index) {
    Question question = questions[Objects.checkIndex(index, questions.length)];
    if (question == null) {
      question = read.apply(index);
      if (!question.id().equals(ids.get(index))
          || !question.info().tags().equals(tags.get(index))) {
        throw new IllegalStateException(
            "question "
                + index
                + " was listed as "
                + ids.get(index)
                + ", read as "
                + question.id());
      }
      questions[index] = question;
    }
    return question;
  }

  @Override
  public int size() {
    return questions.length;
  }

  /** The id of question {@code index}, without reading it. */
  public String id(int index) {
    return ids.get(index);
  }

  /** The tags of question {@code index}, without reading it. */
  public List<String> tags(int index) {
    return tags.get(index);
  }
}
