package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.answer.MonthNames;
import app.azmoon.domain.calendar.SolarDate;
import app.azmoon.domain.question.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Dates a person reads are Solar Hijri in the Persian interface and Gregorian in the English one,
 * unless --calendar or AZMOON_CALENDAR says otherwise; JSON keeps ISO-8601.
 */
class CalendarDisplayTest {
  @TempDir Path home;

  /** One easy review of a new card at 10:00 UTC on 21 November 2026: due 29 November 10:00. */
  @BeforeEach
  void oneReview() throws IOException {
    Files.writeString(
        home.resolve("reviews.jsonl"),
        "{\"bank\":\"korean-war\",\"card\":\"kw-text-stalin\",\"at\":\"2026-11-21T10:00:00Z\","
            + "\"rating\":\"easy\"}\n");
    // The days below are those of 10:00 and 12:00 UTC; a zone 12 hours away would shift them.
    assumeTrue(
        Instant.parse("2026-11-29T10:00:00Z")
            .atZone(ZoneId.systemDefault())
            .toLocalDate()
            .equals(LocalDate.of(2026, 11, 29)));
  }

  private Cli.Result run(Map<String, String> env, String stdin, String... args) {
    Map<String, String> all = new HashMap<>(env);
    all.put("AZMOON_HOME", home.toString());
    return Cli.runWithInput(stdin, all, home, args);
  }

  private Cli.Result stats(Map<String, String> env, String... options) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("stats", "--no-short-term", "--no-fuzz", "--now", "2026-12-01T12:00:00Z"));
    args.addAll(List.of(options));
    return run(env, "", args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "stats {0} with AZMOON_CALENDAR={1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--lang fa                     |           | ۳۰ روز آینده، ۱۰ آذر ۱۴۰۵ تا ۹ دی ۱۴۰۵",
        "--lang en                     |           | Next 30 days, 2026-12-01 to 2026-12-30",
        "--lang fa --calendar gregorian |           | ۳۰ روز آینده، ۲۰۲۶-۱۲-۰۱ تا ۲۰۲۶-۱۲-۳۰",
        "--lang en --calendar persian  |           | Next 30 days, 10 Azar 1405 to 9 Dey 1405",
        "--lang en --calendar PERSIAN  |           | Next 30 days, 10 Azar 1405 to 9 Dey 1405",
        "--lang fa                     | gregorian | ۳۰ روز آینده، ۲۰۲۶-۱۲-۰۱ تا ۲۰۲۶-۱۲-۳۰",
        "--lang en                     | persian   | Next 30 days, 10 Azar 1405 to 9 Dey 1405",
        "--lang fa --calendar persian  | gregorian | ۳۰ روز آینده، ۱۰ آذر ۱۴۰۵ تا ۹ دی ۱۴۰۵",
      })
  void the_stats_forecast_names_its_days_in_the_chosen_calendar(
      String options, String env, String expected) {
    Cli.Result r =
        stats(env == null ? Map.of() : Map.of("AZMOON_CALENDAR", env), options.split(" "));
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(expected);
  }

  @Test
  void the_bank_language_picks_the_default_calendar() {
    assertThat(stats(Map.of()).out()).contains("۱۰ آذر ۱۴۰۵ تا ۹ دی ۱۴۰۵");
  }

  @Test
  void a_calendar_that_is_neither_is_a_usage_error() {
    Cli.Result option = stats(Map.of(), "--calendar", "julian");
    assertThat(option.code()).isEqualTo(ExitCode.USAGE);
    assertThat(option.err())
        .contains("azmoon: --calendar must be persian or gregorian, not 'julian'");
    Cli.Result env = stats(Map.of("AZMOON_CALENDAR", "hijri"));
    assertThat(env.code()).isEqualTo(ExitCode.USAGE);
    assertThat(env.err()).contains("azmoon: AZMOON_CALENDAR must be persian or gregorian");
  }

  @Test
  void json_keeps_iso_dates_whatever_the_calendar() {
    Cli.Result r = stats(Map.of(), "--json", "--calendar", "persian");
    assertThat(r.out()).contains("\"2026-11-21\"").doesNotContain("آذر");
    Cli.Result cards =
        run(
            Map.of(),
            "",
            "cards",
            "--json",
            "--no-short-term",
            "--no-fuzz",
            "--now",
            "2026-12-01T12:00:00Z");
    assertThat(cards.out()).contains("2026-11-29T10:00").doesNotContain("آذر");
  }

  @ParameterizedTest(name = "cards {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--lang fa                      | ۸ آذر ۱۴۰۵، ",
        "--lang fa --calendar gregorian | ۲۰۲۶-۱۱-۲۹ ",
        "--lang en                      | 2026-11-29 ",
        "--lang en --calendar persian   | 8 Azar 1405, ",
      })
  void cards_show_the_due_time_in_the_chosen_calendar(String options, String expected) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of("cards", "--no-short-term", "--no-fuzz", "--now", "2026-12-01T12:00:00Z"));
    args.addAll(List.of(options.split(" ")));
    Cli.Result r = run(Map.of(), "", args.toArray(String[]::new));
    String line =
        r.out().lines().filter(l -> l.startsWith("kw-text-stalin")).findFirst().orElseThrow();
    assertThat(line).contains(expected);
  }

  /**
   * The review's last line names the next due time: the card just rated, overdue since 29 November,
   * is the only one reviewed; its acknowledgement gives the time in ISO-8601.
   */
  @Test
  void the_review_summary_gives_the_next_due_time_in_solar_hijri_in_persian() {
    Cli.Result r = run(Map.of(), "good\n", "review", "--new", "1", "--no-fuzz", "--lang", "fa");
    assertThat(r.code()).as(r.err()).isZero();
    Instant due = Instant.parse(r.out().lines().findFirst().orElseThrow().split(" ")[2]);
    SolarDate day = SolarDate.of(due.atZone(ZoneId.systemDefault()).toLocalDate());
    Matcher m =
        Pattern.compile("موعد کارت بعدی: ([۰-۹]+) (\\S+) ([۰-۹]+)، [۰-۹]{2}:[۰-۹]{2}")
            .matcher(r.out());
    assertThat(m.find()).as(r.out()).isTrue();
    assertThat(m.group(1)).isEqualTo(Display.digits(day.day(), Language.FA));
    assertThat(MonthNames.solarMonth(m.group(2))).hasValue(day.month());
    assertThat(m.group(3)).isEqualTo(Display.digits(day.year(), Language.FA));
  }

  @Test
  void the_review_summary_follows_the_calendar_chosen() {
    Cli.Result fa =
        run(
            Map.of("AZMOON_CALENDAR", "gregorian"),
            "good\n",
            "review",
            "--new",
            "1",
            "--lang",
            "fa");
    assertThat(fa.out())
        .containsPattern("موعد کارت بعدی: [۰-۹]{4}-[۰-۹]{2}-[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}");
    Cli.Result en =
        run(Map.of(), "good\n", "review", "--new", "1", "--lang", "en", "--calendar", "persian");
    assertThat(en.out())
        .containsPattern(
            "Next card due: \\d+ (Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban"
                + "|Azar|Dey|Bahman|Esfand) \\d{4}, \\d{2}:\\d{2}");
  }
}
