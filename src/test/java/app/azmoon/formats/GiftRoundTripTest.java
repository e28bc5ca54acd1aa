package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.answer.Display;
import app.azmoon.domain.answer.Verdict;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Exports banks to GIFT and imports them back: every question GIFT can carry returns with the same
 * id, text, tags, explanation and answers (judged by the real {@link AnswerChecker}); the others
 * are exactly those listed as skipped.
 */
class GiftRoundTripTest {
  private static final Gift GIFT = new Gift();

  private static Map<String, Question> roundTrip(Bank bank, Exported exported, String prefix) {
    Imported back = GIFT.read(exported.text(), prefix);
    assertThat(back.notes()).isEmpty();
    return back.questions().stream()
        .collect(
            Collectors.toMap(Question::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  @Test
  void the_bundled_bank_comes_back_with_the_same_answers_except_what_gift_cannot_carry() {
    Bank bank =
        new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));
    Exported exported = GIFT.write(bank);
    Map<String, Question> back = roundTrip(bank, exported, "kw");

    List<String> cannot =
        bank.questions().stream()
            .filter(
                q ->
                    q instanceof Question.Order
                        || (q instanceof Question.Cloze c && c.text().gaps().size() > 1))
            .map(Question::id)
            .toList();
    assertThat(cannot).isNotEmpty();
    assertThat(exported.skipped()).extracting(Note::where).containsExactlyElementsOf(cannot);
    assertThat(exported.skipped())
        .allSatisfy(n -> assertThat(n.message()).containsAnyOf("GIFT has no order", "one gap"));
    assertThat(back).hasSize(bank.questions().size() - cannot.size());

    for (Question original : bank.questions()) {
      if (cannot.contains(original.id())) {
        assertThat(back).doesNotContainKey(original.id());
        continue;
      }
      assertThat(back).containsKey(original.id());
      sameQuestion(original, back.get(original.id()), bank.language());
    }
  }

  @Test
  void weights_partial_answers_ranges_dates_and_gaps_with_options_survive() {
    List<Question> questions =
        List.of(
            new Question.Choice(
                info("w-single", "کدام بندر؟", List.of("ports")),
                texts("بوسان", "پوسان", "سئول", "توکیو"),
                Set.of(0),
                true,
                List.of(1.0, 0.5, 0.0, -0.25)),
            new Question.Choice(
                info("w-all", "Which ones?", List.of()),
                texts("a", "b", "c", "d"),
                Set.of(0, 1, 2),
                true,
                List.of(0.33333, 0.33333, 0.33334, -1.0)),
            new Question.Choice(
                info("w-all-plain", "Which {ones}?", List.of()),
                texts("x = y", "a:b", "c#d", "e~f"),
                Set.of(1, 3),
                true),
            new Question.Typed(
                info("w-text", "Port?", List.of()),
                List.of("Busan", "بوسان"),
                List.of("Seoul"),
                true,
                List.of(new Partial("Bousan", 0.5))),
            new Question.Numeric(
                info("w-num", "MiGs?", List.of()),
                new BigDecimal("30"),
                new BigDecimal("25"),
                new BigDecimal("40"),
                Optional.empty(),
                List.of(new PartialRange(new BigDecimal("20"), new BigDecimal("45"), 0.5))),
            new Question.Numeric(
                info("w-num-tol", "Tons?", List.of()),
                new BigDecimal("-2.5"),
                new BigDecimal("-3"),
                new BigDecimal("-2"),
                Optional.empty()),
            new Question.Dated(info("w-date", "When?", List.of()), new PartialDate(1951, 4, 12)),
            new Question.Dated(info("w-year", "Year?", List.of()), new PartialDate(1949, 0, 0)),
            new Question.Cloze(
                info("w-gap", "Fill in.", List.of()),
                new ClozeText(
                    List.of(
                        new ClozeText.Literal("نیروها در بندر "),
                        new ClozeText.Gap(
                            List.of("بوسان"),
                            List.of(new Partial("پوسان", 0.5)),
                            List.of("اینچئون", "بوسان", "پوسان")),
                        new ClozeText.Literal(" پیاده شدند.")))),
            new Question.Order(info("w-order", "Order", List.of()), texts("a", "b")));
    Bank bank =
        new Bank("w", Text.of(Language.FA, "وزن‌ها"), Language.FA, Optional.empty(), questions);
    Exported exported = GIFT.write(bank);
    assertThat(exported.skipped()).extracting(Note::where).containsExactly("w-order");
    Map<String, Question> back = roundTrip(bank, exported, "w");
    assertThat(back.keySet())
        .containsExactly(
            "w-single",
            "w-all",
            "w-all-plain",
            "w-text",
            "w-num",
            "w-num-tol",
            "w-date",
            "w-year",
            "w-gap");
    for (Question q : questions.subList(0, questions.size() - 1)) {
      sameQuestion(q, back.get(q.id()), Language.FA);
    }
    Question.Typed date = (Question.Typed) back.get("w-date");
    assertThat(date.accept()).containsExactly("1951-04-12", "12 April 1951", "۱۲ آوریل ۱۹۵۱");
    assertThat(((Question.Choice) back.get("w-single")).credits())
        .containsExactly(1.0, 0.5, 0.0, -0.25);
    assertThat(((Question.Typed) back.get("w-text")).reject()).containsExactly("Seoul");
  }

  @Test
  void random_text_with_gift_special_characters_survives_as_prompt_options_and_answers() {
    Random random = new Random(20261202);
    String alphabet = "ab ~=#{}:\\\n\t[]/%->$سئول";
    List<Question> questions = new ArrayList<>();
    List<String> written = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String prompt = randomText(random, alphabet);
      String option = randomText(random, alphabet);
      written.add(prompt);
      questions.add(
          new Question.Choice(
              info("r-" + i, prompt, List.of()),
              List.of(Text.of(Language.EN, option), Text.of(Language.EN, option + "!")),
              Set.of(1),
              true));
    }
    Bank bank =
        new Bank("r", Text.of(Language.EN, "random"), Language.EN, Optional.empty(), questions);
    Exported exported = GIFT.write(bank);
    assertThat(exported.skipped()).isEmpty();
    Map<String, Question> back = roundTrip(bank, exported, "r");
    for (int i = 0; i < questions.size(); i++) {
      Question.Choice original = (Question.Choice) questions.get(i);
      Question.Choice again = (Question.Choice) back.get("r-" + i);
      assertThat(again).as("question %d, prompt %s", i, written.get(i)).isNotNull();
      assertThat(again.info().prompt().in(Language.EN)).isEqualTo(written.get(i));
      assertThat(again.choices())
          .extracting(t -> t.in(Language.EN))
          .containsExactlyElementsOf(
              original.choices().stream().map(t -> t.in(Language.EN)).toList());
      assertThat(again.correct()).isEqualTo(original.correct());
    }
  }

  /** A non-blank text of the alphabet with no space at either end, as a bank text is written. */
  private static String randomText(Random random, String alphabet) {
    while (true) {
      StringBuilder s = new StringBuilder();
      int length = 1 + random.nextInt(24);
      for (int i = 0; i < length; i++) {
        s.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = s.toString().strip();
      if (!text.isEmpty()) {
        return text;
      }
    }
  }

  private static Info info(String id, String prompt, List<String> tags) {
    Language lang = Texts.languageOf(prompt);
    return new Info(
        id,
        Text.of(lang, prompt),
        Optional.of(Text.of(lang, "چون " + prompt)),
        Optional.empty(),
        tags,
        1);
  }

  private static List<Text> texts(String... values) {
    return java.util.Arrays.stream(values).map(v -> Text.of(Texts.languageOf(v), v)).toList();
  }

  /** Same id, tags, explanation, text, and every right or partly right answer earns the same. */
  private static void sameQuestion(Question original, Question again, Language lang) {
    String what = original.id();
    assertThat(again.info().tags()).as(what).isEqualTo(original.info().tags());
    assertThat(again.info().explanation().map(t -> t.in(lang)))
        .as(what)
        .isEqualTo(original.info().explanation().map(t -> t.in(lang)));
    if (!(original instanceof Question.Cloze)) {
      assertThat(again.info().prompt().in(lang))
          .as(what)
          .isEqualTo(original.info().prompt().in(lang));
    }
    Map<String, Double> answers = answers(original, lang);
    assertThat(answers).as(what).isNotEmpty();
    answers.forEach(
        (answer, credit) -> {
          Verdict before = AnswerChecker.check(original, answer, lang);
          assertThat(before.credit())
              .as("%s: %s, before", what, answer)
              .isCloseTo(credit, org.assertj.core.api.Assertions.within(1e-6));
          Verdict after = AnswerChecker.check(again, answer, lang);
          assertThat(after.credit())
              .as("%s: %s, after", what, answer)
              .isCloseTo(credit, org.assertj.core.api.Assertions.within(1e-6));
        });
  }

  /** The answers a learner could give and the credit each earns from the original question. */
  private static Map<String, Double> answers(Question q, Language lang) {
    Map<String, Double> answers = new LinkedHashMap<>();
    if (q instanceof Question.Choice c) {
      answers.put(
          c.correct().stream().map(i -> Integer.toString(i + 1)).collect(Collectors.joining(", ")),
          1.0);
      for (int i = 0; i < c.choices().size(); i++) {
        answers.putIfAbsent(
            Integer.toString(i + 1),
            AnswerChecker.check(c, Integer.toString(i + 1), lang).credit());
      }
    } else if (q instanceof Question.TrueFalse t) {
      answers.put(Boolean.toString(t.answer()), 1.0);
      answers.put(Boolean.toString(!t.answer()), 0.0);
    } else if (q instanceof Question.Typed t) {
      t.accept().forEach(a -> answers.put(a, 1.0));
      t.partial().forEach(p -> answers.put(p.answer(), p.credit()));
    } else if (q instanceof Question.Numeric n) {
      answers.put(n.answer().toPlainString(), 1.0);
      answers.put(n.min().toPlainString(), 1.0);
      answers.put(n.max().toPlainString(), 1.0);
      for (PartialRange p : n.partial()) {
        answers.putIfAbsent(p.min().toPlainString(), p.credit());
        answers.putIfAbsent(p.max().toPlainString(), p.credit());
      }
    } else if (q instanceof Question.Dated d) {
      answers.put(d.answer().toString(), 1.0);
      answers.put(Display.date(d.answer(), Language.FA), 1.0);
      answers.put(Display.date(d.answer(), Language.EN), 1.0);
    } else if (q instanceof Question.Match m) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < m.pairs().size(); i++) {
        all.append(i + 1).append('-').append((char) ('a' + i)).append(' ');
      }
      answers.put(all.toString().strip(), 1.0);
    } else if (q instanceof Question.Cloze c) {
      ClozeText.Gap gap = c.text().gaps().get(0);
      gap.answers().forEach(a -> answers.put(a, 1.0));
      gap.partial().forEach(p -> answers.put(p.answer(), p.credit()));
      for (int i = 0; i < gap.options().size(); i++) {
        answers.putIfAbsent(
            Integer.toString(i + 1),
            AnswerChecker.check(c, Integer.toString(i + 1), lang).credit());
      }
    }
    return answers;
  }
}
