package app.azmoon.store.progress;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.InvalidDataException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path for lines in Azmoon's own shape reads exactly what the general reader reads, and
 * refuses exactly what it refuses: random lines, right and wrong, read both ways. A space before
 * the line (still the same JSON) sends it down the general path.
 */
class LogLineFastPathTest {
  private static final String[] KEYS = {
    "bank", "card", "at", "rating", "answer", "correct", "ms", "undo", "x"
  };

  private static String value(Random r) {
    return switch (r.nextInt(12)) {
      case 0 -> "\"good\"";
      case 1 -> String.valueOf(r.nextInt(6) - 1);
      case 2 -> "true";
      case 3 -> "false";
      case 4 -> "null";
      case 5 -> "\"" + time(r) + "\"";
      case 6 -> "\"سلام \\\" x\"";
      case 7 -> "0" + r.nextInt(10);
      case 8 -> r.nextInt(100000) + ".0";
      case 9 -> "\"EASY\"";
      case 10 -> "\"" + "k".repeat(r.nextInt(3)) + "\"";
      default -> "\"kw-" + r.nextInt(50) + "\"";
    };
  }

  /** Times, mostly valid, some at or past the edge of a field, some in other shapes. */
  static String time(Random r) {
    String fraction =
        switch (r.nextInt(5)) {
          case 0 -> "." + "123456789012".substring(0, r.nextInt(12));
          case 1 -> ".5";
          default -> "";
        };
    String zone = r.nextInt(8) == 0 ? "+03:30" : r.nextInt(10) == 0 ? "z" : "Z";
    return "%04d-%02d-%02dT%02d:%02d:%02d%s%s"
        .formatted(
            r.nextInt(10) == 0 ? r.nextInt(10000) : 2020 + r.nextInt(10),
            r.nextInt(14),
            r.nextInt(32),
            r.nextInt(26),
            r.nextInt(61),
            r.nextInt(62),
            fraction,
            zone);
  }

  static String valid(Random r) {
    return java.time.Instant.ofEpochSecond(
            1_700_000_000L + r.nextInt(100_000_000),
            r.nextInt(3) == 0 ? r.nextInt(1_000_000_000) : 0)
        .toString();
  }

  private static String read(String text) {
    try {
      return String.valueOf(LogLine.parse(text, "f", 1));
    } catch (InvalidDataException e) {
      return "refused";
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void random_lines_read_the_same_on_both_paths(long seed) {
    Random r = new Random(seed);
    int fast = 0;
    for (int i = 0; i < 5_000; i++) {
      StringBuilder line = new StringBuilder("{");
      line.append("\"bank\":\"b\",\"card\":").append(r.nextInt(20) == 0 ? "1" : "\"c\"");
      line.append(",\"at\":\"").append(r.nextInt(3) == 0 ? time(r) : valid(r)).append('"');
      if (r.nextInt(4) != 0) {
        line.append(",\"rating\":").append(r.nextBoolean() ? "\"good\"" : "" + r.nextInt(5));
      }
      int more = r.nextInt(5);
      for (int k = 0; k < more; k++) {
        line.append(",\"").append(KEYS[r.nextInt(KEYS.length)]).append("\":").append(value(r));
      }
      line.append(r.nextInt(30) == 0 ? "," : "").append('}');
      String text = line.toString();
      String direct = read(text);
      assertThat(direct).as(text).isEqualTo(read(" " + text));
      fast += direct.equals("refused") ? 0 : 1;
    }
    assertThat(fast).as("lines read, not refused").isGreaterThan(500);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3})
  void times_read_without_a_formatter_are_the_instants_the_formatter_reads(long seed) {
    Random r = new Random(seed);
    for (int i = 0; i < 50_000; i++) {
      String t = time(r);
      java.time.Instant quick = LogLine.utc(t);
      if (quick == null) {
        continue; // the formatter decides
      }
      try {
        assertThat(quick)
            .as(t)
            .isEqualTo(OffsetDateTime.parse(t, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant());
      } catch (DateTimeParseException e) {
        throw new AssertionError(t + " is read quickly but refused by the formatter", e);
      }
    }
  }
}
