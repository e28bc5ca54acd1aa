package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.Fifo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The review log and its side files through the real commands: cards from the snapshot, a changed
 * log seen, a pipe in place of the log, an over-long line, and temporary files a killed run left.
 */
@Timeout(300)
class ProgressFilesTest {
  private static final Instant START = Instant.parse("2026-01-01T08:00:00Z");
  private static final String[] RATINGS = {"again", "hard", "good", "easy"};

  @TempDir Path home;

  private Cli.Result run(String... args) {
    return Cli.runWithInput("", Map.of("AZMOON_HOME", home.toString()), home, args);
  }

  private Path log() {
    return home.resolve("reviews.jsonl");
  }

  private Path snapshot() {
    return home.resolve("reviews.snapshot.json");
  }

  /** The bundled bank's card ids, as {@code cards} lists them. */
  private List<String> ids() {
    List<String> ids = new ArrayList<>();
    Matcher m = Pattern.compile("\"id\": \"([^\"]+)\"").matcher(run("cards", "--json").out());
    while (m.find()) {
      ids.add(m.group(1));
    }
    assertThat(ids).hasSizeGreaterThan(20);
    return ids;
  }

  /**
   * {@code n} lines of history after {@code from}: reviews of random cards, now and then an undo of
   * a card reviewed earlier in the same batch, and lines as other tools write them.
   */
  private static Instant history(
      StringBuilder out, Random random, List<String> ids, Instant from, int n) {
    Instant at = from;
    List<String> reviewed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      at = at.plusSeconds(random.nextInt(3 * 86_400));
      String card = ids.get(random.nextInt(ids.size()));
      if (!reviewed.isEmpty() && random.nextInt(12) == 0) {
        String undone = reviewed.remove(random.nextInt(reviewed.size()));
        out.append(
            "{\"bank\":\"korean-war\",\"card\":\"%s\",\"at\":\"%s\",\"undo\":true}\n"
                .formatted(undone, at));
      } else if (random.nextInt(10) == 0) {
        out.append(
            "{\"card\":\"%s\",\"bank\":\"korean-war\",\"at\":\"%s\",\"rating\":%d,\"app\":{\"v\":[1]}}\n"
                .formatted(
                    card,
                    at.atOffset(java.time.ZoneOffset.ofHoursMinutes(3, 30)),
                    1 + random.nextInt(4)));
        reviewed.add(card);
      } else {
        out.append(
            "{\"bank\":\"korean-war\",\"card\":\"%s\",\"at\":\"%s\",\"rating\":\"%s\",\"ms\":%d}\n"
                .formatted(card, at, RATINGS[random.nextInt(4)], random.nextInt(9000)));
        reviewed.add(card);
      }
    }
    return at;
  }

  /** Writes the snapshot as a review session does on start. */
  private void snapshotNow() {
    Cli.Result r = Cli.runWithInput("", Map.of("AZMOON_HOME", home.toString()), home, "review");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(snapshot()).exists();
  }

  /** {@code cards} as it answers with the snapshot in place, and as a full replay answers. */
  private void assertSameWithAndWithoutSnapshot(String... args) throws IOException {
    Cli.Result fromSnapshot = run(args);
    Path aside = home.resolve("aside.json");
    Files.move(snapshot(), aside);
    Cli.Result full = run(args);
    Files.move(aside, snapshot());
    assertThat(fromSnapshot.code()).as(fromSnapshot.err()).isZero();
    assertThat(fromSnapshot.out()).isEqualTo(full.out());
    assertThat(fromSnapshot.err()).isEqualTo(full.err());
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void cards_from_snapshot_and_tail_print_exactly_what_a_full_replay_prints(long seed)
      throws IOException {
    Random random = new Random(seed);
    List<String> ids = ids();
    StringBuilder text = new StringBuilder();
    Instant covered = history(text, random, ids, START, 200 + random.nextInt(800));
    Files.writeString(log(), text);
    snapshotNow();
    StringBuilder tail = new StringBuilder();
    Instant last = history(tail, random, ids, covered, random.nextInt(300));
    Files.writeString(log(), tail, java.nio.file.StandardOpenOption.APPEND);
    Instant before = START.plus(Duration.between(START, covered).dividedBy(2));
    for (Instant now : List.of(last, last.plusSeconds(90 * 86_400L), covered, before)) {
      assertSameWithAndWithoutSnapshot("cards", "--json", "--now", now.toString());
      assertSameWithAndWithoutSnapshot("cards", "--lang", "en", "--now", now.toString());
    }
    assertSameWithAndWithoutSnapshot("cards", "--no-short-term", "--now", last.toString());
  }

  /** A generated history of {@code n} lines, and the snapshot a review session writes of it. */
  private String loggedWithSnapshot(long seed, int n) throws IOException {
    StringBuilder text = new StringBuilder();
    history(text, new Random(seed), ids(), START, n);
    Files.writeString(log(), text);
    snapshotNow();
    return text.toString();
  }

  @Test
  void cards_reads_the_snapshot_when_it_still_matches_the_log() throws IOException {
    loggedWithSnapshot(9, 300);
    String json = Files.readString(snapshot());
    Matcher reps = Pattern.compile("\"reps\":(\\d+)").matcher(json);
    assertThat(reps.find()).isTrue();
    // Only the snapshot says 4242: if cards shows it, cards read the snapshot, not the log.
    Files.writeString(snapshot(), json.replaceFirst("\"reps\":\\d+", "\"reps\":4242"));
    assertThat(run("cards", "--json", "--now", "2099-01-01T00:00:00Z").out())
        .contains("\"reps\": 4242");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "\"due\":\"[^\"]+\",", // a card without its due time
        "\"reps\":\\d+", // "reps" without a value: not JSON
        "\"stability\":[^,]+", // a number as a string where a number belongs: "stability":"x"
        "\"parameters\":\"[^\"]*\"", // made under other parameters
        "\"latest\":\"[^\"]+\",", // an older Azmoon's payload
        "\"state\":\"[a-z]+\"", // a state no Azmoon writes
      })
  void a_payload_the_states_cannot_be_read_from_is_rebuilt_from_the_log(String damage)
      throws IOException {
    loggedWithSnapshot(13, 300);
    String json = Files.readString(snapshot());
    String replacement =
        switch (damage.substring(2, 6)) {
          case "reps" -> "\"reps\":";
          case "stab" -> "\"stability\":\"x\"";
          case "para" -> "\"parameters\":\"other\"";
          case "stat" -> "\"state\":\"lost\"";
          default -> "";
        };
    String damaged = json.replaceFirst(damage, replacement);
    assertThat(damaged).isNotEqualTo(json);
    Files.writeString(snapshot(), damaged);
    assertSameWithAndWithoutSnapshot("cards", "--json", "--now", "2099-01-01T00:00:00Z");
    Files.writeString(snapshot(), damaged);
    snapshotNow(); // review rebuilds the states from the log and writes a whole snapshot again
    assertThat(Files.readString(snapshot())).isEqualTo(json);
  }

  @Test
  void an_edit_inside_the_covered_part_is_seen_by_review_and_cards_alike() throws IOException {
    String text = loggedWithSnapshot(11, 400);
    String stale = Files.readString(snapshot());
    // Same length, last line untouched: only a check of the covered bytes can see it.
    List<String> lines = new ArrayList<>(Files.readAllLines(log()));
    for (int i = 10; i < lines.size() - 1; i++) {
      if (lines.get(i).contains("\"rating\":\"hard\"")) {
        lines.set(i, lines.get(i).replace("\"rating\":\"hard\"", "\"rating\":\"easy\""));
      }
    }
    String edited = String.join("\n", lines) + "\n";
    assertThat(edited).hasSameSizeAs(text).isNotEqualTo(text);
    Files.writeString(log(), edited);
    assertSameWithAndWithoutSnapshot("cards", "--json", "--now", "2099-01-01T00:00:00Z");
    snapshotNow(); // review sees the edit too, and rebuilds its snapshot from the log
    assertThat(Files.readString(snapshot())).isNotEqualTo(stale);
    assertSameWithAndWithoutSnapshot("cards", "--json", "--now", "2099-01-01T00:00:00Z");
  }

  @Test
  void a_pipe_in_place_of_the_log_is_refused_at_once_with_exit_74() throws Exception {
    Fifo.make(home, "reviews.jsonl");
    for (String[] args :
        List.of(
            new String[] {"cards"},
            new String[] {"stats"},
            new String[] {"cards", "--json"},
            new String[] {"review"})) {
      Cli.Result r = run(args);
      assertThat(r.code()).as(String.join(" ", args)).isEqualTo(ExitCode.IO);
      assertThat(r.err().lines()).singleElement().asString().contains("reviews.jsonl", "pipe");
      assertThat(r.err()).doesNotContain("Exception", "\tat ");
    }
  }

  @Test
  void a_complete_line_over_1_mib_is_corrupt_not_torn_and_nothing_is_moved() throws IOException {
    String good =
        "{\"bank\":\"korean-war\",\"card\":\"kw-text-mao\",\"at\":\"2026-11-01T10:00:00Z\",\"rating\":\"good\"}\n";
    String huge =
        "{\"bank\":\"korean-war\",\"card\":\"kw-text-mao\",\"at\":\"2026-11-02T10:00:00Z\",\"rating\":\"good\",\"note\":\""
            + "x".repeat((1 << 20) + 10)
            + "\"}\n";
    Files.writeString(log(), good + good + huge);
    byte[] before = Files.readAllBytes(log());
    Cli.Result r =
        Cli.runWithInput("good\n", Map.of("AZMOON_HOME", home.toString()), home, "review");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err()).contains("reviews.jsonl:3:", "longer than 1 MiB").doesNotContain("torn");
    assertThat(Files.readAllBytes(log())).isEqualTo(before);
    try (Stream<Path> files = Files.list(home)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("torn"));
    }
  }

  @Test
  void an_incomplete_line_over_1_mib_at_the_end_is_still_set_aside_as_torn() throws IOException {
    String good =
        "{\"bank\":\"korean-war\",\"card\":\"kw-text-mao\",\"at\":\"2026-11-01T10:00:00Z\",\"rating\":\"good\"}\n";
    String cut = "{\"bank\":\"korean-war\",\"note\":\"" + "x".repeat((1 << 20) + 10);
    Files.writeString(log(), good + cut);
    Cli.Result r = Cli.runWithInput("", Map.of("AZMOON_HOME", home.toString()), home, "review");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(log())).isEqualTo(good);
    try (Stream<Path> files = Files.list(home)) {
      assertThat(files.filter(p -> p.getFileName().toString().contains(".torn-")))
          .singleElement()
          .satisfies(p -> assertThat(Files.readString(p, StandardCharsets.UTF_8)).isEqualTo(cut));
    }
  }

  @Test
  void temporary_files_of_ended_runs_are_removed_and_those_of_running_ones_kept() throws Exception {
    Path dir = home.resolve("class");
    Path out = home.resolve("out");
    Files.createDirectories(dir);
    Files.createDirectories(out.resolve("reports"));
    Files.writeString(
        home.resolve("drill.json"),
        "{\"format\": \"azmoon/drill@1\", \"bank\": \"korean-war\", \"count\": 2, \"seed\": 1}");
    Files.writeString(dir.resolve("sara.txt"), "1950\n");
    Process ended = new ProcessBuilder("true").start();
    ended.waitFor();
    long self = ProcessHandle.current().pid();
    long selfStarted =
        ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    Path reports = out.resolve("reports");
    Path deadOwner = reports.resolve(".sara.json.azmoon-" + ended.pid() + "-1-77.tmp");
    Path reusedPid =
        out.resolve(".gradebook.csv.azmoon-" + self + "-" + (selfStarted - 5) + "-1.tmp");
    Path live = out.resolve(".items.csv.azmoon-" + self + "-" + selfStarted + "-2.tmp");
    Path oldEarlier = reports.resolve(".sara.json1234567890123456789.tmp");
    Path freshEarlier = reports.resolve(".ali.json9876543210987654321.tmp");
    Path notOurs = reports.resolve(".notes.tmp");
    for (Path p : List.of(deadOwner, reusedPid, live, oldEarlier, freshEarlier, notOurs)) {
      Files.writeString(p, "{\"half");
    }
    Files.setLastModifiedTime(oldEarlier, FileTime.from(Instant.now().minusSeconds(7200)));
    Cli.Result r =
        Cli.run(
            Map.of("AZMOON_HOME", home.toString()),
            home,
            "grade",
            "--spec=" + home.resolve("drill.json"),
            "--out=" + out,
            dir.resolve("sara.txt").toString());
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(deadOwner).doesNotExist();
    assertThat(reusedPid).doesNotExist();
    assertThat(oldEarlier).doesNotExist();
    assertThat(live).exists();
    assertThat(freshEarlier).exists();
    assertThat(notOurs).exists();
    try (Stream<Path> files = Files.walk(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .filteredOn(n -> n.startsWith(".") && n.endsWith(".tmp"))
          .containsExactlyInAnyOrder(
              live.getFileName().toString(),
              freshEarlier.getFileName().toString(),
              notOurs.getFileName().toString());
    }
  }
}
