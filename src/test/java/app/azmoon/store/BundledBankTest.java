package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.Question;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Korean War bank: valid, complete, and asking every fact of the passage. */
class BundledBankTest {
  private static Bank bank;

  @BeforeAll
  static void load() {
    bank = read();
  }

  /** The bundled bank as the loader reads it from the questions folder. */
  static Bank read() {
    return new BankReader(Origin.DEFAULT_MAX_BYTES)
        .read(Origin.file(Path.of("questions/korean-war.fa.json")));
  }

  @Test
  void the_jar_bundles_the_same_bank_and_passage_as_the_questions_folder() throws Exception {
    Bank bundled =
        new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));
    assertThat(bundled).isEqualTo(bank);
    assertThat(bank.source().orElseThrow().text())
        .isEqualTo(Files.readString(Path.of("questions/sources/korean-war.fa.txt")));
  }

  @Test
  void it_has_at_least_60_questions_of_every_kind() {
    assertThat(bank.questions()).hasSizeGreaterThanOrEqualTo(60);
    Set<Kind> kinds = bank.questions().stream().map(Question::kind).collect(Collectors.toSet());
    assertThat(kinds).isEqualTo(EnumSet.allOf(Kind.class));
    assertThat(bank.questions())
        .filteredOn(q -> q instanceof Question.Choice c && c.selectAll())
        .isNotEmpty();
  }

  @Test
  void every_question_is_tagged_translated_explained_and_quoted() {
    for (Question q : bank.questions()) {
      assertThat(q.info().tags()).as(q.id()).isNotEmpty();
      assertThat(q.info().prompt().fa()).as(q.id()).isPresent();
      assertThat(q.info().prompt().en()).as(q.id()).isPresent();
      assertThat(q.info().explanation()).as(q.id()).isPresent();
      assertThat(q.info().quote()).as(q.id()).isPresent();
    }
  }

  @Test
  void every_date_of_the_passage_is_asked() {
    List<PartialDate> dates =
        bank.questions().stream()
            .filter(Question.Dated.class::isInstance)
            .map(q -> ((Question.Dated) q).answer())
            .toList();
    assertThat(dates)
        .contains(
            new PartialDate(1949, 9, 0),
            new PartialDate(1949, 0, 0),
            new PartialDate(1950, 4, 0),
            new PartialDate(1950, 6, 0),
            new PartialDate(1951, 4, 12));
  }

  @Test
  void every_quantity_of_the_passage_is_asked() {
    Set<BigDecimal> numbers =
        bank.questions().stream()
            .filter(Question.Numeric.class::isInstance)
            .map(q -> ((Question.Numeric) q).answer().stripTrailingZeros())
            .collect(Collectors.toSet());
    for (long n : new long[] {635_000, 30, 36, 100, 12, 11, 38, 0}) {
      assertThat(numbers)
          .as("a numeric question answered %d", n)
          .contains(BigDecimal.valueOf(n).stripTrailingZeros());
    }
  }

  @Test
  void every_person_place_and_body_of_the_passage_is_asked() {
    String all =
        bank.questions().stream()
            .map(BundledBankTest::everything)
            .collect(Collectors.joining("\n"));
    for (String name :
        List.of(
            "استالین",
            "ترومن",
            "کیم ایل سونگ",
            "مائو",
            "سئول",
            "بوسان",
            "مسکو",
            "کائوسونگ",
            "ژاپن",
            "سازمان ملل",
            "جمهوری چین",
            "جمهوری خلق چین",
            "میگ",
            "مدار ۳۸")) {
      assertThat(all).as(name).contains(name);
    }
  }

  @Test
  void chronology_is_asked_by_ordering_and_leadership_by_matching() {
    assertThat(bank.questions())
        .filteredOn(q -> q.kind() == Kind.ORDER)
        .hasSizeGreaterThanOrEqualTo(2);
    assertThat(bank.questions())
        .filteredOn(q -> q.kind() == Kind.MATCH)
        .hasSizeGreaterThanOrEqualTo(2);
  }

  /** Every Persian string a question shows or accepts, joined. */
  private static String everything(Question q) {
    StringBuilder s = new StringBuilder(q.info().prompt().in(Language.FA));
    q.info().explanation().ifPresent(e -> s.append(' ').append(e.in(Language.FA)));
    if (q instanceof Question.Choice c) {
      c.choices().forEach(t -> s.append(' ').append(t.in(Language.FA)));
    } else if (q instanceof Question.Typed t) {
      t.accept().forEach(a -> s.append(' ').append(a));
    } else if (q instanceof Question.Order o) {
      o.items().forEach(t -> s.append(' ').append(t.in(Language.FA)));
    } else if (q instanceof Question.Match m) {
      m.pairs()
          .forEach(
              p ->
                  s.append(' ')
                      .append(p.left().in(Language.FA))
                      .append(' ')
                      .append(p.right().in(Language.FA)));
    }
    return s.toString().replace('\u200c', ' ');
  }
}
