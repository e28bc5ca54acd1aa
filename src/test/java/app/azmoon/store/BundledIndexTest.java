package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.LazyQuestions;
import app.azmoon.domain.question.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled bank is read through the index its build made: the same bank as the fully checked
 * reader's, question by question; an index that does not fit the bank is never used.
 */
class BundledIndexTest {
  @TempDir Path dir;

  private final BankReader reader = new BankReader(Origin.DEFAULT_MAX_BYTES);

  private static final Bank FULL =
      new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));

  private BundledBank inJar(BankReader reader) {
    return new BundledBank(
        reader,
        Origin.bundled(BankCatalog.BUNDLED_RESOURCE),
        Origin.bundled(BankCatalog.BUNDLED_INDEX));
  }

  @Test
  void the_jar_has_an_index_and_the_catalog_reads_the_bundled_bank_through_it() {
    assertThat(inJar(reader).lazily()).contains(FULL);
    List<Question> oneByOne = inJar(reader).lazily().orElseThrow().questions();
    for (int i = 0; i < FULL.questions().size(); i++) {
      assertThat(oneByOne.get(i)).isEqualTo(FULL.questions().get(i));
    }
    BankCatalog catalog = new BankCatalog(reader, dir.resolve("none"), dir.resolve("none"));
    assertThat(catalog.bundled().questions()).isInstanceOf(LazyQuestions.class);
    assertThat(catalog.bundled()).isEqualTo(FULL);
  }

  @Test
  void every_bundled_question_read_alone_through_the_index_is_the_full_readers() {
    for (Question q : FULL.questions()) {
      assertThat(inJar(reader).only(q.id()))
          .as(q.id())
          .contains(new Bank(FULL.id(), FULL.title(), FULL.language(), FULL.source(), List.of(q)));
    }
    assertThat(inJar(reader).only("kw-no-such-question").orElseThrow().questions()).isEmpty();
  }

  /** {@code bank}'s questions written out as a bank file beside the source, and its index. */
  private BundledBank indexed(List<Question> questions, String name) throws IOException {
    Bank bank = new Bank(FULL.id(), FULL.title(), FULL.language(), FULL.source(), questions);
    Path file = dir.resolve(name);
    Files.createDirectories(dir.resolve("sources"));
    Files.writeString(dir.resolve(FULL.source().orElseThrow().path()), FULL.source().get().text());
    Files.writeString(file, BankWriter.bank(bank), StandardCharsets.UTF_8);
    Bank read = reader.read(Origin.file(file));
    assertThat(read).isEqualTo(bank);
    Path index = dir.resolve(name + ".index");
    Files.writeString(index, BundledIndexBuild.index(Files.readAllBytes(file), read).text());
    return new BundledBank(reader, Origin.file(file), Origin.file(index));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void any_valid_bank_read_through_its_index_is_the_same_bank(long seed) throws IOException {
    List<Question> some = new java.util.ArrayList<>(FULL.questions());
    java.util.Collections.shuffle(some, new Random(seed));
    some = some.subList(0, 1 + new Random(seed).nextInt(some.size()));
    BundledBank bank = indexed(some, "bank-" + seed + ".json");
    assertThat(bank.lazily().orElseThrow().questions()).isEqualTo(some);
    List<Question> oneByOne = bank.lazily().orElseThrow().questions();
    for (int i = 0; i < some.size(); i++) {
      assertThat(oneByOne.get(i)).isEqualTo(some.get(i));
    }
    for (Question q : some) {
      assertThat(bank.only(q.id()).orElseThrow().questions()).containsExactly(q);
    }
  }

  @Test
  void an_index_of_other_bytes_is_not_used() throws IOException {
    BundledBank bank = indexed(FULL.questions().subList(0, 3), "bank.json");
    Path file = dir.resolve("bank.json");
    String text = Files.readString(file);
    // Same length, one digit of an answer changed: only the checksum tells.
    int digit = text.indexOf("19");
    Files.writeString(file, text.substring(0, digit) + "29" + text.substring(digit + 2));
    assertThat(Files.size(file)).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    assertThat(bank.lazily()).isEmpty();
    assertThat(bank.only(FULL.questions().get(0).id())).isEmpty();
  }

  @Test
  void a_missing_or_garbled_index_is_not_used() throws IOException {
    Path file = dir.resolve("bank.json");
    indexed(FULL.questions().subList(0, 2), "bank.json");
    Path garbled = dir.resolve("garbled.index");
    for (String text : List.of("", "azmoon/bank-index@1\n", "not an index\nbank 1 0\n", "\u0000")) {
      Files.writeString(garbled, text);
      assertThat(new BundledBank(reader, Origin.file(file), Origin.file(garbled)).lazily())
          .as(text)
          .isEmpty();
    }
    assertThat(
            new BundledBank(reader, Origin.file(file), Origin.file(dir.resolve("none"))).lazily())
        .isEmpty();
  }

  @Test
  void a_size_cap_below_the_bank_is_still_refused_as_before() {
    BankReader small = new BankReader(10_000);
    assertThat(inJar(small).lazily()).isEmpty();
    BankCatalog catalog = new BankCatalog(small, dir.resolve("none"), dir.resolve("none"));
    assertThatThrownBy(catalog::bundled)
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("over the 10,000-byte limit");
    assertThatThrownBy(() -> catalog.bundledOnly(FULL.questions().get(0).id()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("over the 10,000-byte limit");
  }

  @Test
  void the_index_text_reads_back_as_written() {
    BundledIndex index =
        new BundledIndex(
            120,
            0xfedcba98L,
            10,
            110,
            List.of(
                new BundledIndex.Entry("q-1", 12, 50, List.of("a", "b-2")),
                new BundledIndex.Entry("q-2", 52, 108, List.of())));
    assertThat(BundledIndex.parse(index.text())).contains(index);
  }

  @Test
  void an_index_whose_ranges_do_not_fit_is_no_index() {
    for (String ranges :
        List.of(
            "questions 10 110\nq-1 50 12 a\n",
            "questions 10 110\nq-1 12 50 a\nq-2 40 60 \n",
            "questions 10 200\nq-1 12 50 a\n",
            "questions -5 110\nq-1 12 50 a\n",
            "questions 60 110\nq-1 12 50 a\n",
            "questions 10 20\nq-1 12 50 a\n")) {
      assertThat(BundledIndex.parse("azmoon/bank-index@1\nbank 120 ff\n" + ranges))
          .as(ranges)
          .isEmpty();
    }
    assertThat(BundledIndex.parse("azmoon/bank-index@1\nbank 120 ff\nquestions 10 110\n"))
        .isPresent();
  }
}
