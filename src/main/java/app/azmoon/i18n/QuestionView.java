package app.azmoon.i18n;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.answer.Labels;
import app.azmoon.domain.answer.ShownOrder;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.engine.Asked;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A question as text, the same for the quiz screen, a printed sheet and an answer key: its options,
 * items or columns numbered in the order shown, and the line saying how to answer. Lines are
 * logical text, not yet laid out for a terminal.
 *
 * <p>A choice shown as [2, 0, 1] gives "۱. " + option 2, "۲. " + option 0, "۳. " + option 1.
 */
public final class QuestionView {
  private final Messages messages;

  public QuestionView(Messages messages) {
    this.messages = messages;
  }

  private Language lang() {
    return messages.language();
  }

  public String prompt(Asked asked) {
    return asked.question().info().prompt().in(lang());
  }

  /** The numbered options, items or columns, leaving out the options in {@code removed}. */
  public List<String> options(Asked asked, Set<Integer> removed) {
    List<String> out = new ArrayList<>();
    Question q = asked.question();
    if (q instanceof Question.Choice c) {
      List<Integer> shown = ShownOrder.resolve(asked.shown().items(), c.choices().size());
      for (int i = 0; i < shown.size(); i++) {
        if (!removed.contains(shown.get(i))) {
          out.add(number(i) + c.choices().get(shown.get(i)).in(lang()));
        }
      }
    } else if (q instanceof Question.Order o) {
      List<Integer> shown = ShownOrder.resolve(asked.shown().items(), o.items().size());
      for (int i = 0; i < shown.size(); i++) {
        out.add(number(i) + o.items().get(shown.get(i)).in(lang()));
      }
    } else if (q instanceof Question.Match m) {
      List<Integer> left = ShownOrder.resolve(asked.shown().items(), m.pairs().size());
      List<Integer> right = ShownOrder.resolve(asked.shown().rightItems(), m.pairs().size());
      for (int i = 0; i < left.size(); i++) {
        out.add(number(i) + m.pairs().get(left.get(i)).left().in(lang()));
      }
      out.add("");
      for (int i = 0; i < right.size(); i++) {
        out.add(
            Labels.letterFor(i + 1, lang())
                + ") "
                + m.pairs().get(right.get(i)).right().in(lang()));
      }
    } else if (q instanceof Question.Cloze c) {
      StringBuilder s = new StringBuilder();
      int gap = 0;
      for (ClozeText.Part part : c.text(lang()).parts()) {
        if (part instanceof ClozeText.Literal l) {
          s.append(l.text());
        } else {
          s.append('[').append(Display.digits(++gap, lang())).append("] ____");
        }
      }
      out.add(s.toString());
      // A gap that is a choice lists its options under the sentence: "[1] (1) سئول · (2) بوسان".
      List<ClozeText.Gap> gaps = c.text(lang()).gaps();
      for (int g = 0; g < gaps.size(); g++) {
        List<String> options = gaps.get(g).options();
        if (!options.isEmpty()) {
          List<String> numbered = new ArrayList<>();
          for (int i = 0; i < options.size(); i++) {
            numbered.add("(" + Display.digits(i + 1, lang()) + ") " + options.get(i));
          }
          out.add("[" + Display.digits(g + 1, lang()) + "] " + String.join(" · ", numbered));
        }
      }
    }
    return out;
  }

  /** How to answer this kind of question. */
  public String instruction(Question q) {
    if (q instanceof Question.Choice c) {
      return messages.get(c.selectAll() ? "kind.choice.all" : "kind.choice");
    } else if (q instanceof Question.Numeric n && n.unit().isPresent()) {
      return messages.get("kind.numeric.unit", n.unit().get().in(lang()));
    } else if (q instanceof Question.Cloze c) {
      List<ClozeText.Gap> gaps = c.text(lang()).gaps();
      StringBuilder s =
          new StringBuilder(
              gaps.size() == 1
                  ? messages.get("kind.cloze.one")
                  : messages.get("kind.cloze", Display.digits(gaps.size(), lang())));
      for (int g = 0; g < gaps.size(); g++) {
        if (gaps.get(g).selectAll()) {
          s.append(' ').append(messages.get("kind.cloze.all", Display.digits(g + 1, lang())));
        }
      }
      return s.toString();
    }
    return messages.get("kind." + q.kind().code());
  }

  /** How many numbered options, items or rows a question shows (0 for the other kinds). */
  public static int numbered(Question q) {
    return q instanceof Question.Choice c
        ? c.choices().size()
        : q instanceof Question.Order o
            ? o.items().size()
            : q instanceof Question.Match m ? m.pairs().size() : 0;
  }

  private String number(int i) {
    return Display.digits(i + 1, lang()) + ". ";
  }
}
