package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionIdsTest {
  @Test
  void a_name_becomes_its_latin_words_after_the_prefix() {
    QuestionIds ids = new QuestionIds("kw");
    assertThat(ids.next("Busan port")).isEqualTo("kw-busan-port");
    assertThat(ids.next("Busan  Port!")).isEqualTo("kw-busan-port-2");
    assertThat(ids.next("q1")).isEqualTo("kw-q1");
    assertThat(ids.next("بندر بوسان")).matches("kw-q-[0-9a-f]{8}");
    assertThat(new QuestionIds("kw").next("بندر بوسان"))
        .isEqualTo(new QuestionIds("x").next("بندر بوسان").replace("x-", "kw-"));
  }

  @Test
  void an_id_of_the_prefix_is_kept_whole_so_an_exported_bank_imports_with_its_ids() {
    QuestionIds ids = new QuestionIds("kw");
    String longId = "kw-" + "a".repeat(40) + "-" + "b".repeat(36);
    assertThat(ids.next("kw-invasion-date")).isEqualTo("kw-invasion-date");
    assertThat(longId).hasSize(80);
    assertThat(ids.next(longId)).isEqualTo(longId);
    assertThat(ids.next("kw-invasion-date")).isEqualTo("kw-invasion-date-2");
    // Not an id (capitals), or an id of another prefix: slugged and prefixed as before.
    assertThat(ids.next("kw-Invasion")).isEqualTo("kw-kw-invasion");
    assertThat(ids.next("korean-war-q1")).isEqualTo("kw-korean-war-q1");
  }
}
