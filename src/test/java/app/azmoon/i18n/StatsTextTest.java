package app.azmoon.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.schedule.State;
import app.azmoon.engine.review.Stats;
import app.azmoon.text.Layout;
import app.azmoon.text.RtlMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The statistics laid out as the stats command prints them, in both languages and both modes. */
class StatsTextTest {
  private static final LocalDate TODAY = LocalDate.parse("2026-12-01");
  private static final Pattern CHART = Pattern.compile("\\|[ ▁▂▃▄▅▆▇█]*\\|");
  private static final List<String> TAGS = List.of("air-war", "dates", "people", "numbers");

  static Stream<Arguments> cases() {
    return LongStream.rangeClosed(1, 40)
        .boxed()
        .flatMap(
            seed ->
                Stream.of(Language.values())
                    .flatMap(l -> Stream.of(RtlMode.values()).map(m -> Arguments.of(seed, l, m))));
  }

  /** Random counts, many of them zero, as a fresh or patchy history gives. */
  private static Stats stats(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] forecast = new int[Stats.FORECAST_DAYS];
    for (int i = 0; i < forecast.length; i++) {
      forecast[i] = random.nextInt(3) == 0 ? random.nextInt(0, 40) : 0;
    }
    Map<LocalDate, Integer> perDay = new TreeMap<>();
    for (int i = 0; i < 60; i++) {
      if (random.nextInt(4) == 0) {
        perDay.put(TODAY.minusDays(i), random.nextInt(1, 50));
      }
    }
    Map<String, Double> mastery = new TreeMap<>();
    TAGS.forEach(t -> mastery.put(t, random.nextInt(0, 101) / 100.0));
    return new Stats(
        Map.of(State.NEW, random.nextInt(100)),
        random.nextInt(10),
        random.nextInt(10),
        random.nextInt(30),
        forecast,
        OptionalDouble.of(random.nextDouble()),
        perDay,
        random.nextInt(20),
        mastery);
  }

  private static List<String> shown(long seed, Language language, RtlMode mode) {
    List<String> lines = new StatsText(new Messages(language)).lines(stats(seed), TODAY);
    return lines.stream().flatMap(l -> Layout.lines(l, 80, mode).stream()).toList();
  }

  @ParameterizedTest
  @MethodSource("cases")
  void the_charts_keep_one_column_a_day(long seed, Language language, RtlMode mode) {
    List<Integer> widths =
        shown(seed, language, mode).stream()
            .flatMap(l -> CHART.matcher(l).results().map(r -> r.group().length() - 2))
            .toList();
    assertThat(widths).containsExactly(Stats.FORECAST_DAYS, 60);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void the_tag_list_keeps_its_indentation_and_each_tag_its_colon(
      long seed, Language language, RtlMode mode) {
    List<String> lines = shown(seed, language, mode);
    for (String tag : TAGS) {
      String line = lines.stream().filter(l -> l.contains(tag)).findFirst().orElseThrow();
      if (mode == RtlMode.VISUAL && language == Language.FA) {
        // Right to left: the indentation at the right edge, the colon on the tag's left.
        assertThat(line).endsWith(tag + "  ").contains(":" + tag).hasSize(80);
      } else {
        assertThat(line.replaceAll("[\u061C\u2066-\u2069]", "")).startsWith("  " + tag + ": ");
      }
    }
  }
}
