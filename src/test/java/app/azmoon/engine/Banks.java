package app.azmoon.engine;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;

/** Small banks and a hand-moved clock for engine tests. */
final class Banks {
  private Banks() {}

  static Info info(String id, String... tags) {
    return new Info(
        id,
        Text.of(Language.FA, "پرسش " + id),
        Optional.empty(),
        Optional.empty(),
        List.of(tags),
        1);
  }

  static Question.Choice choice(String id, String... tags) {
    return new Question.Choice(
        info(id, tags),
        List.of(fa("استالین"), fa("ترومن"), fa("مائو"), fa("کیم ایل سونگ")),
        java.util.Set.of(1),
        true);
  }

  static Question.Numeric numeric(String id, long answer, String... tags) {
    BigDecimal a = BigDecimal.valueOf(answer);
    return new Question.Numeric(info(id, tags), a, a, a, Optional.empty());
  }

  static Question.Typed typed(String id, String answer, String... tags) {
    return new Question.Typed(info(id, tags), List.of(answer), List.of(), true);
  }

  static Bank bank(Question... questions) {
    return new Bank("test", fa("آزمون"), Language.FA, Optional.empty(), List.of(questions));
  }

  static Text fa(String s) {
    return Text.of(Language.FA, s);
  }

  /** A clock that moves only when told. */
  static final class Clock implements InstantSource {
    private Instant now = Instant.parse("2026-11-27T10:00:00Z");

    @Override
    public Instant instant() {
      return now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }
  }
}
