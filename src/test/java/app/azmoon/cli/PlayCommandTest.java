package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The play command driven through piped standard input, as a script or a test would. */
class PlayCommandTest {
  @TempDir Path dir;

  private static final String BANK =
      BankFixture.bank(
          BankFixture.TRUEFALSE
              + """
              ,
              {"id": "q-num", "type": "numeric", "prompt": {"fa": "چند تن بمب؟", "en": "How many tons?"},
               "answer": 635000, "unit": {"fa": "تن", "en": "tons"}, "tags": ["numbers"],
               "quote": "نیروی هوایی ۶۳۵٬۰۰۰ تن بمب ریخت."},
              {"id": "q-who", "type": "text", "prompt": "چه کسی؟", "accept": ["استالین"], "tags": ["people"]}""");

  private Cli.Result play(String stdin, String... args) throws IOException {
    Path bank = BankFixture.write(dir, "mini.json", BANK);
    List<String> all =
        new java.util.ArrayList<>(
            List.of("play", "--bank", bank.toString(), "--order", "bank", "--seed", "1"));
    all.addAll(List.of(args));
    return Cli.runWithInput(
        stdin,
        Map.of("AZMOON_HOME", dir.resolve("home").toString()),
        dir,
        all.toArray(String[]::new));
  }

  @Test
  void a_piped_session_judges_each_line_and_sums_up() throws IOException {
    Cli.Result r = play("بله\nششصد و سی و پنج هزار\nاستالبن\n");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("پرسش ۱/۳", "✓ درست است!", "✓ با غلط املایی پذیرفته شد — درستش: استالین")
        .contains("امتیاز: ۳ از ۳ (۱۰۰٪)", "بیشترین پاسخ درست پیاپی: ۳")
        .contains("«نیروی هوایی ۶۳۵٬۰۰۰ تن بمب ریخت.»")
        .doesNotContain("\u001b");
  }

  @Test
  void the_english_interface_shows_english_prompts() throws IOException {
    Cli.Result r = play("true\n", "--lang", "en");
    assertThat(r.out())
        .contains("Question 1/3", "✓ Right!", "Score: 1 of 1 (100%)", "Answered 1 of 3 questions");
  }

  @Test
  void end_of_input_ends_the_session_with_a_summary_of_what_was_answered() throws IOException {
    Cli.Result r = play("نه\n");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("✗ درست نیست.", "امتیاز: ۰ از ۱ (۰٪)", "برای مرور:", "پاسخ شما: نه");
  }

  @Test
  void commands_skip_hint_source_help_and_quit_work() throws IOException {
    Cli.Result r = play(":help\n:source\n:skip\n:hint\n:quit\n");
    assertThat(r.out())
        .contains("فرمان‌ها:")
        .contains("در ژوئن ۱۹۵۰ ارتش کره شمالی به جنوب حمله کرد.")
        .contains("← رد شد.")
        .contains("راهنما: ۶… (۶ رقم؛")
        .contains("۰ پرسش از ۳ پاسخ داده شد، ۱ رد شد");
  }

  @Test
  void the_session_record_is_saved_in_the_data_directory() throws IOException {
    play("بله\n");
    try (Stream<Path> files = Files.list(dir.resolve("home/sessions"))) {
      List<Path> saved = files.toList();
      assertThat(saved).hasSize(1);
      String json = Files.readString(saved.get(0));
      assertThat(json)
          .contains(
              "\"format\": \"azmoon/session@1\"",
              "\"percent\": 100,",
              "\"seed\": 1",
              "\"id\": \"q-tf\"",
              "\"correct\": true");
    }
  }

  @Test
  void retry_missed_asks_a_missed_question_again() throws IOException {
    Cli.Result r = play("نه\n1\nاستالین\nبله\n", "--retry-missed");
    assertThat(r.out()).contains("تکرار ·").contains("امتیاز: ۱ از ۳");
  }

  @Test
  void bad_play_options_are_usage_errors() throws IOException {
    assertThat(play("", "--count", "0").code()).isEqualTo(ExitCode.USAGE);
    assertThat(play("", "--lang", "de").err()).contains("--lang must be fa or en");
    assertThat(play("", "--rtl", "sideways").code()).isEqualTo(ExitCode.USAGE);
    assertThat(play("", "--order", "random").err()).contains("expected shuffle or bank");
  }

  @Test
  void a_time_limit_is_shown_in_the_header() throws IOException {
    assertThat(play("بله\n", "--time-limit", "30").out())
        .contains("پرسش ۱/۳ · امتیاز ۰ · پیاپی ۰ · ⏱ ۳۰ ثانیه");
  }

  @Test
  void a_selection_matching_nothing_is_a_usage_error() throws IOException {
    Cli.Result r = play("", "--tag", "nosuchtag");
    assertThat(r.code()).isEqualTo(ExitCode.USAGE);
    assertThat(r.err()).contains("no question matches the selection (tags: nosuchtag)");
  }

  @Test
  void a_mistyped_command_is_not_taken_as_an_answer() throws IOException {
    Cli.Result r = play(":hnit\nبله\n");
    assertThat(r.out()).contains("فرمان‌ها:", "✓ درست است!").doesNotContain("✗");
  }

  @Test
  void two_sessions_in_a_row_keep_two_records() throws IOException {
    play("بله\n");
    play("بله\n");
    try (Stream<Path> files = Files.list(dir.resolve("home/sessions"))) {
      assertThat(files.count()).isEqualTo(2);
    }
  }

  @Test
  void no_command_plays_the_bundled_bank() {
    Cli.Result r =
        Cli.runWithInput(
            "",
            Map.of("AZMOON_HOME", dir.resolve("home").toString()),
            dir,
            "--count",
            "1",
            "--seed",
            "5");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("پرسش ۱/۱", "خلاصه");
  }

  @Test
  void an_unwritable_data_directory_is_an_io_error_after_the_summary() throws IOException {
    Files.writeString(dir.resolve("home"), "a file where the data directory should be");
    Cli.Result r = play("بله\n");
    assertThat(r.out()).contains("امتیاز: ۱ از ۱");
    assertThat(r.code()).isEqualTo(ExitCode.IO);
    assertThat(r.err()).startsWith("azmoon: the session record was not saved:");
  }
}
