package app.azmoon.formats;

import app.azmoon.domain.answer.Normalization;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's Aiken format: single-answer multiple choice, one question after another.
 *
 * <pre>
 * پایتخت کره جنوبی کدام است؟
 * A. پیونگ‌یانگ
 * B) سئول
 * ANSWER: B
 * </pre>
 *
 * <p>The question is the lines before its first option; an option is a capital Latin letter, a full
 * stop or a closing parenthesis, and a space; {@code ANSWER:} names the right option's letter and
 * ends the question. Blank lines are ignored. A question with a problem is a note with its line,
 * and the others are kept. Writing keeps single-answer choice questions only.
 */
public final class Aiken implements BankImport, BankExport {
  private static final Pattern OPTION = Pattern.compile("([A-Z])[.)][ \\t]+(.*)");
  private static final Pattern ANSWER = Pattern.compile("(?i)ANSWER:\\s*(.*)");

  @Override
  public Imported read(String text, String idPrefix) {
    return new Reading(new QuestionIds(idPrefix)).read(text);
  }

  /** One pass over a file: the question being read and what has been read so far. */
  private static final class Reading {
    private final QuestionIds ids;
    private final List<Question> questions = new ArrayList<>();
    private final List<Note> notes = new ArrayList<>();
    private final List<String> prompt = new ArrayList<>();
    private final List<String> letters = new ArrayList<>();
    private final List<String> options = new ArrayList<>();
    private int start;

    Reading(QuestionIds ids) {
      this.ids = ids;
    }

    Imported read(String text) {
      String[] lines = text.replaceFirst("^\uFEFF", "").split("\r\n|\r|\n", -1);
      for (int n = 1; n <= lines.length; n++) {
        String line = lines[n - 1].strip();
        if (line.isEmpty()) {
          continue;
        }
        Matcher option = OPTION.matcher(line);
        Matcher answer = ANSWER.matcher(line);
        if (!options.isEmpty() && answer.matches()) {
          finish(n, answer.group(1).strip());
        } else if (line.startsWith("ANSWER:")) {
          notes.add(
              new Note(
                  "line " + (prompt.isEmpty() ? n : start),
                  prompt.isEmpty()
                      ? "an ANSWER: line with no question before it: left out"
                      : "the question has no options before its ANSWER: line: left out"));
          clear();
        } else if (option.matches() && !option.group(2).isBlank()) {
          if (prompt.isEmpty()) {
            notes.add(new Note("line " + n, "an option before any question: left out"));
            continue;
          }
          letters.add(option.group(1));
          options.add(option.group(2).strip());
        } else {
          if (!options.isEmpty()) {
            unfinished("the next question starts on line " + n);
          }
          if (prompt.isEmpty()) {
            start = n;
          }
          prompt.add(line);
        }
      }
      if (!prompt.isEmpty()) {
        unfinished("the file ends");
      }
      return new Imported(questions, notes);
    }

    private void unfinished(String when) {
      notes.add(
          new Note(
              "line " + start, "the question has no ANSWER: line before " + when + ": left out"));
      clear();
    }

    /** The ANSWER line on line {@code n} names {@code letter}: the question is complete. */
    private void finish(int n, String letter) {
      try {
        // As Moodle reads it: the first character after the colon.
        String named = letter.isEmpty() ? "" : letter.substring(0, 1).toUpperCase(Locale.ROOT);
        int right = letters.indexOf(named);
        if (right < 0) {
          throw new Skip(
              "ANSWER: "
                  + letter
                  + " on line "
                  + n
                  + " names none of the options "
                  + String.join(", ", letters));
        }
        if (options.size() < 2) {
          throw new Skip("a question needs two options or more, found " + options.size());
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < options.size(); i++) {
          if (!seen.add(letters.get(i))) {
            throw new Skip("two options have the letter " + letters.get(i));
          }
        }
        seen.clear();
        for (String o : options) {
          if (!seen.add(Normalization.key(o))) {
            throw new Skip("the option \"" + o + "\" is there twice");
          }
        }
        String text = String.join("\n", prompt);
        Info info =
            new Info(
                ids.next(text), Texts.of(text), Optional.empty(), Optional.empty(), List.of(), 1);
        questions.add(
            new Question.Choice(
                info, options.stream().map(Texts::of).toList(), Set.of(right), true));
      } catch (Skip | IllegalArgumentException e) {
        notes.add(new Note("line " + start, e.getMessage()));
      }
      clear();
    }

    private void clear() {
      prompt.clear();
      letters.clear();
      options.clear();
    }
  }

  @Override
  public Exported write(Bank bank) {
    StringBuilder out = new StringBuilder();
    List<Note> skipped = new ArrayList<>();
    for (Question q : bank.questions()) {
      try {
        out.append(question(q, bank)).append('\n');
      } catch (Skip e) {
        skipped.add(new Note(q.id(), e.getMessage()));
      }
    }
    return new Exported(out.toString(), skipped);
  }

  private static String question(Question q, Bank bank) {
    if (!(q instanceof Question.Choice c) || c.selectAll()) {
      throw new Skip(
          "Aiken has single-answer choice questions only, not "
              + (q instanceof Question.Choice ? "select-all ones" : q.kind().code() + " ones"));
    }
    if (!c.credits().isEmpty()) {
      throw new Skip("Aiken has no option weights: one option is right, the others wrong");
    }
    String prompt = line(q.info().prompt(), bank);
    if (OPTION.matcher(prompt).matches() || ANSWER.matcher(prompt).matches()) {
      throw new Skip("its prompt would read as an option or an answer line");
    }
    StringBuilder s = new StringBuilder(prompt).append('\n');
    for (int i = 0; i < c.choices().size(); i++) {
      s.append((char) ('A' + i)).append(". ").append(line(c.choices().get(i), bank)).append('\n');
    }
    return s.append("ANSWER: ")
        .append((char) ('A' + c.correct().iterator().next()))
        .append('\n')
        .toString();
  }

  /** Aiken has a line for each question and option: line breaks become spaces. */
  private static String line(Text text, Bank bank) {
    return text.in(bank.language()).strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
