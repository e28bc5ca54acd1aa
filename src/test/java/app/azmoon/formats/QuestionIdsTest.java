package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuestionIdsTest {
  @Test
  void a_name_gets_the_prefix_and_a_repeated_name_a_number() {
    QuestionIds ids = new QuestionIds("kw");
    assertThat(ids.next("Busan port")).isEqualTo("kw-busan-port");
    assertThat(ids.next("Busan  PORT!")).isEqualTo("kw-busan-port-2");
    assertThat(ids.next("بندر بوسان")).matches("kw-q-[0-9a-f]{8}");
  }

  @Test
  void a_name_that_already_is_an_id_with_the_prefix_is_not_prefixed_twice() {
    QuestionIds ids = new QuestionIds("kw");
    assertThat(ids.next("kw-busan-port")).isEqualTo("kw-busan-port");
    assertThat(ids.next("kw-busan-port")).isEqualTo("kw-busan-port-2");
    assertThat(ids.next("kwx-busan")).isEqualTo("kw-kwx-busan");
    assertThat(ids.next("Kw-Busan")).isEqualTo("kw-kw-busan");
  }

  @Test
  void an_id_of_the_prefix_is_kept_whole_even_at_eighty_characters() {
    QuestionIds ids = new QuestionIds("kw");
    String longId = "kw-" + "a".repeat(40) + "-" + "b".repeat(36);
    assertThat(longId).hasSize(80);
    assertThat(ids.next(longId)).isEqualTo(longId);
    assertThat(ids.next("q1")).isEqualTo("kw-q1");
    assertThat(ids.next("korean-war-q1")).isEqualTo("kw-korean-war-q1");
  }
}
