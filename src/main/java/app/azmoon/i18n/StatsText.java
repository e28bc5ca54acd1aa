package app.azmoon.i18n;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.schedule.State;
import app.azmoon.engine.review.Stats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The learner's statistics as lines, with small terminal charts drawn in block characters: a 30-day
 * forecast and a bar per day of recent reviews.
 *
 * <p>A forecast line is eight levels of bars, one column a day: "▁▃█▁▁▂…".
 */
public final class StatsText {
  private static final String LEVELS = " ▁▂▃▄▅▆▇█";
  private static final int RECENT_DAYS = 60;
  private final Messages messages;
  private final Dates dates;

  /** Words in {@code messages}' language, with its own calendar for dates. */
  public StatsText(Messages messages) {
    this(messages, Dates.of(messages.language()));
  }

  public StatsText(Messages messages, Dates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  public List<String> lines(Stats s, LocalDate today) {
    List<String> out = new ArrayList<>();
    out.add(
        messages.get(
            "stats.cards",
            count(s.byState().getOrDefault(State.NEW, 0)),
            count(s.byState().getOrDefault(State.LEARNING, 0)),
            count(s.byState().getOrDefault(State.REVIEW, 0)),
            count(s.byState().getOrDefault(State.RELEARNING, 0))));
    out.add(
        messages.get(
            "stats.due", count(s.dueToday()), count(s.dueTomorrow()), count(s.dueThisWeek())));
    out.add(
        s.retention().isPresent()
            ? messages.get("stats.retention", messages.number(100 * s.retention().getAsDouble()))
            : messages.get("stats.retention.none"));
    out.add(messages.get("stats.streak", count(s.streak())));
    out.add("");
    out.add(
        messages.get(
            "stats.forecast",
            dates.day(today),
            dates.day(today.plusDays(Stats.FORECAST_DAYS - 1L))));
    List<Integer> forecast = new ArrayList<>();
    for (int n : s.forecast()) {
      forecast.add(n);
    }
    out.add(spark(forecast, messages));
    out.add(messages.get("stats.days", count(RECENT_DAYS)));
    out.add(spark(s.recent(today, RECENT_DAYS), messages));
    out.add("");
    out.add(messages.get("stats.mastery"));
    s.mastery()
        .forEach(
            (tag, share) ->
                out.add("  " + messages.get("stats.tag", tag, messages.number(100 * share))));
    return out;
  }

  /** One block character per value, scaled to the largest; a zero is a space. */
  static String spark(List<Integer> values, Messages messages) {
    int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
    StringBuilder out = new StringBuilder("|");
    for (int v : values) {
      int level = v == 0 ? 0 : Math.max(1, (int) Math.round(8.0 * v / max));
      out.append(LEVELS.charAt(level));
    }
    return out.append("| ")
        .append(messages.get("stats.max", Display.digits(max, messages.language())))
        .toString();
  }

  private String count(long n) {
    return Display.digits(n, messages.language());
  }
}
