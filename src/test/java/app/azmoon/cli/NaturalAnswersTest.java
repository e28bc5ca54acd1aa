package app.azmoon.cli;

import static app.azmoon.store.BankFixture.bank;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choice answers written as people write them, and typos that are really other words, judged by
 * {@code azmoon check} end to end: on the bundled bank and on a bank with {@code also} forms.
 */
class NaturalAnswersTest {
  @TempDir Path dir;

  private Cli.Result check(String bank, String id, String... answers) {
    List<String> args = new ArrayList<>(List.of("check", "--id", id, "--lang", "en"));
    if (bank != null) {
      args.addAll(List.of("--bank", bank));
    }
    for (String a : answers) {
      args.addAll(List.of("--answer", a));
    }
    return Cli.run(
        Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, args.toArray(String[]::new));
  }

  @Test
  void a_persian_list_names_every_right_option_of_the_bundled_bank() {
    Cli.Result r =
        check(null, "kw-ch-aid-recipients", "چین و کره شمالی", "کشورهای چین و کره شمالی", "۱ و ۲");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).hasSize(3).allMatch(l -> l.contains("✓ right"));
    Cli.Result equipment =
        check(null, "kw-ch-soviet-equipment", "تانک، توپخانه و هواپیمای جنگی", "1, 2 and 3");
    assertThat(equipment.code()).isZero();
    Cli.Result wrong = check(null, "kw-ch-aid-recipients", "چین و کرهٔ جنوبی");
    assertThat(wrong.code()).isEqualTo(ExitCode.NEGATIVE);
    assertThat(wrong.out()).contains("✗ wrong", "read as: 1, 3");
  }

  @Test
  void nationalist_china_and_kim_song_are_not_typos() {
    Cli.Result prc = check(null, "kw-text-prc-name", "جمهوری ملی چین");
    assertThat(prc.code()).isEqualTo(ExitCode.NEGATIVE);
    assertThat(prc.out()).contains("✗ wrong").doesNotContain("typo");
    Cli.Result kaesong = check(null, "kw-text-kaesong", "کیم سونگ", "Kim Song");
    assertThat(kaesong.out().lines()).hasSize(2).allMatch(l -> l.contains("✗ wrong"));
    Cli.Result typos = check(null, "kw-text-kaesong", "کائوسنگ", "Kaesnog");
    assertThat(typos.code()).isZero();
    assertThat(typos.out().lines()).allMatch(l -> l.contains("✓ right, with a typo"));
  }

  private static final String SOVIET =
      """
          {"id": "q-mig", "type": "choice",
           "prompt": {"fa": "میگ ۱۵ ساخت کدام کشور بود؟", "en": "Which country built the MiG-15?"},
           "choices": [{"fa": "اتحاد جماهیر شوروی", "en": "The Soviet Union",
                        "also": ["شوروی", "اتحاد شوروی", "USSR"]},
                       {"fa": "چین", "en": "China"}, {"fa": "ژاپن", "en": "Japan"},
                       {"fa": "یک‌سوم", "en": "1/3"}],
           "correct": [0], "shuffle": false},
          {"id": "q-share", "type": "choice", "prompt": "چه کسری از بمب‌افکن‌ها نابود شد؟",
           "choices": ["۱/۲", "۱/۳", "۲/۳"], "correct": [1]}""";

  @Test
  void a_short_form_the_bank_lists_and_a_label_word_name_the_option() throws Exception {
    String file = BankFixture.write(dir, "b.json", bank(SOVIET)).toString();
    Cli.Result r =
        check(file, "q-mig", "شوروی", "USSR", "Soviet Union", "کشور شوروی", "country USSR");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines())
        .hasSize(5)
        .allMatch(l -> l.contains("✓ right") && l.contains("read as: 1"));
    Cli.Result wrong = check(file, "q-mig", "کشور", "کشور چین", "روسیه");
    assertThat(wrong.out().lines()).hasSize(3).allMatch(l -> l.contains("✗ wrong"));
  }

  @Test
  void a_fraction_typed_is_the_fraction_option() throws Exception {
    String file = BankFixture.write(dir, "b.json", bank(SOVIET)).toString();
    Cli.Result r = check(file, "q-share", "۱/۳", "1/3");
    assertThat(r.code()).isZero();
    assertThat(check(file, "q-share", "1/2").out()).contains("✗ wrong", "read as: 1");
  }
}
