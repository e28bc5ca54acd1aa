package app.azmoon.domain.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.derive.Derivation.Asked;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Rules that hold for every text, checked on generated ones with fixed seeds. */
class DeriverPropertiesTest {
  private static final String[] SCRIPTS = {"0123456789", "۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"};
  private static final String[] GROUPS = {"", ",", "٬"};

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** {@code n} in a random script, grouped by a random separator or not at all. */
  private static String written(long n, SplittableRandom random) {
    String digits = SCRIPTS[random.nextInt(SCRIPTS.length)];
    String group = GROUPS[random.nextInt(GROUPS.length)];
    String plain = Long.toString(n);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      if (i > 0 && (plain.length() - i) % 3 == 0) {
        s.append(group);
      }
      s.append(digits.charAt(plain.charAt(i) - '0'));
    }
    return s.toString();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void any_number_in_any_script_with_any_grouping_is_asked_for_with_its_value(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long n = random.nextLong(1_000_000_000_000L);
    String text = "گزارش " + written(n, random) + " نفر را شمرد.";
    assertThat(Drafts.answers(Drafts.derive(text))).containsExactly("numeric " + n + " نفر");
  }

  static Stream<Arguments> referenceWords() throws IOException {
    String json =
        Files.readString(
            Path.of("src/test/resources/reference/persian-number-words.json"),
            StandardCharsets.UTF_8);
    List<Arguments> pairs = new ArrayList<>();
    Matcher m =
        Pattern.compile("\"number\"\\s*:\\s*(\\d+)\\s*,\\s*\"words\"\\s*:\\s*\"([^\"]*)\"")
            .matcher(json);
    while (m.find()) {
      pairs.add(arguments(m.group(2), new BigDecimal(m.group(1))));
    }
    assertThat(pairs).hasSizeGreaterThan(100);
    return pairs.stream();
  }

  /** The oracle of ../shared/reference: numbers in words as persian-tools writes them. */
  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("referenceWords")
  void every_number_in_words_is_asked_for_with_its_value(String words, BigDecimal value) {
    Derivation d = Drafts.derive("گزارش " + words + " نفر را شمرد.");
    if (words.equals("یک") || words.equals("نه")) {
      assertThat(d.questions()).isEmpty(); // the article "a" and the word "no"
    } else {
      assertThat(Drafts.answers(d)).containsExactly("numeric " + value.toPlainString() + " نفر");
      assertThat(Drafts.asked(d).get(0).written()).isEqualTo(words);
    }
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void every_question_quotes_its_sentence_blanks_its_span_and_takes_its_answer_typed_back(
      long seed) {
    String text = Texts.random(seed);
    Derivation d = Deriver.derive(text, "p");
    for (Asked asked : Drafts.asked(d)) {
      Question q = asked.question();
      String quote = q.info().quote().orElseThrow();
      assertThat(text).contains(quote);
      assertThat(quote).contains(asked.written()).doesNotContain("\n");
      assertThat(oneLine(Drafts.gapped(q).replace(Drafted.BLANK, asked.written())))
          .isEqualTo(oneLine(quote));
      for (String typed : Drafts.typedBack(asked)) {
        assertThat(AnswerChecker.check(q, typed, Language.FA).correct())
            .as("%s typed as %s in %s", Drafts.answer(q), typed, text)
            .isTrue();
      }
    }
    assertThat(d.questions())
        .extracting(Question::id)
        .allMatch(Ids::isValid)
        .doesNotHaveDuplicates();
    assertThat(Deriver.derive(text, "p")).isEqualTo(d);
  }
}
