package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnkiTest {
  private static final Path GOLDEN = Path.of("src/test/resources/app/azmoon/formats");
  private static final Anki ANKI = new Anki();

  @Test
  void a_small_bank_of_every_kind_exports_exactly_as_the_golden_file() throws Exception {
    Bank bank =
        new BankReader(Origin.DEFAULT_MAX_BYTES)
            .read(Origin.file(GOLDEN.resolve("anki-golden.json")));
    Exported exported = ANKI.write(bank);
    assertThat(exported.skipped()).isEmpty();
    assertThat(exported.text()).isEqualTo(Files.readString(GOLDEN.resolve("anki-golden.txt")));
  }

  @Test
  void every_question_of_the_bundled_bank_is_one_note_with_five_columns() {
    Bank bank = Comparable.bundled();
    List<String> lines = ANKI.write(bank).text().lines().toList();
    List<String> header = lines.stream().filter(l -> l.startsWith("#")).toList();
    assertThat(header)
        .containsExactly(
            "#separator:tab",
            "#html:true",
            "#guid column:1",
            "#notetype column:2",
            "#deck:جنگ کره",
            "#tags column:5");
    List<String> notes = lines.subList(header.size(), lines.size());
    assertThat(notes).hasSameSizeAs(bank.questions());
    for (int i = 0; i < notes.size(); i++) {
      Question q = bank.questions().get(i);
      String[] fields = notes.get(i).split("\t", -1);
      assertThat(fields).as(notes.get(i)).hasSize(5);
      assertThat(fields[0]).isEqualTo("azmoon/korean-war/" + q.id());
      assertThat(fields[4]).isEqualTo(String.join(" ", q.info().tags()));
      assertThat(fields[2]).startsWith("<div dir=\"rtl\">").endsWith("</div>");
      // Anki's reader would take a quote for a quoted field: only the attribute has one.
      assertThat((fields[2] + fields[3]).replace("<div dir=\"rtl\">", "")).doesNotContain("\"");
      if (q instanceof Question.Cloze c) {
        assertThat(fields[1]).isEqualTo("Cloze");
        int gaps = c.text().gaps().size();
        assertThat(Pattern.compile("\\{\\{c\\d+::").matcher(fields[2]).results().count())
            .isEqualTo(gaps);
        assertThat(fields[2])
            .contains("{{c" + gaps + "::")
            .doesNotContain("{{c" + (gaps + 1) + "::");
      } else {
        assertThat(fields[1]).isEqualTo("Basic");
        assertThat(fields[3]).contains("<b>");
      }
      q.info().quote().ifPresent(quote -> assertThat(fields[3]).contains(Anki.html(quote)));
    }
  }

  @Test
  void html_is_escaped_and_a_field_never_breaks_the_line_or_the_columns() {
    assertThat(Anki.html("<a href='x'>\"&\"</a>\tend\r\nnext\nlast"))
        .isEqualTo("&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt; end<br>next<br>last");
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 8})
  void an_order_shown_on_the_front_is_the_same_each_time_and_never_the_answer(int n) {
    for (String id : List.of("kw-a", "kw-b", "kw-order-front-line", "x", "y-2")) {
      List<Integer> shown = Anki.shuffled(id, n);
      assertThat(shown).isEqualTo(Anki.shuffled(id, n));
      assertThat(shown).containsExactlyInAnyOrderElementsOf(IntStream.range(0, n).boxed().toList());
      assertThat(shown).isNotEqualTo(IntStream.range(0, n).boxed().toList());
    }
  }

  @Test
  void a_select_all_gap_hides_every_right_option_and_a_choice_gap_its_answer() {
    Question q =
        new Question.Cloze(
            new Info(
                "kw-all",
                Text.of(Language.EN, "Fill in."),
                Optional.empty(),
                Optional.empty(),
                List.of(),
                1),
            new ClozeText(
                List.of(
                    new ClozeText.Literal("Cities: "),
                    new ClozeText.Gap(
                        List.of("Seoul", "Busan"),
                        List.of(),
                        List.of("Seoul", "Tokyo", "Busan"),
                        true),
                    new ClozeText.Literal("; port: "),
                    new ClozeText.Gap(
                        List.of("Incheon"), List.of(), List.of("Incheon", "Tokyo")))));
    Exported out =
        ANKI.write(
            new Bank(
                "kw", Text.of(Language.EN, "Korea"), Language.EN, Optional.empty(), List.of(q)));
    assertThat(out.skipped()).isEmpty();
    assertThat(out.text()).contains("Cities: {{c1::Seoul, Busan}}; port: {{c2::Incheon}}");
  }
}
