package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Question;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled bank is read at run time without the checks its build made (BundledBankTest reads it
 * fully): the same bank either way, and a single question of it read on its own is that question.
 */
class TrustedBankTest {
  @TempDir Path dir;

  private final BankReader reader = new BankReader(Origin.DEFAULT_MAX_BYTES);
  private final BankCatalog catalog =
      new BankCatalog(reader, Path.of("no-such-folder"), Path.of("no-such-folder"));

  private Bank fullyChecked() {
    return reader.read(Origin.bundled(BankCatalog.BUNDLED_RESOURCE));
  }

  @Test
  void the_trusted_bundled_bank_is_the_fully_checked_one() {
    assertThat(catalog.bundled()).isEqualTo(fullyChecked());
    assertThat(catalog.load("korean-war")).isEqualTo(fullyChecked());
  }

  @Test
  void every_question_read_on_its_own_is_the_banks_question() {
    Bank full = fullyChecked();
    for (Question q : full.questions()) {
      Bank one = catalog.bundledOnly(q.id());
      assertThat(one.questions()).as(q.id()).containsExactly(q);
      assertThat(one.id()).isEqualTo(full.id());
      assertThat(one.title()).isEqualTo(full.title());
      assertThat(one.language()).isEqualTo(full.language());
      assertThat(one.source()).isEqualTo(full.source());
    }
  }

  @Test
  void an_unknown_id_finds_no_question() {
    assertThat(catalog.bundledOnly("kw-no-such-question").questions()).isEmpty();
    assertThat(catalog.bundledOnly("").questions()).isEmpty();
  }

  @Test
  void a_users_bank_is_always_fully_checked() throws Exception {
    String quoteNotInSource =
        """
            {"id": "q-tf", "type": "truefalse", "prompt": "حمله در ژوئن بود.", "answer": true,
             "quote": "این جمله در متن نیست."}""";
    Path file = BankFixture.write(dir, "mini.json", BankFixture.bank(quoteNotInSource));
    assertThatThrownBy(() -> catalog.load(file.toString()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("mini.json:9:11: ")
        .hasMessageContaining("$.questions[0].quote: the quote is not in the source text");
  }
}
