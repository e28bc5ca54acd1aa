package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * How inputs are read: once, as a stream, whatever they are (but a folder), never past one byte
 * beyond the cap. Tests that could hang if the rule broke — a FIFO opened twice, an endless device
 * read to its end — wait at most a generous minute, never a fixed time.
 */
class OriginTest {
  private static final Duration HANG = Duration.ofSeconds(60);

  @TempDir Path dir;

  /** An endless stream of 'x' that counts what was taken from it. */
  private static final class Endless extends InputStream {
    long taken;

    @Override
    public int read() {
      taken++;
      return 'x';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      Arrays.fill(b, off, off + len, (byte) 'x');
      taken += len;
      return len;
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {0, 1, 7, 4096, 65_535, 65_536, 65_537, 200_000, 1 << 20})
  void an_endless_stream_is_refused_after_reading_exactly_one_byte_past_the_cap(long cap) {
    Endless endless = new Endless();
    Origin origin = Origin.stream(endless, "<stdin>");
    assertThatThrownBy(() -> origin.readBytes(new Origin.Limit(cap, " for a test")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(String.format("<stdin>: is over the %,d-byte limit for a test", cap));
    assertThat(endless.taken).isEqualTo(cap + 1);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 65_535, 65_536, 65_537, 300_001})
  void a_stream_of_exactly_the_cap_is_read_whole(int size) {
    byte[] bytes = new byte[size];
    Arrays.fill(bytes, (byte) 'a');
    InputStream in = new java.io.ByteArrayInputStream(bytes);
    assertThat(Origin.stream(in, "<stdin>").readBytes(new Origin.Limit(size, ""))).isEqualTo(bytes);
  }

  @Test
  void dev_zero_named_by_the_user_is_refused_at_the_cap() {
    Origin zero = Origin.file(Path.of("/dev/zero"));
    assertTimeoutPreemptively(
        HANG,
        () ->
            assertThatThrownBy(() -> zero.readText(AnswerSheets.LIMIT))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage("/dev/zero: is over the 1,048,576-byte limit for an answers file"));
  }

  @Test
  void a_fifo_named_by_the_user_is_read_once_to_its_end() throws Exception {
    Path fifo = Fifo.make(dir, "answers");
    String text = "\uFEFF۱۹۴۹\nاستالین\n".repeat(5000); // longer than a pipe's buffer
    Fifo.feed(fifo, text.getBytes(StandardCharsets.UTF_8));
    String read =
        assertTimeoutPreemptively(HANG, () -> Origin.file(fifo).readText(AnswerSheets.LIMIT));
    assertThat(read).isEqualTo(text.substring(1)); // the leading mark dropped, nothing read twice
  }

  @Test
  void a_fifo_over_the_cap_is_refused_without_waiting_for_its_end() throws Exception {
    Path fifo = Fifo.make(dir, "big");
    Thread writer = Fifo.feed(fifo, new byte[1 << 20]);
    assertTimeoutPreemptively(
        HANG,
        () ->
            assertThatThrownBy(() -> Origin.file(fifo).readBytes(new Origin.Limit(1000, "")))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage(fifo + ": is over the 1,000-byte limit"));
    writer.join(HANG.toMillis()); // the writer saw the reader go and stopped
    assertThat(writer.isAlive()).isFalse();
  }

  @Test
  void a_fifo_found_by_listing_a_folder_is_never_opened() throws Exception {
    Path fifo = Fifo.make(dir, "x.json"); // no writer: opening it would wait forever
    assertTimeoutPreemptively(
        HANG,
        () ->
            assertThatThrownBy(() -> Origin.listed(fifo).readBytes(new Origin.Limit(10, "")))
                .isInstanceOf(InvalidDataException.class)
                .hasMessage(fifo + ": is not a regular file"));
  }

  @Test
  void a_fifo_named_as_a_bank_source_is_never_opened() throws Exception {
    Path bank = BankFixture.write(dir, "b.json", BankFixture.bank(BankFixture.TRUEFALSE));
    Files.delete(dir.resolve("mini.txt"));
    Fifo.make(dir, "mini.txt"); // no writer
    assertTimeoutPreemptively(
        HANG,
        () ->
            assertThatThrownBy(
                    () -> new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.file(bank)))
                .isInstanceOf(InvalidDataException.class)
                .hasMessageContaining("the source text cannot be used")
                .hasMessageContaining("mini.txt: is not a regular file"));
  }

  @Test
  void a_regular_file_over_the_cap_is_refused_with_its_size_before_it_is_read() throws IOException {
    Path file = Files.write(dir.resolve("a.txt"), new byte[2001]);
    assertThatThrownBy(() -> Origin.file(file).readBytes(new Origin.Limit(2000, " for a test")))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(file + ": is 2,001 bytes, over the 2,000-byte limit for a test");
  }

  @Test
  void a_folder_a_missing_file_and_a_dangling_link_are_io_errors_saying_why() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link"), dir.resolve("gone"));
    Origin.Limit limit = new Origin.Limit(10, "");
    assertThatThrownBy(() -> Origin.file(dir).readBytes(limit))
        .isInstanceOf(StorageException.class)
        .hasMessage(dir + ": is a folder, not a file");
    assertThatThrownBy(() -> Origin.file(dir.resolve("none")).readBytes(limit))
        .isInstanceOf(StorageException.class)
        .hasMessage(dir.resolve("none") + ": no such file");
    assertThatThrownBy(() -> Origin.file(link).readBytes(limit))
        .isInstanceOf(StorageException.class)
        .hasMessage(link + ": no such file");
  }
}
