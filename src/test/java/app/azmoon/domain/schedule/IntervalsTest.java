package app.azmoon.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntervalsTest {
  @ParameterizedTest(name = "{0} is shown as {1}")
  @CsvSource({
    "PT30S, <1m",
    "PT1M, 1m",
    "PT10M, 10m",
    "PT59M, 59m",
    "PT1H, 1h",
    "PT90M, 1.5h",
    "PT24H, 1d",
    "PT36H, 1.5d",
    "P8D, 8d",
    "P29D, 29d",
    "P30D, 1mo",
    "P75D, 2.5mo",
    "P365D, 1y",
    "P500D, 1.4y",
    "P36500D, 100y",
  })
  void an_interval_is_shown_in_its_largest_whole_unit_with_at_most_one_decimal(
      Duration interval, String label) {
    assertThat(Intervals.format(interval)).isEqualTo(label);
  }
}
