package app.azmoon.formats;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a bank as Moodle XML: each question named by its id, texts as HTML in CDATA with both
 * languages for Moodle's multi-language filter, tags as {@code <tags>}, dates as short answers with
 * their written forms, cloze questions as embedded answers.
 *
 * <p>Moodle has no place for a question's quote, its near-miss answers' purpose or its typo
 * forgiveness: quotes are left out, near misses are written as 0% answers.
 */
final class MoodleXmlWriter {
  private final StringBuilder out = new StringBuilder();
  private final List<Note> skipped = new ArrayList<>();
  private final Language language;

  private MoodleXmlWriter(Language language) {
    this.language = language;
  }

  static Exported write(Bank bank) {
    MoodleXmlWriter w = new MoodleXmlWriter(bank.language());
    w.out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n");
    bank.questions().forEach(w::question);
    w.out.append("</quiz>\n");
    return new Exported(w.out.toString(), w.skipped);
  }

  private void question(Question q) {
    Info info = q.info();
    String type = type(q);
    out.append("  <!-- question: ").append(info.id()).append(" -->\n");
    out.append("  <question type=\"").append(type).append("\">\n");
    out.append("    <name><text>").append(escape(info.id())).append("</text></name>\n");
    String prompt = Html.fromText(info.prompt());
    if (q instanceof Question.Cloze c) {
      // Embedded answers hold one sentence: the bank's, its gaps taking either version's answers.
      prompt = "<p>" + prompt + "</p><p>" + cloze(c.accepting(language)) + "</p>";
    }
    html("questiontext", prompt);
    html("generalfeedback", info.explanation().map(Html::fromText).orElse(""));
    out.append("    <defaultgrade>").append(number(BigDecimal.valueOf(info.points())));
    out.append("</defaultgrade>\n    <penalty>0.3333333</penalty>\n    <hidden>0</hidden>\n");
    if (q instanceof Question.Choice c) {
      choice(c);
    } else if (q instanceof Question.TrueFalse t) {
      answer(t.answer() ? 1 : 0, "true", false);
      answer(t.answer() ? 0 : 1, "false", false);
    } else if (q instanceof Question.Typed t) {
      typed(t.accept(), t.partial(), t.reject());
      if (!t.fuzzy()) {
        skipped.add(
            new Note(
                t.id(),
                "typos are not forgiven here; Moodle has no such setting, and read back they are"));
      }
    } else if (q instanceof Question.Dated d) {
      typed(MoodleXml.dateForms(d.answer()), List.of(), List.of());
    } else if (q instanceof Question.Numeric n) {
      numeric(n);
    } else if (q instanceof Question.Order o) {
      order(o);
    } else if (q instanceof Question.Match m) {
      match(m);
    }
    if (!info.tags().isEmpty()) {
      out.append("    <tags>\n");
      info.tags().forEach(t -> out.append("      <tag><text>").append(t).append("</text></tag>\n"));
      out.append("    </tags>\n");
    }
    out.append("  </question>\n");
  }

  private static String type(Question q) {
    return switch (q.kind()) {
      case CHOICE -> "multichoice";
      case TRUEFALSE -> "truefalse";
      case TEXT, DATE -> "shortanswer";
      case NUMERIC -> "numerical";
      case ORDER -> "ordering";
      case MATCH -> "matching";
      case CLOZE -> "cloze";
    };
  }

  private void choice(Question.Choice c) {
    out.append("    <single>").append(!c.selectAll()).append("</single>\n");
    out.append("    <shuffleanswers>").append(c.shuffle() ? 1 : 0).append("</shuffleanswers>\n");
    out.append("    <answernumbering>abc</answernumbering>\n");
    int right = c.correct().size();
    for (int i = 0; i < c.choices().size(); i++) {
      double credit;
      if (!c.credits().isEmpty()) {
        credit = c.credits().get(i);
      } else if (c.correct().contains(i)) {
        credit = 1.0 / right;
      } else {
        // Without weights a wrong pick costs as much as a right one earns.
        credit = c.selectAll() ? -1.0 / right : 0;
      }
      answer(credit, Html.fromText(c.choices().get(i)), true);
    }
  }

  private void typed(List<String> accept, List<Partial> partial, List<String> reject) {
    out.append("    <usecase>0</usecase>\n");
    accept.forEach(a -> answer(1, a, false));
    partial.forEach(p -> answer(p.credit(), p.answer(), false));
    reject.forEach(r -> answer(0, r, false));
  }

  private void numeric(Question.Numeric n) {
    BigDecimal two = BigDecimal.valueOf(2);
    BigDecimal answer = n.answer();
    if (answer.subtract(n.min()).compareTo(n.max().subtract(answer)) != 0) {
      answer = n.min().add(n.max()).divide(two);
      skipped.add(
          new Note(
              n.id(),
              "Moodle's tolerance lies evenly around the answer: the range "
                  + number(n.min())
                  + " to "
                  + number(n.max())
                  + " is written as "
                  + number(answer)
                  + " ± "
                  + number(n.max().subtract(answer))));
    }
    range(1, answer, n.max().subtract(answer));
    for (PartialRange p : n.partial()) {
      BigDecimal middle = p.min().add(p.max()).divide(two);
      range(p.credit(), middle, p.max().subtract(middle));
    }
    if (n.unit().isPresent()) {
      out.append("    <units>\n");
      Text unit = n.unit().get();
      for (String name : List.of(unit.fa(), unit.en()).stream().flatMap(o -> o.stream()).toList()) {
        out.append("      <unit><multiplier>1</multiplier><unit_name>")
            .append(escape(name))
            .append("</unit_name></unit>\n");
      }
      out.append("    </units>\n");
    }
    out.append("    <unitgradingtype>0</unitgradingtype>\n    <unitpenalty>0.1</unitpenalty>\n");
    out.append("    <showunits>3</showunits>\n    <unitsleft>0</unitsleft>\n");
  }

  private void range(double credit, BigDecimal value, BigDecimal tolerance) {
    out.append("    <answer fraction=\"").append(EmbeddedAnswers.percent(credit));
    out.append("\" format=\"moodle_auto_format\"><text>").append(number(value));
    out.append("</text><feedback format=\"html\"><text></text></feedback><tolerance>");
    out.append(number(tolerance)).append("</tolerance></answer>\n");
  }

  private void order(Question.Order o) {
    out.append("    <layouttype>VERTICAL</layouttype>\n    <selecttype>ALL</selecttype>\n");
    out.append("    <selectcount>0</selectcount>\n");
    out.append("    <gradingtype>ABSOLUTE_POSITION</gradingtype>\n");
    for (int i = 0; i < o.items().size(); i++) {
      // qtype_ordering keeps each item's right position in its fraction (1, 2, …), written as %.
      out.append("    <answer fraction=\"").append(100 * (i + 1)).append("\" format=\"html\">");
      out.append(cdata(Html.fromText(o.items().get(i)))).append("</answer>\n");
    }
  }

  private void match(Question.Match m) {
    out.append("    <shuffleanswers>true</shuffleanswers>\n");
    for (Question.Pair pair : m.pairs()) {
      out.append("    <subquestion format=\"html\">").append(cdata(Html.fromText(pair.left())));
      out.append("<answer>").append(cdata(Html.fromText(pair.right())));
      out.append("</answer></subquestion>\n");
    }
  }

  private static String cloze(ClozeText text) {
    StringBuilder html = new StringBuilder();
    for (ClozeText.Part part : text.parts()) {
      html.append(
          part instanceof ClozeText.Gap gap
              ? EmbeddedAnswers.write(gap)
              : Html.fromText(((ClozeText.Literal) part).text()));
    }
    return html.toString();
  }

  private void answer(double credit, String text, boolean html) {
    out.append("    <answer fraction=\"").append(EmbeddedAnswers.percent(credit)).append("\"");
    out.append(html ? " format=\"html\">" : " format=\"moodle_auto_format\">");
    out.append(html ? cdata(text) : "<text>" + escape(text) + "</text>");
    out.append("<feedback format=\"html\"><text></text></feedback></answer>\n");
  }

  private void html(String element, String html) {
    out.append("    <").append(element).append(" format=\"html\">").append(cdata(html));
    out.append("</").append(element).append(">\n");
  }

  private static String cdata(String html) {
    return "<text><![CDATA[" + html.replace("]]>", "]]]]><![CDATA[>") + "]]></text>";
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String number(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }
}
