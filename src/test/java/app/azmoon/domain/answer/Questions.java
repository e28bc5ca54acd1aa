package app.azmoon.domain.answer;

import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small questions for checker tests, shaped like the bundled Korean War bank's. */
final class Questions {
  private Questions() {}

  static Info info() {
    return new Info(
        "q",
        Text.of(app.azmoon.domain.question.Language.FA, "؟"),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        1);
  }

  static Text text(String fa, String en) {
    return new Text(Optional.of(fa), Optional.of(en));
  }

  static Text fa(String fa) {
    return new Text(Optional.of(fa), Optional.empty());
  }

  /** Options in Persian only; {@code correct} holds 0-based bank indices. */
  static Question.Choice choice(List<String> options, Integer... correct) {
    return new Question.Choice(
        info(), options.stream().map(Questions::fa).toList(), Set.of(correct), true);
  }

  static Question.Choice choice(List<Text> options, Set<Integer> correct) {
    return new Question.Choice(info(), options, correct, true);
  }

  static Question.TrueFalse trueFalse(boolean answer) {
    return new Question.TrueFalse(info(), answer);
  }

  static Question.Typed typed(List<String> accept, List<String> reject) {
    return new Question.Typed(info(), accept, reject, true);
  }

  static Question.Typed strict(String... accept) {
    return new Question.Typed(info(), Arrays.asList(accept), List.of(), false);
  }

  static Question.Numeric numeric(long answer, String unitFa, String unitEn) {
    BigDecimal a = BigDecimal.valueOf(answer);
    return new Question.Numeric(info(), a, a, a, Optional.of(text(unitFa, unitEn)));
  }

  static Question.Numeric numeric(String answer, String min, String max) {
    return new Question.Numeric(
        info(), new BigDecimal(answer), new BigDecimal(min), new BigDecimal(max), Optional.empty());
  }

  static Question.Dated date(String iso) {
    return new Question.Dated(info(), PartialDate.parse(iso).orElseThrow());
  }

  static Question.Order order(String... items) {
    return new Question.Order(info(), Arrays.stream(items).map(Questions::fa).toList());
  }

  /** Pairs given as left, right, left, right… */
  static Question.Match match(String... leftsAndRights) {
    List<Question.Pair> pairs = new java.util.ArrayList<>();
    for (int i = 0; i < leftsAndRights.length; i += 2) {
      pairs.add(new Question.Pair(fa(leftsAndRights[i]), fa(leftsAndRights[i + 1])));
    }
    return new Question.Match(info(), pairs);
  }

  static Question.Cloze cloze(String text) {
    return new Question.Cloze(info(), ClozeText.parse(text));
  }
}
