package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.answer.Normalization;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The editorial rules of the bundled Korean War bank, read through the real loader: what a history
 * teacher checks before trusting it (questions/korean-war.review.md reviews each question).
 */
class BundledBankRulesTest {
  private static Bank bank;
  private static String passage;

  @BeforeAll
  static void load() {
    bank = BundledBankTest.read();
    passage = oneLine(bank.source().orElseThrow().text());
  }

  @Test
  void every_text_a_learner_reads_has_persian_and_english() {
    for (Question q : bank.questions()) {
      List<Text> texts = new ArrayList<>(shownTexts(q));
      q.info().explanation().ifPresent(texts::add);
      for (Text t : texts) {
        assertThat(t.fa()).as("%s: %s", q.id(), t).isPresent();
        assertThat(t.en()).as("%s: %s", q.id(), t).isPresent();
      }
      if (q instanceof Question.Cloze c) {
        // A cloze's sentence is read too: its English version is English, gaps and all.
        assertThat(c.en()).as("%s: the cloze text has an English version", q.id()).isPresent();
        for (ClozeText.Part p : c.en().orElseThrow().parts()) {
          String shown =
              p instanceof ClozeText.Literal l ? l.text() : ((ClozeText.Gap) p).answers().get(0);
          assertThat(shown).as("%s: text.en", q.id()).doesNotContainPattern("\\p{IsArabic}");
        }
        assertThat(cloze(q).findFirst().orElseThrow())
            .as("%s: text.fa", q.id())
            .containsPattern("\\p{IsArabic}");
      }
    }
  }

  @Test
  void no_explanation_names_an_option_by_its_position_since_options_are_shuffled() {
    for (Question q : bank.questions()) {
      q.info()
          .explanation()
          .ifPresent(e -> assertThat(namesAPosition(e)).as("%s: %s", q.id(), e).isFalse());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"گزینهٔ سوم نادرست است", "گزینه‌ی دوم", "گزینه ۲ درست است", "گزینهٔ آخر"})
  void a_position_is_recognised_in_persian(String explanation) {
    assertThat(namesAPosition(new Text(Optional.of(explanation), Optional.of("fine")))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "The third option is wrong",
        "option 3 is right",
        "the last option",
        "Option B is right",
        "the 2nd option"
      })
  void a_position_is_recognised_in_english(String explanation) {
    assertThat(namesAPosition(new Text(Optional.of("درست"), Optional.of(explanation)))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "گزینه‌ها جابه‌جا نشان داده می‌شوند",
        "the second phase of the war",
        "the options are shuffled",
        "A third of the bombers"
      })
  void a_sentence_without_a_position_is_not_flagged(String explanation) {
    assertThat(namesAPosition(new Text(Optional.of(explanation), Optional.of(explanation))))
        .isFalse();
  }

  @Test
  void no_cloze_shows_the_answer_of_one_of_its_gaps_before_it_is_answered() {
    // The quote and the explanation are shown only after the answer, so only the prompt and the
    // sentence around the gaps count.
    List<Question.Cloze> clozes =
        bank.questions().stream()
            .filter(Question.Cloze.class::isInstance)
            .map(Question.Cloze.class::cast)
            .toList();
    assertThat(clozes).isNotEmpty();
    for (Question.Cloze q : clozes) {
      StringBuilder shown = new StringBuilder();
      shown.append(words(q.info().prompt().fa().orElse(""))).append(' ');
      shown.append(words(q.info().prompt().en().orElse(""))).append(' ');
      q.text().parts().stream()
          .filter(ClozeText.Literal.class::isInstance)
          .forEach(p -> shown.append(words(((ClozeText.Literal) p).text())).append(' '));
      String around = " " + shown + " ";
      for (ClozeText.Gap gap : q.text().gaps()) {
        for (String answer : gap.answers()) {
          assertThat(around).as("%s shows «%s»", q.id(), answer).doesNotContain(words(answer));
        }
      }
    }
  }

  @Test
  void black_thursday_is_tagged_wherever_it_is_asked_and_is_a_fair_share_of_the_bank() {
    List<Question> named =
        bank.questions().stream().filter(BundledBankRulesTest::onBlackThursday).toList();
    List<Question> tagged =
        bank.questions().stream().filter(q -> q.info().tags().contains(BLACK_THURSDAY)).toList();
    assertThat(named).isNotEmpty();
    assertThat(tagged).containsAll(named);
    assertThat(tagged.size())
        .as("questions on one afternoon of a three-year war")
        .isLessThanOrEqualTo(bank.questions().size() / 9);
  }

  @Test
  void the_passage_errors_are_asked_as_the_passage_says_and_corrected_as_historians_record() {
    for (PassageError error : PASSAGE_ERRORS) {
      int touched = 0;
      for (Question q : bank.questions()) {
        boolean asked =
            Stream.concat(shownTexts(q).stream().map(BundledBankRulesTest::fa), cloze(q))
                .anyMatch(error.marker());
        boolean mentioned =
            asked
                || q.info().explanation().map(e -> error.marker().test(fa(e))).orElse(false)
                || q.info().quote().map(error.marker()::test).orElse(false);
        if (asked) {
          assertThat(q.info().prompt().fa().orElseThrow())
              .as("%s is framed by the passage", q.id())
              .contains("متن");
          assertThat(q.info().prompt().en().orElseThrow())
              .as("%s is framed by the passage", q.id())
              .containsIgnoringCase("passage");
        }
        if (mentioned) {
          touched++;
          Text e = q.info().explanation().orElseThrow();
          assertThat(e.fa().orElseThrow()).as("%s", q.id()).contains(error.historyFa());
          assertThat(e.en().orElseThrow()).as("%s", q.id()).contains(error.historyEn());
        }
      }
      assertThat(touched).as(error.historyEn()).isPositive();
    }
  }

  @Test
  void persian_texts_follow_one_house_style_outside_words_quoted_from_the_passage() {
    Pattern loose = Pattern.compile("کره[ \u200c](شمالی|جنوبی)|کره\u200cی|بی ?۲۹|بی-29|چه کشوری");
    for (Question q : bank.questions()) {
      List<String> texts = new ArrayList<>(cloze(q).toList());
      Stream.concat(shownTexts(q).stream(), q.info().explanation().stream())
          .forEach(t -> texts.add(fa(t)));
      for (String text : texts) {
        String own = withoutPassageQuotations(text);
        assertThat(loose.matcher(own).find()).as("%s: %s", q.id(), own).isFalse();
      }
    }
  }

  /** «…» runs that copy the passage keep its spelling; the rest is the bank's own prose. */
  private static String withoutPassageQuotations(String text) {
    return Pattern.compile("«([^»]*)»")
        .matcher(text)
        .replaceAll(m -> passage.contains(oneLine(m.group(1))) ? "«»" : m.group());
  }

  private static final String BLACK_THURSDAY = "black-thursday";

  /** Names the day, or quotes the sentence that gives its figures. */
  private static boolean onBlackThursday(Question q) {
    Stream<String> shown = shownTexts(q).stream().flatMap(t -> Stream.of(fa(t), t.en().orElse("")));
    return Stream.of(shown, cloze(q), q.info().quote().stream())
        .flatMap(s -> s)
        .map(Normalization::key)
        .anyMatch(
            k ->
                Stream.of("پنجشنبه سیاه", "black thursday", "بدون هیچ تلفاتی", "۳۶ بمب افکن")
                    .map(Normalization::key)
                    .anyMatch(k::contains));
  }

  /** A claim of the passage that historians correct, and what the explanation must then say. */
  private record PassageError(Predicate<String> marker, String historyFa, String historyEn) {}

  private static final List<PassageError> PASSAGE_ERRORS =
      List.of(
          new PassageError(
              t -> Pattern.compile("سپتامبر (۱۹۴۹|این سال)").matcher(t).find(),
              "۲۹ اوت ۱۹۴۹",
              "29 August 1949"),
          new PassageError(
              t -> Pattern.compile("پایان (سال )?۱۹۴۹").matcher(t).find(),
              "بهار ۱۹۵۰",
              "spring 1950"),
          new PassageError(
              t -> t.contains("بوسان") && t.contains("پیاده"), "اینچئون", "Incheon landing"),
          new PassageError(
              t -> Normalization.key(t).contains(Normalization.key("پنجشنبه سیاه")),
              "روایت شوروی",
              "Soviet account"));

  /** The texts shown while the learner answers, besides a cloze question's sentence. */
  private static List<Text> shownTexts(Question q) {
    List<Text> texts = new ArrayList<>();
    texts.add(q.info().prompt());
    if (q instanceof Question.Choice c) {
      texts.addAll(c.choices());
    } else if (q instanceof Question.Order o) {
      texts.addAll(o.items());
    } else if (q instanceof Question.Match m) {
      m.pairs().forEach(p -> texts.addAll(List.of(p.left(), p.right())));
    } else if (q instanceof Question.Numeric n) {
      n.unit().ifPresent(texts::add);
    }
    return texts;
  }

  /** A cloze question's sentence with each gap's shown answer in place; nothing for the others. */
  private static Stream<String> cloze(Question q) {
    if (!(q instanceof Question.Cloze c)) {
      return Stream.empty();
    }
    StringBuilder s = new StringBuilder();
    for (ClozeText.Part p : c.text().parts()) {
      s.append(p instanceof ClozeText.Literal l ? l.text() : ((ClozeText.Gap) p).answers().get(0));
    }
    return Stream.of(s.toString());
  }

  private static String fa(Text t) {
    return t.fa().orElse("");
  }

  private static boolean namesAPosition(Text explanation) {
    String fa = explanation.fa().orElse("");
    String en = explanation.en().orElse("").toLowerCase(java.util.Locale.ROOT);
    return Pattern.compile(
                "گزینه(ٔ|\u200cی|ی| ی)?\\s*(اول|دوم|سوم|چهارم|پنجم|ششم|نخست|آخر|[۰-۹0-9])")
            .matcher(fa)
            .find()
        || Pattern.compile(
                "\\b(first|second|third|fourth|fifth|sixth|last|\\d(st|nd|rd|th))\\s+option"
                    + "|\\boption\\s+(\\d|[a-f]\\b)")
            .matcher(en)
            .find();
  }

  /** The checker's normalized words, with a space before and after each. */
  private static String words(String text) {
    return " " + Normalization.text(text) + " ";
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
