package app.azmoon.formats;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Questions as a learner meets them, for round-trip tests: every text as it reads in Persian and in
 * English (a text without an English side reads its Persian one there), and the quote left out,
 * since a file format may carry a text's sides differently and an imported bank has no source.
 */
final class Comparable {
  private Comparable() {}

  static Bank bundled() {
    return new BankReader(Origin.DEFAULT_MAX_BYTES)
        .read(Origin.file(Path.of("questions/korean-war.fa.json")));
  }

  static List<Question> all(List<Question> questions) {
    return questions.stream().map(Comparable::of).toList();
  }

  static Question of(Question q) {
    Info i = q.info();
    Info info =
        new Info(
            i.id(),
            read(i.prompt()),
            i.explanation().map(Comparable::read),
            Optional.empty(),
            i.tags(),
            i.points());
    if (q instanceof Question.Choice c) {
      return new Question.Choice(info, texts(c.choices()), c.correct(), c.shuffle());
    } else if (q instanceof Question.TrueFalse t) {
      return new Question.TrueFalse(info, t.answer());
    } else if (q instanceof Question.Typed t) {
      return new Question.Typed(info, t.accept(), t.reject(), t.fuzzy());
    } else if (q instanceof Question.Numeric n) {
      return new Question.Numeric(
          info,
          n.answer().stripTrailingZeros(),
          n.min().stripTrailingZeros(),
          n.max().stripTrailingZeros(),
          n.unit().map(Comparable::read));
    } else if (q instanceof Question.Dated d) {
      return new Question.Dated(info, d.answer());
    } else if (q instanceof Question.Order o) {
      return new Question.Order(info, texts(o.items()));
    } else if (q instanceof Question.Match m) {
      return new Question.Match(
          info,
          m.pairs().stream().map(p -> new Question.Pair(read(p.left()), read(p.right()))).toList());
    }
    return new Question.Cloze(info, ((Question.Cloze) q).text());
  }

  private static List<Text> texts(List<Text> texts) {
    return texts.stream().map(Comparable::read).toList();
  }

  private static Text read(Text t) {
    return new Text(Optional.of(t.in(Language.FA)), Optional.of(t.in(Language.EN)));
  }
}
