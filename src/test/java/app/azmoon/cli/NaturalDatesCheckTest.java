package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates and true/false answers as students write them, through {@code azmoon check}. */
class NaturalDatesCheckTest {
  @TempDir Path dir;

  private Cli.Result check(String id, String answer) {
    return Cli.run(
        Map.of("AZMOON_HOME", dir.toString()), dir, "check", "--id", id, "--answer", answer);
  }

  @ParameterizedTest(name = "{0}: «{1}» exits {2}")
  @CsvSource({
    "kw-black-thursday-date, پنج‌شنبه ۱۲ آوریل ۱۹۵۱, 0",
    "kw-black-thursday-date, ۲۲ فروردین ۱۳۳۰, 0",
    "kw-black-thursday-date, پنج‌شنبه ۲۲ فروردین ۱۳۳۰, 0",
    "kw-black-thursday-date, ۲۲ حمل ۱۳۳۰, 0",
    "kw-black-thursday-date, دوازدهم آوریل ۱۹۵۱, 0",
    "kw-black-thursday-date, جمعه ۱۲ آوریل ۱۹۵۱, 1",
    "kw-black-thursday-date, فروردین ۱۳۳۰, 1",
    "kw-black-thursday-date, ۲۳ فروردین ۱۳۳۰, 1",
    "kw-invasion-date, بیست و پنجم ژوئن ۱۹۵۰, 0",
    "kw-invasion-date, 25th June 1950, 0",
    "kw-invasion-date, ۴ تیر ۱۳۲۹, 0",
    "kw-invasion-date, تیر ۱۳۲۹, 1",
    "kw-invasion-date, خرداد ۱۳۲۹, 1",
    "kw-us-withdrawal-year, ۱۳۲۸, 1",
    "kw-us-withdrawal-year, ۱۳۲۸ هجری شمسی, 1",
    "kw-tf-ethnic-koreans, ص, 0", // a true statement
    "kw-tf-ethnic-koreans, درست است, 0",
    "kw-tf-ethnic-koreans, صحیح است, 0",
    "kw-tf-ethnic-koreans, غ, 1",
    "kw-tf-ethnic-koreans, صحیح نیست, 1",
    "kw-tf-ethnic-koreans, درست نادرست, 1",
    "kw-tf-truman-confirmed, غ, 0", // a false statement
    "kw-tf-truman-confirmed, نادرست است, 0",
    "kw-tf-truman-confirmed, غلط است, 0",
    "kw-tf-truman-confirmed, خیر, 0",
    "kw-tf-truman-confirmed, صحیح نیست, 0",
    "kw-tf-truman-confirmed, درست نیست, 0",
    "kw-tf-truman-confirmed, not true, 0",
    "kw-tf-truman-confirmed, ص, 1",
    "kw-tf-truman-confirmed, درست است, 1",
    "kw-tf-truman-confirmed, درست نادرست, 1",
  })
  void dates_in_either_calendar_and_true_or_false_in_words_are_judged_as_a_teacher_would(
      String id, String answer, int code) {
    Cli.Result r = check(id, answer);
    assertThat(r.code()).as(r.out() + r.err()).isEqualTo(code);
    assertThat(r.out()).contains(code == 0 ? "✓ درست" : "✗ نادرست");
  }
}
