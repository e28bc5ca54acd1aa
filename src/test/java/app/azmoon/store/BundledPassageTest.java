package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Question;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The passage learners read is the original with the changes the bank's review lists, and no other;
 * the review has an entry for every question of the bank.
 */
class BundledPassageTest {
  private static final Path REVIEW = Path.of("questions/korean-war.review.md");
  private static final Pattern ROW =
      Pattern.compile("^\\| (\\d+) \\| `([^`]+)` \\| `([^`]+)` \\| (\\d+) \\| .+ \\|$");

  private static String review;

  @BeforeAll
  static void read() throws IOException {
    review = Files.readString(REVIEW);
  }

  /** One line of the review's table: {@code original} becomes {@code restored}, {@code times}. */
  private record Change(String original, String restored, int times) {}

  @Test
  void the_listed_changes_turn_the_original_into_the_passage_learners_read() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/seed/korean-war.fa.txt"));
    List<Change> changes = changes();
    assertThat(changes).hasSizeGreaterThan(20);
    for (Change c : changes) {
      assertThat(occurrences(text, c.original())).as(c.original()).isEqualTo(c.times());
      text = text.replace(c.original(), c.restored());
    }
    assertThat(text).isEqualTo(Files.readString(Path.of("questions/sources/korean-war.fa.txt")));
  }

  @Test
  void the_passage_learners_read_keeps_no_spelling_the_review_restored() throws IOException {
    String passage = Files.readString(Path.of("questions/sources/korean-war.fa.txt"));
    for (Change c : changes()) {
      if (!c.restored().contains(c.original())) {
        assertThat(passage).as(c.original()).doesNotContain(c.original());
      }
    }
  }

  @Test
  void the_review_has_one_entry_for_each_question_and_none_for_another() {
    Bank bank = BundledBankTest.read();
    List<String> entries =
        Pattern.compile("(?m)^### (\\S+)$").matcher(review).results().map(m -> m.group(1)).toList();
    assertThat(entries)
        .containsExactlyElementsOf(bank.questions().stream().map(Question::id).toList());
    for (String section : review.split("(?m)^### ")) {
      if (entries.stream().anyMatch(section::startsWith)) {
        assertThat(section).contains("- Passage: «", "- Historians: ", "- Framing: ");
      }
    }
  }

  private static List<Change> changes() {
    return review
        .lines()
        .map(ROW::matcher)
        .filter(Matcher::matches)
        .map(m -> new Change(m.group(2), m.group(3), Integer.parseInt(m.group(4))))
        .toList();
  }

  private static int occurrences(String text, String part) {
    int n = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
      n++;
    }
    return n;
  }
}
