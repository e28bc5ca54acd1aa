package app.azmoon.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.schedule.CardState;
import app.azmoon.domain.schedule.Outcomes;
import app.azmoon.domain.schedule.Parameters;
import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Scheduler;
import app.azmoon.text.Layout;
import app.azmoon.text.RtlMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewTextTest {
  private static final ReviewText FA = new ReviewText(new Messages(Language.FA));
  private static final ReviewText EN = new ReviewText(new Messages(Language.EN));

  @Test
  void intervals_have_persian_units_in_the_persian_interface() {
    assertThat(FA.interval(Duration.ofMinutes(10))).isEqualTo("۱۰\u00A0دقیقه");
    assertThat(FA.interval(Duration.ofHours(2))).isEqualTo("۲\u00A0ساعت");
    assertThat(FA.interval(Duration.ofHours(36))).isEqualTo("۱٫۵\u00A0روز");
    assertThat(FA.interval(Duration.ofDays(75))).isEqualTo("۲٫۵\u00A0ماه");
    assertThat(FA.interval(Duration.ofDays(500))).isEqualTo("۱٫۴\u00A0سال");
    assertThat(FA.interval(Duration.ofSeconds(30))).isEqualTo("کمتر از ۱\u00A0دقیقه");
  }

  @Test
  void intervals_keep_their_short_labels_in_english() {
    assertThat(EN.interval(Duration.ofMinutes(10))).isEqualTo("10m");
    assertThat(EN.interval(Duration.ofHours(36))).isEqualTo("1.5d");
    assertThat(EN.interval(Duration.ofSeconds(30))).isEqualTo("<1m");
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  /** The choices after a random history of ratings, a random while after the last one. */
  private static Outcomes outcomes(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Scheduler scheduler = new Scheduler(Parameters.DEFAULT.withFuzz(random.nextBoolean()));
    CardState card = CardState.NEW;
    Instant at = Instant.parse("2026-03-01T09:00:00Z");
    for (int n = random.nextInt(0, 12); n > 0; n--) {
      card = scheduler.review(card, Rating.values()[random.nextInt(4)], at, "c" + seed);
      at = card.due().plusSeconds(random.nextLong(0, 40L * 24 * 3600));
    }
    return scheduler.next(card, at, "c" + seed);
  }

  private static String shown(String line, RtlMode mode) {
    List<String> lines = Layout.lines(line, 200, mode, true);
    assertThat(lines).hasSize(1);
    return lines.get(0).strip();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void each_persian_rating_reads_as_one_unit_from_the_right(long seed) {
    String line = FA.ratings(outcomes(seed));
    assertThat(line).as(line).doesNotContainPattern("[A-Za-z]");
    List<String> parts = Arrays.asList(line.split(" · "));
    assertThat(parts).hasSize(4);
    // Visual mode: the four ratings right to left, each shown as it would be on its own, so no
    // interval is pulled next to another rating.
    List<String> expected = new ArrayList<>();
    for (String part : parts) {
      expected.add(shown(part, RtlMode.VISUAL));
    }
    Collections.reverse(expected);
    assertThat(shown(line, RtlMode.VISUAL)).as(line).isEqualTo(String.join(" · ", expected));
    // Terminal mode needs no help from isolates: the bidi algorithm reads it right as it is.
    assertThat(shown(line, RtlMode.TERMINAL)).isEqualTo(line);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void each_english_rating_reads_as_one_unit_from_the_left(long seed) {
    String line = EN.ratings(outcomes(seed));
    assertThat(line).matches("1 again \\S+ · 2 hard \\S+ · 3 good \\S+ · 4 easy \\S+");
    assertThat(shown(line, RtlMode.VISUAL)).isEqualTo(line);
  }
}
