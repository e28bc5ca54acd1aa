package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.progress.ReviewLock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Review, cards and stats through the real command line, with ratings piped in. */
class ReviewCommandTest {
  @TempDir Path home;

  private Cli.Result run(String stdin, String... args) {
    return Cli.runWithInput(stdin, Map.of("AZMOON_HOME", home.toString()), home, args);
  }

  @Test
  void each_piped_rating_is_saved_then_acknowledged_with_card_rating_and_due() throws IOException {
    Cli.Result r = run("good\n4\n", "review", "--new", "2", "--no-fuzz", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out().lines().limit(2))
        .satisfiesExactly(
            l -> assertThat(l).matches("kw-soviet-atomic-test-date good \\S+Z"),
            l -> assertThat(l).matches("kw-us-withdrawal-year easy \\S+Z"));
    assertThat(r.out()).contains("Reviewed 2 cards");
    assertThat(Files.readAllLines(home.resolve("reviews.jsonl")))
        .hasSize(2)
        .allMatch(l -> l.startsWith("{\"bank\":\"korean-war\",\"card\":\"kw-"));
  }

  @Test
  void a_line_that_is_not_a_rating_is_bad_input_and_keeps_what_was_saved() throws IOException {
    Cli.Result r = run("good\nmaybe\n", "review", "--new", "3");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err()).contains("line 2: \"maybe\" is not a rating");
    assertThat(Files.readAllLines(home.resolve("reviews.jsonl"))).hasSize(1);
  }

  @Test
  void a_second_session_on_the_same_data_directory_exits_75() {
    try (ReviewLock lock = ReviewLock.acquire(home, InstantSource.system())) {
      Cli.Result r = run("good\n", "review");
      assertThat(r.code()).isEqualTo(ExitCode.LOCKED);
      assertThat(r.err()).contains(String.valueOf(ProcessHandle.current().pid()));
    }
  }

  @Test
  void cards_shows_states_as_of_a_moment() {
    run("good\n", "review", "--new", "1", "--no-fuzz");
    Cli.Result before = run("", "cards", "--json", "--now", "2000-01-01T00:00:00Z");
    assertThat(before.out()).doesNotContain("\"state\": \"learning\"");
    Cli.Result now = run("", "cards", "--json", "--no-fuzz");
    assertThat(now.out())
        .contains(
            "\"id\": \"kw-soviet-atomic-test-date\"", "\"state\": \"learning\"", "\"reps\": 1");
  }

  @Test
  void persian_digits_are_ratings_too() {
    Cli.Result r = run("۳\n٤\n", "review", "--new", "2", "--no-fuzz");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains(" good ", " easy ");
  }

  @Test
  void a_retention_outside_the_documented_range_is_a_usage_error() {
    assertThat(run("", "review", "--retention", "0.3").code()).isEqualTo(ExitCode.USAGE);
  }

  @Test
  void a_damaged_snapshot_is_rebuilt_from_the_log() throws IOException {
    run("good\n", "review", "--new", "1", "--no-fuzz");
    Path snapshot = home.resolve("reviews.snapshot.json");
    assertThat(snapshot).exists();
    Files.writeString(snapshot, Files.readString(snapshot).replace("\"cards\"", "\"crads\""));
    Cli.Result r = run("good\n", "review", "--new", "1", "--no-fuzz");
    assertThat(r.code()).isZero();
    assertThat(Files.readAllLines(home.resolve("reviews.jsonl"))).hasSize(2);
  }

  @Test
  void a_whole_bad_last_line_is_corrupt_not_torn() throws IOException {
    Files.writeString(
        home.resolve("reviews.jsonl"),
        "{\"bank\":\"korean-war\",\"card\":\"kw-text-mao\",\"at\":\"2026-11-01T10:00:00Z\",\"rating\":\"meh\"}\n");
    Cli.Result r = run("good\n", "review");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err()).contains("reviews.jsonl:1:");
  }

  @Test
  void stats_json_counts_only_the_banks_asked_about_and_days_ahead_correctly() throws IOException {
    Files.writeString(
        home.resolve("reviews.jsonl"),
        """
        {"bank":"korean-war","card":"kw-text-stalin","at":"2026-01-01T10:00:00Z","rating":"easy"}
        {"bank":"other-bank","card":"x","at":"2026-01-02T09:00:00Z","rating":"good"}
        """);
    Cli.Result r =
        run("", "stats", "--json", "--no-short-term", "--no-fuzz", "--now", "2026-01-02T12:00:00Z");
    assertThat(r.code()).isZero();
    // easy on a new card in long-term mode: due in 8 days (Jan 9), not "this week".
    assertThat(r.out())
        .contains("\"review\": 1", "\"week\": 0", "\"streak\": 1")
        .doesNotContain("2026-01-02\": 1");
  }

  @Test
  void stats_counts_a_known_history() throws IOException {
    Files.writeString(
        home.resolve("reviews.jsonl"),
        """
        {"bank":"korean-war","card":"kw-text-stalin","at":"2026-11-01T10:00:00Z","rating":"good"}
        {"bank":"korean-war","card":"kw-text-stalin","at":"2026-11-01T10:10:00Z","rating":"good"}
        {"bank":"korean-war","card":"kw-text-stalin","at":"2026-11-04T10:00:00+03:30","rating":"again"}
        {"bank":"korean-war","card":"kw-text-mao","at":"2026-11-04T11:00:00Z","rating":"easy","extra":1}
        """);
    Cli.Result r = run("", "stats", "--lang", "en", "--no-fuzz", "--now", "2026-11-04T12:00:00Z");
    assertThat(r.code()).isZero();
    assertThat(r.out())
        .contains("Cards: 91 new · 0 learning · 1 review · 1 relearning")
        .contains("True retention: 0% of reviews of known cards were recalled");
  }
}
