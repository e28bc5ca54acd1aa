package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankWriterTest {
  @TempDir Path dir;

  @Test
  void a_whole_bank_written_reads_back_as_the_same_bank() throws Exception {
    BankReader reader = new BankReader(Origin.DEFAULT_MAX_BYTES);
    Bank bank = reader.read(Origin.file(Path.of("questions/korean-war.fa.json")));
    Path file = dir.resolve("copy.json");
    Files.writeString(file, BankWriter.bank(bank));
    Files.createDirectories(dir.resolve("sources"));
    Files.copy(
        Path.of("questions/sources/korean-war.fa.txt"), dir.resolve("sources/korean-war.fa.txt"));
    assertThat(reader.read(Origin.file(file))).isEqualTo(bank);
    assertThat(BankWriter.bank(bank))
        .startsWith("{\n  \"format\": \"azmoon/bank@1\",")
        .endsWith("}\n");
  }

  @Test
  void a_bank_without_a_source_has_no_source_field() throws Exception {
    Path file =
        BankFixture.write(
            dir,
            "b.json",
            BankFixture.bank(
                """
                {"id": "q1", "type": "text", "prompt": "پایتخت؟", "accept": ["سئول"]}"""));
    BankReader reader = new BankReader(Origin.DEFAULT_MAX_BYTES);
    Bank withSource = reader.read(Origin.file(file));
    Bank bank =
        new Bank(
            withSource.id(),
            withSource.title(),
            withSource.language(),
            java.util.Optional.empty(),
            withSource.questions());
    String json = BankWriter.bank(bank);
    assertThat(json).doesNotContain("\"source\"");
    Files.writeString(file, json);
    assertThat(reader.read(Origin.file(file))).isEqualTo(bank);
  }
}
