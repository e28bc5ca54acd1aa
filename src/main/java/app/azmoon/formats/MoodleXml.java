package app.azmoon.formats;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.Question;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Moodle XML, the format of Moodle's question bank export, in and out.
 *
 * <p>A {@code <question type="shortanswer">} named "Busan port" with answers Busan (100%) and Pusan
 * (50%) reads as the text question {@code kw-busan-port} accepting Busan, with Pusan at half
 * credit. Kinds Moodle has and Azmoon has not (essays, descriptions) are skipped with a note naming
 * the question. Written back, a question's name is its id, so reading the export gives the same
 * ids.
 */
public final class MoodleXml implements BankImport, BankExport {

  @Override
  public Imported read(String text, String idPrefix) {
    Element quiz = MoodleXmlParser.quiz(text);
    QuestionIds ids = new QuestionIds(idPrefix);
    List<Question> questions = new ArrayList<>();
    List<Note> notes = new ArrayList<>();
    List<String> category = List.of();
    int n = 0;
    for (Element q : MoodleXmlParser.children(quiz, "question")) {
      String type = q.getAttribute("type").toLowerCase(Locale.ROOT);
      if (type.equals("category")) {
        category = categoryTags(q, notes);
        continue;
      }
      n++;
      String name = MoodleXmlParser.text(MoodleXmlParser.child(q, "name")).strip();
      String where = name.isEmpty() ? "question " + n : "question '" + name + "'";
      List<String> warnings = new ArrayList<>();
      try {
        questions.add(new MoodleQuestion(q, type, name, category, ids, warnings).read());
      } catch (IllegalArgumentException e) {
        notes.add(new Note(where, e.getMessage()));
      }
      warnings.forEach(w -> notes.add(new Note(where, w)));
    }
    return new Imported(questions, notes);
  }

  @Override
  public Exported write(Bank bank) {
    return MoodleXmlWriter.write(bank);
  }

  /**
   * The tags a category's path gives: {@code $course$/top/Korean War/Dates} gives korean-war and
   * dates. A name without Latin letters gives no tag (a tag is lowercase a–z and digits) and a
   * note.
   */
  private static List<String> categoryTags(Element q, List<Note> notes) {
    String path = MoodleXmlParser.text(MoodleXmlParser.child(q, "category")).strip();
    List<String> tags = new ArrayList<>();
    boolean first = true;
    for (String part : path.split("/")) {
      String name = part.strip();
      boolean context = name.startsWith("$") && name.endsWith("$");
      if (name.isEmpty() || context || (first && name.equals("top"))) {
        first = first && (name.isEmpty() || context);
        continue;
      }
      first = false;
      Optional<String> tag = QuestionIds.latin(name);
      if (tag.isPresent()) {
        tags.add(tag.get());
      } else {
        notes.add(
            new Note(
                "category '" + path + "'",
                "\"" + name + "\" gives no tag: tags are written in Latin letters and digits"));
      }
    }
    return List.copyOf(new LinkedHashSet<>(tags));
  }

  /**
   * The answers a date question is written with as a short answer: ISO, then the Persian and the
   * English way of writing it ("1950-06", "ژوئن ۱۹۵۰", "June 1950").
   */
  static List<String> dateForms(PartialDate date) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(date.toString());
    forms.add(Display.date(date, Language.FA));
    forms.add(Display.date(date, Language.EN));
    return List.copyOf(forms);
  }

  /** The whole text when it names a date written as {@link #dateForms} writes it. */
  static Optional<PartialDate> date(List<String> accepted) {
    Optional<PartialDate> date = PartialDate.parse(accepted.get(0));
    return date.filter(d -> dateForms(d).containsAll(accepted));
  }
}
