package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TyposTest {

  @ParameterizedTest(name = "{0} → {1}: {2}")
  @CsvSource({
    "استالین, استالین, 0",
    "استالین, اسالین, 1", // a letter missing
    "استالین, استاالین, 1", // a letter too many
    "استالین, استالبن, 1", // a letter changed
    "استالین, اتسالین, 1", // two neighbours swapped
    "مسکو, مکسو, 1",
    "ترومن, ترمون, 1",
    "abc, ca, 3", // optimal string alignment: no edit inside a swap
    "'', مسکو, 4",
    "کیمایلسونگ, کیمایلسنوگ, 1",
    "پنجشنبهسیاه, پنجشنبهسفید, 3",
  })
  void distance_counts_insertions_deletions_substitutions_and_swaps(String a, String b, int d) {
    assertThat(Typos.distance(a, b)).isEqualTo(d);
    assertThat(Typos.distance(b, a)).isEqualTo(d);
  }

  @ParameterizedTest(name = "{0} allows {1}")
  @CsvSource({
    "چین, 0",
    "ab, 0",
    "a, 0",
    "مسکو, 1",
    "استالین, 1",
    "سازمانمل, 2",
    "کیمایلسونگ, 2",
    "abcdefg, 1",
    "abcdefgh, 2",
  })
  void none_up_to_3_letters_1_for_4_to_7_2_from_8(String key, int allowed) {
    assertThat(Typos.allowed(key)).isEqualTo(allowed);
  }
}
