package app.azmoon.domain.question;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.Spliterator;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A bank's questions, each read when it is first asked for, their ids and tags known at once: what
 * planning a quiz needs, so that a quiz of one question reads one question, not the bank. Going
 * through the whole list (iterating, streaming, comparing) reads the questions not read yet in one
 * pass, which costs less than one at a time. Otherwise an unmodifiable list like any other, equal
 * to the same questions in a plain list.
 *
 * <p>{@code new LazyQuestions(List.of("q-1"), List.of(List.of("dates")), i -> read(i), () ->
 * readAll())} holds one question, read by {@code read(0)} on the first {@code get(0)}.
 */
public final class LazyQuestions extends AbstractList<Question> implements RandomAccess {
  private final List<String> ids;
  private final List<List<String>> tags;
  private final IntFunction<Question> read;
  private final Supplier<List<Question>> readAll;
  private final Question[] questions;

  /**
   * @param read reads question {@code i}, whose id and tags must be {@code ids[i]} and {@code
   *     tags[i]}
   * @param readAll reads all the questions, in order
   */
  public LazyQuestions(
      List<String> ids,
      List<List<String>> tags,
      IntFunction<Question> read,
      Supplier<List<Question>> readAll) {
    if (ids.size() != tags.size()) {
      throw new IllegalArgumentException("one list of tags per id");
    }
    this.ids = List.copyOf(ids);
    this.tags = tags.stream().<List<String>>map(List::copyOf).toList();
    this.read = Objects.requireNonNull(read);
    this.readAll = Objects.requireNonNull(readAll);
    this.questions = new Question[ids.size()];
  }

  /** Question {@code index}, read now if it was not before. */
  @Override
  public synchronized Question get(int index) {
    Question question = questions[Objects.checkIndex(index, questions.length)];
    return question != null ? question : keep(index, read.apply(index));
  }

  /** Every question, those not read yet read in one pass. */
  private synchronized List<Question> all() {
    if (Arrays.asList(questions).contains(null)) {
      List<Question> all = readAll.get();
      if (all.size() != questions.length) {
        throw new IllegalStateException(
            questions.length + " questions were listed, " + all.size() + " read");
      }
      for (int i = 0; i < questions.length; i++) {
        if (questions[i] == null) {
          keep(i, all.get(i));
        }
      }
    }
    return List.of(questions);
  }

  private Question keep(int index, Question question) {
    if (!question.id().equals(ids.get(index)) || !question.info().tags().equals(tags.get(index))) {
      throw new IllegalStateException(
          "question " + index + " was listed as " + ids.get(index) + ", read as " + question.id());
    }
    questions[index] = question;
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

  @Override
  public Iterator<Question> iterator() {
    return all().iterator();
  }

  @Override
  public ListIterator<Question> listIterator(int index) {
    return all().listIterator(index);
  }

  @Override
  public Spliterator<Question> spliterator() {
    return all().spliterator();
  }

  @Override
  public Object[] toArray() {
    return all().toArray();
  }

  @Override
  public <T> T[] toArray(T[] a) {
    return all().toArray(a);
  }
}
