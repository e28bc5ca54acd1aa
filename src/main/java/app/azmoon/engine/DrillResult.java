package app.azmoon.engine;

import java.util.List;
import java.util.Optional;

/**
 * A drill as run for one student: what was asked (title, seed, banks), by whom, and the session's
 * summary, judged against the pass mark.
 *
 * <p>A summary at 72% with pass 70 has {@code passed()} true.
 */
public record DrillResult(
    Optional<String> title,
    long seed,
    List<String> banks,
    Optional<String> student,
    double pass,
    Summary summary) {

  public DrillResult {
    banks = List.copyOf(banks);
  }

  public boolean passed() {
    return summary.percent() >= pass;
  }
}
