package app.azmoon.store.progress;

import static app.azmoon.store.progress.ReviewLogTest.CLOCK;
import static app.azmoon.store.progress.ReviewLogTest.GOOD_LINE;
import static app.azmoon.store.progress.ReviewLogTest.T;
import static app.azmoon.store.progress.ReviewLogTest.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import app.azmoon.store.InvalidDataException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TornLineTest {
  static final byte[] TWO_GOOD =
      (GOOD_LINE + "\n" + GOOD_LINE.replace("kw-1", "kw-2") + "\n")
          .getBytes(StandardCharsets.UTF_8);

  @TempDir Path dir;

  Path log() {
    return dir.resolve(ReviewLog.FILE_NAME);
  }

  static Stream<Arguments> tornEnds() {
    byte[] persian =
        "{\"bank\":\"kw\",\"card\":\"kw-3\",\"answer\":\"سئول".getBytes(StandardCharsets.UTF_8);
    return Stream.of(
        Arguments.of(
            "half a JSON object, no newline",
            bytes("{\"bank\":\"kw\",\"card\":\"kw-3\",\"at\":\"20")),
        Arguments.of("half a UTF-8 sequence", Arrays.copyOf(persian, persian.length - 1)),
        Arguments.of("a garbled line with its newline", bytes("{\"bank\":\"kw\",\"ca\n")),
        Arguments.of("zeros from a file system that grew the file", new byte[64]));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("tornEnds")
  void a_torn_last_line_is_set_aside_with_a_warning_and_the_rest_kept(String what, byte[] torn)
      throws IOException {
    Files.write(log(), concat(TWO_GOOD, torn));
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      LogContents contents = log.read();
      assertThat(contents.reviews()).extracting(Review::card).containsExactly("kw-1", "kw-2");
      assertThat(contents.warnings())
          .singleElement()
          .asString()
          .contains("cut short", torn.length + " bytes", "reviews.jsonl.torn-20260301T100000Z");
      assertThat(Files.readAllBytes(log())).isEqualTo(TWO_GOOD);
      log.append(Review.of("kw", "kw-4", T, Rating.EASY));
    }
    assertThat(Files.readAllBytes(dir.resolve("reviews.jsonl.torn-20260301T100000Z")))
        .isEqualTo(torn);
    assertThat(ReviewLog.readOnly(dir).reviews())
        .extracting(Review::card)
        .containsExactly("kw-1", "kw-2", "kw-4");
  }

  @Test
  void a_second_torn_file_in_the_same_second_gets_its_own_name() throws IOException {
    for (int i = 0; i < 2; i++) {
      Files.write(log(), concat(TWO_GOOD, bytes("{\"ba")));
      ReviewLog.open(dir, CLOCK).close();
    }
    assertThat(dir.resolve("reviews.jsonl.torn-20260301T100000Z")).exists();
    assertThat(dir.resolve("reviews.jsonl.torn-20260301T100000Z-2")).exists();
  }

  @Test
  void a_whole_last_line_without_its_newline_is_kept_and_completed() throws IOException {
    Files.write(log(), concat(TWO_GOOD, bytes(GOOD_LINE.replace("kw-1", "kw-3"))));
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      assertThat(log.read().warnings()).isEmpty();
      log.append(Review.of("kw", "kw-4", T, Rating.EASY));
    }
    assertThat(ReviewLog.readOnly(dir).reviews())
        .extracting(Review::card)
        .containsExactly("kw-1", "kw-2", "kw-3", "kw-4");
  }

  @Test
  void a_whole_log_that_is_one_torn_line_becomes_empty() throws IOException {
    Files.write(log(), bytes("{\"bank\":\"kw\""));
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      assertThat(log.read().reviews()).isEmpty();
    }
    assertThat(log()).isEmptyFile();
  }

  @Test
  void a_bad_line_before_a_torn_last_line_stops_naming_it_and_changes_nothing() throws IOException {
    byte[] text = concat(TWO_GOOD, bytes("{oops}\n"), bytes("{\"bank\":\"kw\""));
    Files.write(log(), text);
    assertThatThrownBy(() -> ReviewLog.open(dir, CLOCK))
        .isInstanceOfSatisfying(
            InvalidDataException.class, e -> assertThat(e.problems().get(0).line()).isEqualTo(3));
    assertThat(Files.readAllBytes(log())).isEqualTo(text);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .doesNotContain("reviews.jsonl.torn-20260301T100000Z");
    }
    // and the failed open let go of the lock
    ReviewLock.acquire(dir, CLOCK).close();
  }

  @Test
  void a_reader_without_the_lock_leaves_a_torn_line_in_place_with_a_warning() throws IOException {
    byte[] text = concat(TWO_GOOD, bytes("{\"bank\":\"kw\",\"card\":\"kw-3\",\"at\":\"20"));
    Files.write(log(), text);
    LogContents contents = ReviewLog.readOnly(dir);
    assertThat(contents.reviews()).hasSize(2);
    assertThat(contents.warnings()).singleElement().asString().contains("line 3 is incomplete");
    assertThat(contents.end().bytes()).isEqualTo(TWO_GOOD.length);
    assertThat(Files.readAllBytes(log())).isEqualTo(text);
  }

  @Test
  void a_reader_without_the_lock_still_stops_at_a_corrupt_middle_line() throws IOException {
    Files.write(log(), concat(bytes(GOOD_LINE + "\n{oops}\n"), TWO_GOOD));
    assertThatThrownBy(() -> ReviewLog.readOnly(dir))
        .isInstanceOfSatisfying(
            InvalidDataException.class, e -> assertThat(e.getMessage()).startsWith(log() + ":2:"));
  }

  @Test
  void a_line_longer_than_a_mebibyte_in_the_middle_is_refused_not_read_into_memory()
      throws IOException {
    byte[] huge = new byte[(1 << 20) + 10];
    Arrays.fill(huge, (byte) 'x');
    Files.write(log(), concat(TWO_GOOD, huge, bytes("\n"), TWO_GOOD));
    assertThatThrownBy(() -> ReviewLog.readOnly(dir))
        .hasMessageContaining(":3:1: the line is longer than 1 MiB");
  }

  @Test
  void lines_that_span_read_buffers_are_read_whole() throws IOException {
    String answer = "پاسخ".repeat(40_000); // 320 KB of two-byte characters, over several buffers
    Review r =
        new Review(
            "kw",
            "kw-9",
            T,
            Rating.GOOD,
            java.util.Optional.of(answer),
            java.util.Optional.empty(),
            java.util.Optional.empty());
    try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
      for (int i = 0; i < 3; i++) {
        log.append(r);
      }
    }
    assertThat(ReviewLog.readOnly(dir).reviews()).isEqualTo(List.of(r, r, r));
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
