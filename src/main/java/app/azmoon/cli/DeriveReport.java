package app.azmoon.cli;

import app.azmoon.domain.derive.Derivation;
import app.azmoon.domain.derive.Derivation.Asked;
import app.azmoon.domain.derive.Derivation.Finding;
import app.azmoon.domain.derive.Derivation.Skipped;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.util.List;
import java.util.Locale;

/**
 * What {@code derive} says: a line for each number or date of the text, and the sum.
 *
 * <p>{@code 9: numeric 635000 تن «۶۳۵٬۰۰۰»}, {@code 10: skipped «بی ۲۹»: a name or a model, not a
 * quantity}; {@code wrote bank kw, 14 questions (7 numeric, 6 date, 1 cloze), 9 skipped; source
 * sources/kw.txt}.
 */
final class DeriveReport {
  private DeriveReport() {}

  /** The line, what was asked and its answer, or what was skipped and why. */
  static String line(Finding finding) {
    if (finding instanceof Skipped s) {
      return s.line() + ": skipped «" + s.written() + "»: " + s.reason().description();
    }
    Question q = ((Asked) finding).question();
    String answer =
        q instanceof Question.Numeric n
            ? n.answer().toPlainString() + n.unit().map(u -> " " + u.in(Language.FA)).orElse("")
            : q instanceof Question.Dated d
                ? d.answer().toString()
                : ((Question.Cloze) q).text().gaps().get(0).answers().get(0);
    return finding.line() + ": " + q.kind().code() + " " + answer + " «" + finding.written() + "»";
  }

  static String summary(Bank bank, Derivation derivation) {
    StringBuilder kinds = new StringBuilder();
    for (Kind kind : List.of(Kind.NUMERIC, Kind.DATE, Kind.CLOZE)) {
      long n = bank.questions().stream().filter(q -> q.kind() == kind).count();
      if (n > 0) {
        kinds.append(kinds.length() == 0 ? "" : ", ").append(n).append(' ').append(kind.code());
      }
    }
    long skipped = derivation.findings().stream().filter(Skipped.class::isInstance).count();
    int n = bank.questions().size();
    return String.format(
        Locale.ROOT,
        "wrote bank %s, %d question%s (%s), %d skipped; source %s",
        bank.id(),
        n,
        n == 1 ? "" : "s",
        kinds,
        skipped,
        bank.source().orElseThrow().path());
  }
}
