package app.azmoon.domain.answer;

import app.azmoon.domain.answer.TextMatcher.Found;
import app.azmoon.domain.answer.TextMatcher.Known;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Judges a typed answer to any question, as a fair Persian teacher would: whatever script, digits
 * and spelling the learner's keyboard gives, never a wrong answer for being close. The rules are in
 * docs/answers.md.
 *
 * <p>{@code AnswerChecker.check(numeric635000Tons, "ششصد و سی و پنج هزار تن", Language.FA)} is
 * correct, with normalized "635000" and expected "۶۳۵٬۰۰۰ تن".
 *
 * <p>Choice, order and match answers name what the learner saw: "2" is the second option shown. A
 * caller that shuffles passes the {@link ShownOrder} it showed (shown position → index in the
 * bank); without one, the bank's order is assumed. The expected answer is written in those shown
 * positions too, with text and digits in {@code lang}.
 */
public final class AnswerChecker {
  private AnswerChecker() {}

  /**
   * Judges an answer to a small date question of its own and forgets it: a run's first check loads
   * Unicode normalization data and builds the month, number and frame word tables (~15 ms). Run on
   * another thread while the question is being read, it leaves them ready for the real one.
   */
  public static void prepare() {
    Info info =
        new Info(
            "prepare",
            Text.of(Language.FA, "جنگ کره در چه تاریخی آغاز شد؟"),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            1);
    check(
        new Question.Dated(info, new PartialDate(1950, 6, 25)), "یکشنبه ۲۵ ژوئن ۱۹۵۰", Language.FA);
  }

  /** Judges {@code answer} with options and items in the bank's order. */
  public static Verdict check(Question q, String answer, Language lang) {
    return check(q, answer, lang, ShownOrder.BANK_ORDER);
  }

  /**
   * Judges {@code answer} to {@code q} as shown in {@code shown}; {@code lang} is the language the
   * expected answer is shown in.
   *
   * @throws IllegalArgumentException when {@code shown} is not an order of the question's options,
   *     items or pairs
   */
  public static Verdict check(Question q, String answer, Language lang, ShownOrder shown) {
    if (answer.codePointCount(0, answer.length()) > longest(q)) {
      return Verdict.wrong(tooLong(answer, lang), check(q, "", lang, shown).expected());
    }
    if (q instanceof Question.Choice c) {
      return ChoiceChecker.check(
          c, answer, lang, ShownOrder.resolve(shown.items(), c.choices().size()));
    } else if (q instanceof Question.TrueFalse t) {
      return trueFalse(t, answer, lang);
    } else if (q instanceof Question.Typed t) {
      return typed(t, answer, lang);
    } else if (q instanceof Question.Numeric n) {
      return numeric(n, answer, lang);
    } else if (q instanceof Question.Dated d) {
      return dated(d, answer, lang);
    } else if (q instanceof Question.Order o) {
      return OrderChecker.check(
          o, answer, lang, ShownOrder.resolve(shown.items(), o.items().size()));
    } else if (q instanceof Question.Match m) {
      int n = m.pairs().size();
      return MatchChecker.check(
          m,
          answer,
          lang,
          ShownOrder.resolve(shown.items(), n),
          ShownOrder.resolve(shown.rightItems(), n));
    } else if (q instanceof Question.Cloze c) {
      return ClozeChecker.check(c, answer, lang);
    }
    throw new AssertionError("a question kind without a checker: " + q.kind());
  }

  /** Characters an answer may have, 50 per gap for a cloze of more than 40 gaps. */
  public static final int LONGEST_ANSWER = 2000;

  /**
   * The longest answer read: a human answer ends long before, and reading a longer one would only
   * cost time (a 400 KB line in an answers file must not hold up a class's grading).
   */
  private static int longest(Question q) {
    return q instanceof Question.Cloze c
        ? Math.max(LONGEST_ANSWER, 50 * c.text().gaps().size())
        : LONGEST_ANSWER;
  }

  /** The note shown in place of an answer too long to read. */
  private static String tooLong(String answer, Language lang) {
    int length = answer.codePointCount(0, answer.length());
    String count = Display.number(BigDecimal.valueOf(length), lang);
    return lang == Language.FA
        ? "(خوانده نشد: " + count + " نویسه، بلندتر از هر پاسخی)"
        : "(not read: " + count + " characters, longer than any answer)";
  }

  private static Verdict trueFalse(Question.TrueFalse q, String answer, Language lang) {
    String expected =
        lang == Language.FA ? (q.answer() ? "درست" : "نادرست") : String.valueOf(q.answer());
    Optional<Boolean> said = TrueFalseReader.read(answer);
    if (said.isEmpty()) {
      return Verdict.wrong(Normalization.text(answer), expected);
    }
    return Verdict.of(
        said.get() == q.answer() ? 1 : 0, false, String.valueOf(said.get()), expected);
  }

  /** Target 0 is the right answers, 1 the rejected ones, 2 on the partly right ones in order. */
  private static Verdict typed(Question.Typed q, String answer, Language lang) {
    List<Known> known = new ArrayList<>();
    q.accept().forEach(a -> known.add(new Known(a, 0)));
    q.reject().forEach(r -> known.add(new Known(r, 1)));
    for (int i = 0; i < q.partial().size(); i++) {
      known.add(new Known(q.partial().get(i).answer(), 2 + i));
    }
    Optional<Found> found =
        Frame.of(q).designate(answer, known, q.fuzzy(), TextMatcher.promptWords(q));
    int target = found.map(Found::target).orElse(1);
    double credit = target == 0 ? 1 : target >= 2 ? q.partial().get(target - 2).credit() : 0;
    boolean typo = credit > 0 && found.get().typo();
    String expected =
        typo && target == 0 ? found.get().spelling() : Display.spelling(q.accept(), lang);
    return Verdict.of(credit, typo, Normalization.text(answer), expected);
  }

  private static Verdict numeric(Question.Numeric q, String answer, Language lang) {
    List<String> units = new ArrayList<>();
    q.unit()
        .ifPresent(
            u -> {
              u.fa().ifPresent(units::add);
              u.en().ifPresent(units::add);
            });
    String unit = q.unit().map(u -> " " + u.in(lang)).orElse("");
    String expected = Display.number(q.answer(), lang) + unit;
    if (q.min().compareTo(q.max()) != 0) {
      expected +=
          lang == Language.FA
              ? " (از "
                  + Display.number(q.min(), lang)
                  + " تا "
                  + Display.number(q.max(), lang)
                  + ")"
              : " (" + Display.number(q.min(), lang) + " to " + Display.number(q.max(), lang) + ")";
    }
    Optional<BigDecimal> value = Frame.of(q).number(answer, units);
    if (value.isEmpty()) {
      return Verdict.wrong(Normalization.text(answer), expected);
    }
    BigDecimal v = value.get();
    boolean within = v.compareTo(q.min()) >= 0 && v.compareTo(q.max()) <= 0;
    double credit =
        within
            ? 1
            : q.partial().stream()
                .filter(r -> r.contains(v))
                .mapToDouble(PartialRange::credit)
                .max()
                .orElse(0);
    return Verdict.of(credit, false, Display.plain(v), expected);
  }

  /**
   * Right when the answer says at least what the wanted date says, and says it right: every day it
   * may mean lies within the wanted year, month or day, in whichever calendar it is written.
   */
  private static Verdict dated(Question.Dated q, String answer, Language lang) {
    String expected = Display.date(q.answer(), lang);
    List<DateReader.Span> spans = Frame.of(q).dateSpans(answer);
    if (spans.isEmpty()) {
      return Verdict.wrong(Normalization.text(answer), expected);
    }
    for (DateReader.Span got : spans) {
      if (got.within(q.answer())) {
        return Verdict.of(1, false, got.written(), expected);
      }
    }
    return Verdict.wrong(spans.get(0).written(), expected);
  }

  /** Words as comparison keys, for the readers' word lists. */
  static Set<String> keys(String... words) {
    return Stream.of(words).map(Normalization::key).collect(Collectors.toUnmodifiableSet());
  }
}
