package app.azmoon.formats;

import app.azmoon.domain.question.Question;
import java.util.List;

/**
 * What a file gave: its questions, ready for a bank, and a note for each thing left out (an essay,
 * a description, a question that would not validate) or changed on the way.
 */
public record Imported(List<Question> questions, List<Note> notes) {
  public Imported {
    questions = List.copyOf(questions);
    notes = List.copyOf(notes);
  }
}
