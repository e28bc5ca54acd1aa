package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.derive.Derivation;
import app.azmoon.domain.derive.Deriver;
import app.azmoon.domain.derive.Texts;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Text;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DerivedBankWriterTest {
  @TempDir Path dir;

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** Writes the draft of {@code text} with the text as its source, and reads it back. */
  private Bank roundTrip(String text, Derivation derivation) throws IOException {
    Files.writeString(dir.resolve("source.txt"), text, StandardCharsets.UTF_8);
    Bank bank =
        new Bank(
            "draft",
            Text.of(Language.FA, "پیش‌نویس"),
            Language.FA,
            Optional.of(new Bank.Source("source.txt", "", text)),
            derivation.questions());
    Path file = dir.resolve("draft.json");
    Files.writeString(file, DerivedBankWriter.bank(bank), StandardCharsets.UTF_8);
    return new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.file(file));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void the_draft_of_any_text_is_a_valid_bank_that_reads_back_the_same(long seed)
      throws IOException {
    String text = Texts.random(seed);
    Derivation derivation = Deriver.derive(text, "draft");
    if (derivation.questions().isEmpty()) {
      return; // no bank: derive refuses to write one
    }
    assertThat(roundTrip(text, derivation).questions()).isEqualTo(derivation.questions());
  }

  @Test
  void the_draft_of_the_passage_is_a_valid_bank_that_reads_back_the_same() throws IOException {
    String passage = Files.readString(Path.of("questions/sources/korean-war.fa.txt"));
    Derivation derivation = Deriver.derive(passage, "draft");
    assertThat(roundTrip(passage, derivation).questions())
        .hasSizeGreaterThan(10)
        .isEqualTo(derivation.questions());
  }
}
