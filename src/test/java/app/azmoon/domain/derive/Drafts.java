package app.azmoon.domain.derive;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.derive.Derivation.Asked;
import app.azmoon.domain.derive.Derivation.Skipped;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.ArrayList;
import java.util.List;

/** What a derivation asked and skipped, as short strings a test can compare. */
final class Drafts {
  private Drafts() {}

  static Derivation derive(String text) {
    return Deriver.derive(text, "t");
  }

  static List<Asked> asked(Derivation d) {
    return d.findings().stream().filter(Asked.class::isInstance).map(Asked.class::cast).toList();
  }

  /**
   * Each question as "kind answer": "numeric 635000 تن", "date 1950-06", "cloze ۲۲ بهمن ۱۳۵۷",
   * "cloze دومین or ۲".
   */
  static List<String> answers(Derivation d) {
    return d.questions().stream().map(q -> q.kind().code() + " " + answer(q)).toList();
  }

  /** Each skipped span as "«written» REASON". */
  static List<String> skipped(Derivation d) {
    return d.findings().stream()
        .filter(Skipped.class::isInstance)
        .map(Skipped.class::cast)
        .map(s -> "«" + s.written() + "» " + s.reason())
        .toList();
  }

  static String answer(Question q) {
    if (q instanceof Question.Numeric n) {
      return n.answer().toPlainString() + n.unit().map(u -> " " + u.in(Language.FA)).orElse("");
    }
    if (q instanceof Question.Dated d) {
      return d.answer().toString();
    }
    return String.join(" or ", ((Question.Cloze) q).text().gaps().get(0).answers());
  }

  /** What a learner who knows the answer may type: as the text wrote it, and in other forms. */
  static List<String> typedBack(Asked asked) {
    Question q = asked.question();
    List<String> typed = new ArrayList<>();
    if (q instanceof Question.Numeric n) {
      String unit = n.unit().map(u -> " " + u.in(Language.FA)).orElse("");
      typed.add(asked.written() + unit);
      typed.add(Display.number(n.answer(), Language.FA) + unit);
      typed.add(n.answer().toPlainString());
    } else if (q instanceof Question.Dated d) {
      typed.add(d.answer().toString());
    } else {
      typed.addAll(((Question.Cloze) q).text().gaps().get(0).answers());
    }
    return typed;
  }

  /** The sentence a question shows, with its blank. */
  static String gapped(Question q) {
    if (q instanceof Question.Cloze c) {
      StringBuilder s = new StringBuilder();
      for (ClozeText.Part part : c.text().parts()) {
        s.append(part instanceof ClozeText.Literal l ? l.text() : Drafted.BLANK);
      }
      return s.toString();
    }
    String prompt = q.info().prompt().in(Language.FA);
    return prompt.substring(prompt.indexOf('«') + 1, prompt.lastIndexOf('»'));
  }
}
