package app.azmoon.store.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReviewLogTest {
  static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-01T10:00:00Z"));
  static final Instant T = CLOCK.instant();
  static final String GOOD_LINE =
      "{\"bank\":\"kw\",\"card\":\"kw-1\",\"at\":\"2026-03-01T10:00:00Z\",\"rating\":\"good\"}";

  @TempDir Path dir;

  Path log() {
    return dir.resolve(ReviewLog.FILE_NAME);
  }

  void writeLog(String text) throws IOException {
    Files.writeString(log(), text);
  }

  List<Review> readAll() {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      return log.read().reviews();
    }
  }

  static Review full() {
    return new Review(
        "korean-war",
        "kw-text-stalin",
        T,
        Rating.GOOD,
        Optional.of("استالین"),
        Optional.of(true),
        Optional.of(Duration.ofMillis(4200)));
  }

  @Test
  void appended_reviews_read_back_in_order_with_every_field() {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      log.append(full());
      log.append(Review.of("korean-war", "kw-2", T.plusSeconds(5), Rating.AGAIN));
    }
    assertThat(readAll())
        .containsExactly(full(), Review.of("korean-war", "kw-2", T.plusSeconds(5), Rating.AGAIN));
  }

  @Test
  void a_review_is_one_line_in_the_documented_shape_with_persian_as_utf8() throws IOException {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      log.append(full());
    }
    assertThat(Files.readString(log()))
        .isEqualTo(
            "{\"bank\":\"korean-war\",\"card\":\"kw-text-stalin\",\"at\":\"2026-03-01T10:00:00Z\","
                + "\"rating\":\"good\",\"answer\":\"استالین\",\"correct\":true,\"ms\":4200}\n");
  }

  @Test
  void an_answer_with_newlines_and_line_separators_stays_on_one_line() throws IOException {
    Review r =
        new Review(
            "b",
            "c",
            T,
            Rating.HARD,
            Optional.of("a\nb\u2028c\u0000"),
            Optional.empty(),
            Optional.empty());
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      log.append(r);
    }
    assertThat(Files.readAllLines(log())).hasSize(1);
    assertThat(readAll()).containsExactly(r);
  }

  @Test
  void every_append_is_forced_to_disk_before_it_returns() throws IOException {
    List<Long> sizesAtForce = new ArrayList<>();
    try (ReviewLog log =
        ReviewLog.open(
            dir,
            CLOCK,
            channel -> {
              sizesAtForce.add(channel.size());
              channel.force(true);
            })) {
      log.append(Review.of("b", "c-1", T, Rating.GOOD));
      assertThat(sizesAtForce).containsExactly(Files.size(log()));
      log.appendUndo("b", "c-1", T);
      assertThat(sizesAtForce).hasSize(2).last().isEqualTo(Files.size(log()));
    }
  }

  @Test
  void lines_from_other_tools_with_extra_fields_offsets_and_numeric_ratings_are_read()
      throws IOException {
    writeLog(
        "\uFEFF{\"card\":\"kw-1\",\"bank\":\"kw\",\"at\":\"2026-03-01T13:30:00+03:30\",\"rating\":3,"
            + "\"device\":\"phone\",\"meta\":{\"app\":\"ankidroid\",\"tags\":[1,2,{\"x\":null}]}}\n"
            + "\n"
            + "{\"bank\":\"kw\",\"card\":\"kw-2\",\"at\":\"2026-03-01T10:00:01.5-01:00\","
            + "\"rating\":\"EASY\",\"answer\":null,\"correct\":false,\"ms\":12.0}\r\n"
            + "{\"bank\":\"kw\",\t\"card\":\"kw-3\",\"at\":\"2026-03-01T10:00:00Z\",\"rating\":\"1\","
            + "\"note\":\"an unknown key\",\"note\":\"twice\"}\n");
    assertThat(readAll())
        .containsExactly(
            Review.of("kw", "kw-1", T, Rating.GOOD),
            new Review(
                "kw",
                "kw-2",
                Instant.parse("2026-03-01T11:00:01.5Z"),
                Rating.EASY,
                Optional.empty(),
                Optional.of(false),
                Optional.of(Duration.ofMillis(12))),
            Review.of("kw", "kw-3", T, Rating.AGAIN));
  }

  @Test
  void an_undo_takes_back_the_latest_standing_review_of_its_card() {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      log.append(Review.of("b", "c-1", T, Rating.GOOD));
      log.append(Review.of("b", "c-2", T.plusSeconds(1), Rating.AGAIN));
      log.append(Review.of("b", "c-1", T.plusSeconds(2), Rating.EASY));
      log.appendUndo("b", "c-1", T.plusSeconds(3));
      log.append(Review.of("b", "c-1", T.plusSeconds(4), Rating.HARD));
    }
    assertThat(readAll())
        .containsExactly(
            Review.of("b", "c-1", T, Rating.GOOD),
            Review.of("b", "c-2", T.plusSeconds(1), Rating.AGAIN),
            Review.of("b", "c-1", T.plusSeconds(4), Rating.HARD));
  }

  @Test
  void two_undos_of_one_card_take_back_its_last_two_reviews() {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      log.append(Review.of("b", "c-1", T, Rating.GOOD));
      log.append(Review.of("b", "c-1", T.plusSeconds(1), Rating.EASY));
      log.append(Review.of("b", "c-2", T.plusSeconds(2), Rating.EASY));
      log.appendUndo("b", "c-1", T.plusSeconds(3));
      log.appendUndo("b", "c-1", T.plusSeconds(4));
    }
    assertThat(readAll()).containsExactly(Review.of("b", "c-2", T.plusSeconds(2), Rating.EASY));
  }

  @Test
  void an_undo_line_is_appended_never_a_rewrite() throws IOException {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      log.append(Review.of("b", "c-1", T, Rating.GOOD));
      String before = Files.readString(log());
      log.appendUndo("b", "c-1", T.plusSeconds(9));
      assertThat(Files.readString(log()))
          .isEqualTo(
              before
                  + "{\"bank\":\"b\",\"card\":\"c-1\",\"at\":\"2026-03-01T10:00:09Z\",\"undo\":true}\n");
    }
  }

  @Test
  void an_undo_with_nothing_to_undo_is_ignored_with_a_warning() throws IOException {
    writeLog(
        "{\"bank\":\"b\",\"card\":\"c-9\",\"at\":\"2026-03-01T10:00:00Z\",\"undo\":true}\n"
            + GOOD_LINE
            + "\n");
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      LogContents contents = log.read();
      assertThat(contents.reviews()).hasSize(1);
      assertThat(contents.warnings()).singleElement().asString().contains(":1: an undo of b/c-9");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "single quotes     | {\"bank\":'kw'}                                               | 2 | 9  | double quotes",
        "rating missing    | {\"bank\":\"kw\",\"card\":\"x\",\"at\":\"2026-03-01T10:00:00Z\"}   | 2 | 1  | \"rating\" is missing",
        "rating unknown    | {\"bank\":\"kw\",\"card\":\"x\",\"at\":\"2026-03-01T10:00:00Z\",\"rating\":\"ok\"} | 2 | 62 | again, hard, good, easy or 1–4",
        "rating 5          | {\"bank\":\"kw\",\"card\":\"x\",\"at\":\"2026-03-01T10:00:00Z\",\"rating\":5} | 2 | 62 | again, hard, good, easy or 1–4",
        "time, no offset   | {\"bank\":\"kw\",\"card\":\"x\",\"at\":\"2026-03-01T10:00:00\",\"rating\":1} | 2 | 30 | ISO-8601 time with an offset",
        "empty card        | {\"bank\":\"kw\",\"card\":\"\",\"at\":\"2026-03-01T10:00:00Z\",\"rating\":1} | 2 | 21 | non-empty string",
        "negative ms       | {\"bank\":\"kw\",\"card\":\"x\",\"at\":\"2026-03-01T10:00:00Z\",\"rating\":1,\"ms\":-4} | 2 | 69 | whole number of milliseconds",
        "an array          | [1,2]                                                          | 2 | 1  | must be a JSON object",
        "known key twice   | {\"bank\":\"kw\",\"bank\":\"kw\",\"card\":\"x\",\"at\":\"2026-03-01T10:00:00Z\",\"rating\":1} | 2 | 14 | duplicate key",
      })
  void a_corrupt_line_in_the_middle_stops_naming_its_line_and_column(
      String what, String line, int lineNo, int column, String message) throws IOException {
    writeLog(GOOD_LINE + "\n" + line.strip() + "\n" + GOOD_LINE + "\n");
    Problem p = onlyProblem();
    assertThat(p.file()).isEqualTo(log().toString());
    assertThat(p.line()).isEqualTo(lineNo);
    assertThat(p.column()).isEqualTo(column);
    assertThat(p.message()).contains(message);
  }

  @Test
  void invalid_utf8_in_the_middle_stops_naming_line_column_and_byte() throws IOException {
    byte[] good = (GOOD_LINE + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"bank\":\"k\u00e9\",".getBytes(StandardCharsets.UTF_8);
    bad[bad.length - 3] = (byte) 0xFF; // é's second byte: 0xC3 now starts a broken sequence
    Files.write(
        log(), concat(good, bad, "\"card\":\"x\"}\n".getBytes(StandardCharsets.UTF_8), good));
    Problem p = onlyProblem();
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(11);
    assertThat(p.message()).contains("not valid UTF-8: byte 0xC3");
  }

  @Test
  void the_log_is_left_untouched_when_a_middle_line_is_corrupt() throws IOException {
    String text = GOOD_LINE + "\n{oops}\n" + GOOD_LINE + "\n";
    writeLog(text);
    onlyProblem();
    assertThat(Files.readString(log())).isEqualTo(text);
  }

  @Test
  void end_counts_this_sessions_appends_as_a_fresh_read_would() {
    LogPosition afterAppends;
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      log.append(full());
      log.read();
      log.append(Review.of("b", "c", T, Rating.EASY));
      log.appendUndo("b", "c", T);
      afterAppends = log.end();
    }
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      assertThat(log.read().end()).isEqualTo(afterAppends);
    }
    assertThat(afterAppends.lines()).isEqualTo(3);
  }

  @Test
  void a_missing_log_reads_as_empty_without_creating_anything() {
    assertThat(ReviewLog.readOnly(dir.resolve("nowhere")).reviews()).isEmpty();
    assertThat(dir.resolve("nowhere")).doesNotExist();
  }

  private Problem onlyProblem() {
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      assertThatThrownBy(log::read).isInstanceOf(InvalidDataException.class);
      try {
        log.read();
      } catch (InvalidDataException e) {
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
      }
    }
    throw new AssertionError("unreachable");
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] all = new byte[n];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, all, at, p.length);
      at += p.length;
    }
    return all;
  }
}
