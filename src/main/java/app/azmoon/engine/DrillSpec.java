package app.azmoon.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A teacher's drill: which banks and questions, in what order, and the pass mark. Every field but
 * the banks may be left to the command line or its defaults.
 *
 * <p>{@code {"format": "azmoon/drill@1", "bank": "korean-war", "tags": ["dates"], "count": 10,
 * "seed": 42, "pass": 70}} is ten date questions, the same ten for everyone, passed at 70%.
 *
 * @param banks bank ids, or bank file paths already resolved against the spec's folder
 * @param source where the spec came from, to name in messages
 */
public record DrillSpec(
    Optional<String> title,
    List<String> banks,
    List<String> tags,
    OptionalInt count,
    OptionalLong seed,
    Optional<Selection.QuestionOrder> order,
    OptionalDouble pass,
    Optional<Duration> timeLimit,
    Optional<Boolean> shuffleOptions,
    String source) {

  public DrillSpec {
    banks = List.copyOf(banks);
    tags = List.copyOf(tags);
    if (banks.isEmpty()) {
      throw new IllegalArgumentException("a drill needs a bank");
    }
  }
}
