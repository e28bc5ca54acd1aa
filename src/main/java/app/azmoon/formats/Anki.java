package app.azmoon.formats;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.answer.Display;
import app.azmoon.domain.answer.Labels;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * A plain-text file for Anki's File → Import (Anki 2.1.55 or newer reads its header lines): one
 * note per question, tab-separated, fields in HTML.
 *
 * <pre>
 * #separator:tab
 * #html:true
 * #guid column:1
 * #notetype column:2
 * #deck:جنگ کره
 * #tags column:5
 * azmoon/korean-war/kw-prc-year	Basic	&lt;div dir="rtl"&gt;…&lt;/div&gt;	…	dates people
 * </pre>
 *
 * <p>A question is a Basic note (front: the prompt and its options; back: the answer, the
 * explanation and the quote) or, for a cloze question, a Cloze note with a {@code {{c1::…}}} per
 * gap. Text with Persian letters is wrapped in {@code <div dir="rtl">} so that Anki shows it right
 * to left. The guid makes a second import of a newer export update the notes instead of adding
 * copies. Nothing is skipped: every kind has a note.
 */
public final class Anki implements BankExport {
  @Override
  public Exported write(Bank bank) {
    StringBuilder out = new StringBuilder();
    out.append("#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n");
    out.append("#deck:").append(bank.title().in(bank.language()).replaceAll("\\s+", " ").strip());
    out.append("\n#tags column:5\n");
    Language lang = bank.language();
    for (Question q : bank.questions()) {
      boolean cloze = q instanceof Question.Cloze;
      List<String> fields =
          List.of(
              "azmoon/" + bank.id() + "/" + q.id(),
              cloze ? "Cloze" : "Basic",
              field(cloze ? clozeText((Question.Cloze) q, lang) : front(q, lang)),
              field(back(q, lang, !cloze)),
              String.join(" ", q.info().tags()));
      out.append(String.join("\t", fields)).append('\n');
    }
    return new Exported(out.toString(), List.of());
  }

  /** The prompt and what the learner chooses from, numbered as on the back. */
  private static List<String> front(Question q, Language lang) {
    List<String> lines = new ArrayList<>();
    lines.add(html(q.info().prompt().in(lang)));
    if (q instanceof Question.Choice c) {
      for (int i = 0; i < c.choices().size(); i++) {
        lines.add(number(i, lang) + html(c.choices().get(i).in(lang)));
      }
    } else if (q instanceof Question.TrueFalse) {
      lines.add(lang == Language.FA ? "درست یا نادرست؟" : "True or false?");
    } else if (q instanceof Question.Order o) {
      List<Integer> shown = shuffled(q.id(), o.items().size());
      for (int i = 0; i < shown.size(); i++) {
        lines.add(number(i, lang) + html(o.items().get(shown.get(i)).in(lang)));
      }
    } else if (q instanceof Question.Match m) {
      List<Integer> right = shuffled(q.id(), m.pairs().size());
      for (int i = 0; i < m.pairs().size(); i++) {
        lines.add(number(i, lang) + html(m.pairs().get(i).left().in(lang)));
      }
      lines.add("");
      for (int i = 0; i < right.size(); i++) {
        lines.add(
            Labels.letterFor(i + 1, lang)
                + ") "
                + html(m.pairs().get(right.get(i)).right().in(lang)));
      }
    }
    return lines;
  }

  /** The prompt, then the sentence with a {@code {{cN::answer}}} for each gap. */
  private static List<String> clozeText(Question.Cloze q, Language lang) {
    StringBuilder text = new StringBuilder();
    int gap = 0;
    for (ClozeText.Part part : q.text(lang).parts()) {
      if (part instanceof ClozeText.Gap g) {
        // "::" inside a cloze would start Anki's hint; an encoded colon is shown the same.
        text.append("{{c").append(++gap).append("::");
        // A select-all gap hides all its right options; any other gap, its first answer.
        String hidden = g.selectAll() ? String.join(", ", g.answers()) : g.answers().get(0);
        text.append(html(hidden).replace(":", "&#58;")).append("}}");
      } else {
        text.append(html(((ClozeText.Literal) part).text()));
      }
    }
    return List.of(html(q.info().prompt().in(lang)), text.toString());
  }

  /** The answer (not for a cloze note, whose answers are its gaps), explanation and quote. */
  private static List<String> back(Question q, Language lang, boolean withAnswer) {
    List<String> lines = new ArrayList<>();
    if (withAnswer) {
      lines.addAll(answer(q, lang));
    }
    q.info().explanation().ifPresent(e -> lines.add(html(e.in(lang))));
    q.info()
        .quote()
        .ifPresent(
            quote ->
                lines.add(
                    "<i>"
                        + (lang == Language.FA ? "«" + html(quote) + "»" : "“" + html(quote) + "”")
                        + "</i>"));
    return lines;
  }

  private static List<String> answer(Question q, Language lang) {
    List<String> lines = new ArrayList<>();
    if (q instanceof Question.Choice c) {
      c.correct()
          .forEach(
              i -> lines.add("<b>" + number(i, lang) + html(c.choices().get(i).in(lang)) + "</b>"));
    } else if (q instanceof Question.Order o) {
      List<Integer> shown = shuffled(q.id(), o.items().size());
      for (int i = 0; i < o.items().size(); i++) {
        lines.add(
            "<b>" + number(shown.indexOf(i), lang) + html(o.items().get(i).in(lang)) + "</b>");
      }
    } else if (q instanceof Question.Match m) {
      List<Integer> right = shuffled(q.id(), m.pairs().size());
      for (int i = 0; i < m.pairs().size(); i++) {
        lines.add(
            "<b>"
                + number(i, lang)
                + html(m.pairs().get(i).left().in(lang))
                + (lang == Language.FA ? " ← " : " → ")
                + Labels.letterFor(right.indexOf(i) + 1, lang)
                + ") "
                + html(m.pairs().get(i).right().in(lang))
                + "</b>");
      }
    } else {
      // The right answer as Azmoon itself shows it: digits, unit, date in the bank's language.
      lines.add("<b>" + html(AnswerChecker.check(q, "", lang).expected()) + "</b>");
    }
    return lines;
  }

  /**
   * An order the same on every export (seeded by the question's id), never the right one: the front
   * of an order or match question must not give the answer away.
   */
  static List<Integer> shuffled(String id, int n) {
    List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
    Collections.shuffle(order, new Random(id.hashCode()));
    if (n > 1 && IntStream.range(0, n).allMatch(i -> order.get(i) == i)) {
      Collections.rotate(order, 1);
    }
    return order;
  }

  private static String number(int index, Language lang) {
    return Display.digits(index + 1, lang) + ". ";
  }

  /** Lines as one field: joined by {@code <br>}, right to left when they hold Persian. */
  private static String field(List<String> lines) {
    String joined = String.join("<br>", lines);
    return Texts.persian(joined) ? "<div dir=\"rtl\">" + joined + "</div>" : joined;
  }

  /** Text as HTML on one line of the file: escaped, line breaks as {@code <br>}, tabs as spaces. */
  static String html(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("'", "&#39;")
        .replace("\t", " ")
        .replaceAll("\r\n|\r|\n", "<br>");
  }
}
