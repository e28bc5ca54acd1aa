package app.azmoon.formats;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Moodle's GIFT format, in and out. Reading follows Moodle's own importer (see {@link GiftParser});
 * writing gives every question a {@code ::id::} title, so that importing the file again keeps the
 * ids, and its tags as a {@code $CATEGORY:} path.
 *
 * <p>A bank's choice question «کدام بندر؟» with options بوسان (right) and سئول is written {@code
 * ::kw-port:: کدام بندر؟ {=بوسان ~سئول}}. Order questions and cloze questions of more than one gap
 * have no GIFT form, nor has a select-all gap; they are listed as skipped.
 */
public final class Gift implements BankImport, BankExport {

  @Override
  public Imported read(String text, String idPrefix) {
    return new GiftParser(idPrefix).read(text);
  }

  @Override
  public Exported write(Bank bank) {
    Language lang = bank.language();
    StringBuilder out = new StringBuilder();
    out.append("// ")
        .append(escapeComment(bank.title().in(lang)))
        .append(" (azmoon bank ")
        .append(bank.id())
        .append(")\n");
    List<Note> skipped = new ArrayList<>();
    List<String> tags = null;
    for (Question q : bank.questions()) {
      Optional<String> answers;
      try {
        answers = answers(q, lang);
      } catch (IllegalStateException e) {
        skipped.add(new Note(q.id(), e.getMessage()));
        continue;
      }
      if (!q.info().tags().equals(tags)) {
        tags = q.info().tags();
        out.append("\n$CATEGORY: $course$/top");
        tags.forEach(t -> out.append('/').append(t));
        out.append('\n');
      }
      out.append("\n::").append(GiftText.escape(q.id())).append("::");
      String explanation =
          q.info().explanation().map(e -> "\n\t####" + GiftText.escape(e.in(lang))).orElse("");
      if (q instanceof Question.Cloze c) {
        out.append(cloze(c, lang, explanation)).append('\n');
      } else {
        out.append(prompt(q.info().prompt().in(lang)))
            .append(" {")
            .append(answers.orElseThrow())
            .append(explanation)
            .append("\n}\n");
      }
    }
    return new Exported(out.toString(), skipped);
  }

  /** The answers between the braces; empty for a cloze, which is written around its gap. */
  private static Optional<String> answers(Question q, Language lang) {
    if (q instanceof Question.Choice c) {
      return Optional.of(choice(c, lang));
    } else if (q instanceof Question.TrueFalse t) {
      return Optional.of(t.answer() ? "TRUE" : "FALSE");
    } else if (q instanceof Question.Typed t) {
      StringBuilder s = new StringBuilder();
      t.accept().forEach(a -> s.append("\n\t=").append(answerText(a)));
      t.partial()
          .forEach(
              p -> s.append("\n\t=").append(weight(p.credit())).append(answerText(p.answer())));
      // A 0% answer is Moodle's way of naming a wrong answer; read back, it is a rejected one.
      t.reject().forEach(r -> s.append("\n\t=%0%").append(answerText(r)));
      return Optional.of(s.toString());
    } else if (q instanceof Question.Numeric n) {
      return Optional.of(numeric(n));
    } else if (q instanceof Question.Dated d) {
      return Optional.of(date(d.answer()));
    } else if (q instanceof Question.Match m) {
      StringBuilder s = new StringBuilder();
      for (Question.Pair p : m.pairs()) {
        String left = p.left().in(lang);
        if (left.contains("->")) {
          throw new IllegalStateException("a match item with \"->\" in it has no GIFT form");
        }
        s.append("\n\t=")
            .append(answerText(left))
            .append(" -> ")
            .append(answerText(p.right().in(lang)));
      }
      return Optional.of(s.toString());
    } else if (q instanceof Question.Cloze c) {
      if (c.text().gaps().size() != 1) {
        throw new IllegalStateException(
            "GIFT has one gap per question; this cloze has " + c.text().gaps().size());
      }
      if (c.text().gaps().get(0).selectAll()) {
        throw new IllegalStateException(
            "a select-all gap has no GIFT form (Moodle XML and JSON keep it)");
      }
      return Optional.empty();
    }
    throw new IllegalStateException("GIFT has no " + q.kind().code() + " questions");
  }

  private static String choice(Question.Choice c, Language lang) {
    List<Double> credits = c.credits();
    if (credits.isEmpty() && c.selectAll()) {
      // Azmoon scores select-all as (right − wrong) ÷ right options: Moodle's weights of ±1/k.
      double share = 1.0 / c.correct().size();
      credits = new ArrayList<>();
      for (int i = 0; i < c.choices().size(); i++) {
        credits.add(c.correct().contains(i) ? share : -share);
      }
    }
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < c.choices().size(); i++) {
      String option = answerText(c.choices().get(i).in(lang));
      s.append("\n\t");
      if (!c.selectAll() && c.correct().contains(i)) {
        s.append('=');
      } else {
        double credit = credits.isEmpty() ? 0 : credits.get(i);
        s.append('~').append(credit == 0 ? "" : weight(credit));
      }
      s.append(option);
    }
    return s.toString();
  }

  private static String numeric(Question.Numeric n) {
    BigDecimal below = n.answer().subtract(n.min());
    BigDecimal above = n.max().subtract(n.answer());
    String full =
        below.compareTo(above) == 0
            ? plain(n.answer()) + (below.signum() == 0 ? "" : ":" + plain(below))
            : plain(n.min()) + ".." + plain(n.max());
    if (n.partial().isEmpty()) {
      return "#" + full;
    }
    StringBuilder s = new StringBuilder("#\n\t=").append(full);
    for (PartialRange p : n.partial()) {
      s.append("\n\t=")
          .append(weight(p.credit()))
          .append(plain(p.min()))
          .append("..")
          .append(plain(p.max()));
    }
    return s.toString();
  }

  /** A date as a short answer taking its ISO form and its written forms in both languages. */
  private static String date(PartialDate date) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(date.toString());
    forms.add(Display.date(date, Language.EN));
    forms.add(Display.date(date, Language.FA));
    StringBuilder s = new StringBuilder();
    forms.forEach(f -> s.append("\n\t=").append(answerText(f)));
    return s.toString();
  }

  /** The sentence in {@code lang}, its gap accepting the answers of both versions. */
  private static String cloze(Question.Cloze c, Language lang, String explanation) {
    StringBuilder s = new StringBuilder(" ");
    for (ClozeText.Part part : c.accepting(lang).parts()) {
      if (part instanceof ClozeText.Literal l) {
        s.append(GiftText.escape(l.text()));
      } else if (part instanceof ClozeText.Gap g) {
        s.append("{");
        if (g.options().isEmpty()) {
          g.answers().forEach(a -> s.append("\n\t=").append(answerText(a)));
          g.partial()
              .forEach(
                  p -> s.append("\n\t=").append(weight(p.credit())).append(answerText(p.answer())));
        } else {
          for (String option : g.options()) {
            Optional<Partial> partial =
                g.partial().stream().filter(p -> p.answer().equals(option)).findFirst();
            s.append("\n\t");
            if (g.answers().contains(option)) {
              s.append('=');
            } else {
              s.append('~').append(partial.map(p -> weight(p.credit())).orElse(""));
            }
            s.append(answerText(option));
          }
        }
        s.append(explanation).append("\n}");
      }
    }
    return s.toString();
  }

  /** A question's text: escaped, and kept from being read as a format marker like [html]. */
  private static String prompt(String text) {
    return " " + (text.startsWith("[") ? "[plain]" : "") + GiftText.escape(text);
  }

  /** An answer's text: escaped, and kept from being read as a %weight%. */
  private static String answerText(String text) {
    String escaped = GiftText.escape(text);
    if (escaped.matches("(?s)\\s*%-?\\d+(\\.\\d+)?%.*")) {
      throw new IllegalStateException("an answer that starts with a %weight% has no GIFT form");
    }
    return escaped;
  }

  /** Moodle's {@code %50%} for a credit of 0.5. */
  private static String weight(double credit) {
    BigDecimal percent =
        BigDecimal.valueOf(credit).movePointRight(2).setScale(5, RoundingMode.HALF_EVEN);
    return "%" + plain(percent) + "%";
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }

  private static String escapeComment(String text) {
    return text.replaceAll("\\s+", " ");
  }
}
