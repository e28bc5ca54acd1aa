package app.azmoon.store.progress;

import static app.azmoon.store.progress.ReviewLogTest.CLOCK;
import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.schedule.Review;
import java.io.BufferedReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A writer killed with SIGKILL at a random moment loses no review it reported saved, and the next
 * session opens the log cleanly (setting aside a torn line if the kill cut one).
 */
@Timeout(300)
class KillTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13})
  void every_review_reported_saved_survives_kill_9(long seed) throws Exception {
    Random random = new Random(seed);
    for (int round = 0; round < 3; round++) {
      String bank = "round-" + round;
      Process child = ProgressChild.start("", "append", dir.toString(), bank);
      BufferedReader out = ProgressChild.output(child);
      int acknowledged = 0;
      int stopAfter = 1 + random.nextInt(300);
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        assertThat(line).isEqualTo("saved " + acknowledged);
        if (++acknowledged == stopAfter) {
          break;
        }
      }
      child.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
        List<String> cards =
            log.read().reviews().stream()
                .filter(r -> r.bank().equals(bank))
                .map(Review::card)
                .toList();
        // the child may have saved more than we read before the kill, never fewer, never out of
        // order
        assertThat(cards.size()).isGreaterThanOrEqualTo(acknowledged);
        assertThat(cards)
            .isEqualTo(IntStream.range(0, cards.size()).mapToObj(i -> "c-" + i).toList());
      }
    }
  }
}
