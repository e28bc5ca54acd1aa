package app.azmoon.store.progress;

import static app.azmoon.store.progress.ReviewLogTest.CLOCK;
import static app.azmoon.store.progress.ReviewLogTest.T;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.reflect.TypeToken;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotTest {
  private static final Gson GSON = new Gson();

  @TempDir Path dir;

  SnapshotFile snapshots() {
    return SnapshotFile.in(dir);
  }

  /** A stand-in for card state: per card, how many reviews and the grades summed. */
  static Map<String, List<Integer>> fold(Map<String, List<Integer>> state, List<Review> reviews) {
    Map<String, List<Integer>> next = new TreeMap<>(state);
    for (Review r : reviews) {
      List<Integer> s = next.getOrDefault(r.bank() + "/" + r.card(), List.of(0, 0));
      next.put(r.bank() + "/" + r.card(), List.of(s.get(0) + 1, s.get(1) + r.rating().grade()));
    }
    return next;
  }

  static Map<String, List<Integer>> decode(String json) {
    Map<String, List<Integer>> state =
        GSON.fromJson(json, new TypeToken<Map<String, List<Integer>>>() {}.getType());
    return new TreeMap<>(state);
  }

  /**
   * Appends a seeded random history of 30 cards where now and then the learner undoes the review
   * just made, as the "u" key does.
   */
  static void history(ReviewLog log, Random random, int n) {
    String last = null;
    for (int i = 0; i < n; i++) {
      if (last != null && random.nextInt(8) == 0) {
        log.appendUndo("b", last, T.plusSeconds(i));
        last = null;
      } else {
        last = "c-" + random.nextInt(30);
        log.append(Review.of("b", last, T.plusSeconds(i), Rating.values()[random.nextInt(4)]));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void a_snapshot_plus_its_tail_replays_to_the_same_state_as_the_whole_log(long seed) {
    Random random = new Random(seed);
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      history(log, random, random.nextInt(300));
      List<Review> prefix = log.read().reviews();
      snapshots().write(new Snapshot(log.end(), GSON.toJson(fold(Map.of(), prefix))));
      history(log, random, random.nextInt(300));
    }
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      Resumed<JsonElement> resumed = log.resume(snapshots());
      assertThat(resumed.fromSnapshot()).isTrue();
      Map<String, List<Integer>> state =
          fold(decode(resumed.payloadJson().orElseThrow()), resumed.replay().reviews());
      LogContents full = log.read();
      assertThat(state).isEqualTo(fold(Map.of(), full.reviews()));
      assertThat(resumed.replay().end()).isEqualTo(full.end());
    }
  }

  @Test
  void only_the_tail_after_the_snapshot_is_parsed() {
    LogPosition covered = logWithSnapshot(3);
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      log.append(Review.of("b", "late", T, Rating.EASY));
      Resumed<JsonElement> resumed = log.resume(snapshots());
      assertThat(resumed.fromSnapshot()).isTrue();
      assertThat(resumed.replay().reviews()).extracting(Review::card).containsExactly("late");
      assertThat(resumed.replay().end().lines()).isEqualTo(covered.lines() + 1);
    }
  }

  /**
   * Any one changed byte in the covered part, at any place and of any kind, makes the snapshot
   * unusable: its checksum covers every byte, not only the last line.
   */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void a_change_anywhere_in_the_covered_part_is_seen(long seed) throws IOException {
    Random random = new Random(seed);
    LogPosition covered = logWithSnapshot(20 + random.nextInt(30));
    Path file = dir.resolve(ReviewLog.FILE_NAME);
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    // A rating changed to another of the same length, on any line but the last: every offset and
    // the last line's hash stay as they were.
    int changed = random.nextInt(lines.size() - 1);
    lines.set(changed, lines.get(changed).replace("\"good\"", "\"easy\""));
    String text = Files.readString(file);
    String edited = String.join("\n", lines) + "\n";
    assertThat(edited).hasSameSizeAs(text).isNotEqualTo(text);
    Files.writeString(file, edited);
    assertThat(rebuildReason())
        .isEqualTo("the log differs from the one the snapshot was made from");
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      assertThat(log.resume(snapshots()).replay().reviews())
          .isEqualTo(log.read().reviews())
          .hasSize((int) covered.lines());
    }
  }

  @Test
  void a_corrupt_line_in_the_tail_is_named_by_its_line_in_the_whole_file() throws IOException {
    logWithSnapshot(5);
    Files.writeString(
        dir.resolve(ReviewLog.FILE_NAME),
        "{oops}\n" + ReviewLogTest.GOOD_LINE + "\n",
        java.nio.file.StandardOpenOption.APPEND);
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      assertThatThrownBy(() -> log.resume(snapshots()))
          .hasMessageContaining("reviews.jsonl:6:2: $.: invalid JSON");
    }
  }

  @Test
  void without_a_snapshot_everything_is_replayed_and_the_reason_given() {
    logWithoutSnapshot(4);
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      Resumed<JsonElement> resumed = log.resume(snapshots());
      assertThat(resumed.fromSnapshot()).isFalse();
      assertThat(resumed.replay().reviews()).hasSize(4);
      assertThat(resumed.rebuildReason()).hasValue("there is no snapshot yet");
    }
  }

  @Test
  void a_log_shorter_than_the_snapshot_covers_is_replayed_in_full() throws IOException {
    logWithSnapshot(4);
    Files.writeString(dir.resolve(ReviewLog.FILE_NAME), "");
    assertThat(rebuildReason()).contains("the log is shorter (0 bytes)");
  }

  @Test
  void a_different_log_of_the_same_length_is_replayed_in_full() throws IOException {
    logWithSnapshot(4);
    Path file = dir.resolve(ReviewLog.FILE_NAME);
    Files.writeString(file, Files.readString(file).replace("\"good\"", "\"easy\""));
    assertThat(rebuildReason())
        .isEqualTo("the log differs from the one the snapshot was made from");
  }

  @Test
  void a_snapshot_ending_inside_a_line_is_replayed_in_full() throws IOException {
    LogPosition covered = logWithSnapshot(4);
    snapshots()
        .write(
            new Snapshot(new LogPosition(covered.bytes() - 3, 4, covered.lastLineSha256()), "{}"));
    assertThat(rebuildReason()).contains("does not end at the end of a line");
  }

  @Test
  void an_undo_in_the_tail_of_a_review_the_snapshot_covers_forces_a_full_replay() {
    logWithSnapshot(2);
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      log.appendUndo("b", "c-1", T);
      Resumed<JsonElement> resumed = log.resume(snapshots());
      assertThat(resumed.fromSnapshot()).isFalse();
      assertThat(resumed.rebuildReason()).get().asString().contains("the undo on line 3");
      assertThat(resumed.replay().reviews()).extracting(Review::card).containsExactly("c-0");
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{",
        "not json",
        "{\"format\":\"azmoon/review-snapshot@9\",\"log\":{},\"payload\":{}}",
        "{\"format\":\"azmoon/review-snapshot@1\",\"payload\":{}}",
        "{\"format\":\"azmoon/review-snapshot@1\",\"log\":{\"bytes\":-1,\"lines\":0,\"lastLineSha256\":\"\"},\"payload\":{}}",
        "{format:\"azmoon/review-snapshot@1\"}",
        "{\"format\":\"azmoon/review-snapshot@1\",\"log\":{\"bytes\":0,\"lines\":0,\"lastLineSha256\":\"\"},\"payload\":'lenient'}",
      })
  void a_damaged_snapshot_is_not_used(String text) throws IOException {
    logWithSnapshot(2);
    Files.writeString(snapshots().file(), text);
    assertThat(snapshots().read()).isEmpty();
    assertThat(rebuildReason()).isNotEmpty();
  }

  @Test
  void a_snapshot_is_replaced_whole_and_reads_back_its_payload() throws IOException {
    snapshots().write(new Snapshot(new LogPosition(10, 1, "ab"), "{\"a\":1}"));
    snapshots().write(new Snapshot(new LogPosition(20, 2, "cd"), "{\"b\": [1.50, \"سلام\"]}"));
    assertThat(snapshots().read())
        .hasValue(new Snapshot(new LogPosition(20, 2, "cd"), "{\"b\":[1.50,\"سلام\"]}"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(snapshots().file()); // no temporary files left
    }
  }

  @Test
  void a_payload_that_is_not_json_is_refused_before_anything_is_written() {
    assertThatThrownBy(() -> snapshots().write(new Snapshot(LogPosition.START, "{oops")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> snapshots().write(new Snapshot(LogPosition.START, "{} {}")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(snapshots().file()).doesNotExist();
  }

  @Test
  void a_writer_killed_while_replacing_the_snapshot_leaves_the_old_or_the_new_one()
      throws Exception {
    for (int round = 0; round < 3; round++) {
      Process child = ProgressChild.start("", "snapshots", dir.toString());
      var out = ProgressChild.output(child);
      int wanted = 1 + round * 3;
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.equals("wrote " + wanted)) {
          break;
        }
      }
      child.destroyForcibly().waitFor();
      String payload = snapshots().read().orElseThrow().payloadJson();
      assertThat(payload).matches("\\{\"fill\":\"(a{100000}|b{150000})\"}");
    }
  }

  @Test
  void a_reader_without_the_lock_resumes_from_the_snapshot_too() {
    logWithSnapshot(3);
    Resumed<JsonElement> resumed = ReviewLog.resumeReadOnly(dir, snapshots());
    assertThat(resumed.fromSnapshot()).isTrue();
    assertThat(resumed.replay().reviews()).isEmpty();
    assertThat(ReviewLog.resumeReadOnly(dir.resolve("none"), snapshots()).rebuildReason())
        .hasValue("there is no review log yet");
  }

  private LogPosition logWithSnapshot(int reviews) {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      for (int i = 0; i < reviews; i++) {
        log.append(Review.of("b", "c-" + i, T.plusSeconds(i), Rating.GOOD));
      }
      snapshots().write(new Snapshot(log.read().end(), "{}"));
      return log.end();
    }
  }

  private void logWithoutSnapshot(int reviews) {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      for (int i = 0; i < reviews; i++) {
        log.append(Review.of("b", "c-" + i, T.plusSeconds(i), Rating.GOOD));
      }
    }
  }

  private String rebuildReason() {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      Resumed<JsonElement> resumed = log.resume(snapshots());
      assertThat(resumed.fromSnapshot()).isFalse();
      return resumed.rebuildReason().orElseThrow();
    }
  }
}
