package app.azmoon.store;

import app.azmoon.engine.review.Stats;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.util.Locale;

/** The learner's statistics as JSON, for {@code azmoon stats --json}. */
public final class StatsJson {
  private StatsJson() {}

  public static String of(Stats s, LocalDate today) {
    JsonObject o = new JsonObject();
    JsonObject byState = new JsonObject();
    s.byState().forEach((state, n) -> byState.addProperty(state.code(), n));
    o.add("byState", byState);
    JsonObject due = new JsonObject();
    due.addProperty("today", s.dueToday());
    due.addProperty("tomorrow", s.dueTomorrow());
    due.addProperty("week", s.dueThisWeek());
    o.add("due", due);
    JsonArray forecast = new JsonArray();
    for (int n : s.forecast()) {
      forecast.add(n);
    }
    o.add("forecast", forecast);
    if (s.retention().isPresent()) {
      o.addProperty("retention", s.retention().getAsDouble());
    }
    JsonObject perDay = new JsonObject();
    s.perDay().forEach((day, n) -> perDay.addProperty(day.toString(), n));
    o.add("perDay", perDay);
    o.addProperty("streak", s.streak());
    JsonObject mastery = new JsonObject();
    s.mastery().forEach((tag, share) -> mastery.addProperty(tag.toLowerCase(Locale.ROOT), share));
    o.add("mastery", mastery);
    o.addProperty("today", today.toString());
    return JsonOut.pretty(o);
  }
}
