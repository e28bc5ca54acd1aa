package app.azmoon.engine.review;

import app.azmoon.domain.schedule.CardState;
import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import app.azmoon.domain.schedule.Scheduler;
import app.azmoon.domain.schedule.State;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the learner's history says: cards by state, what falls due when, true retention, how much
 * was studied each day, the streak of study days, and mastery by tag. Days are the learner's own
 * calendar days ({@code zone}).
 *
 * <p>A learner who reviewed on each of the last three days, today included, has a streak of 3.
 */
public record Stats(
    Map<State, Integer> byState,
    int dueToday,
    int dueTomorrow,
    int dueThisWeek,
    int[] forecast,
    OptionalDouble retention,
    Map<LocalDate, Integer> perDay,
    int streak,
    Map<String, Double> mastery) {

  /** Days of forecast, today first. */
  public static final int FORECAST_DAYS = 30;

  /** Only the reviews of {@code deck}'s cards count: another bank's history is not this one's. */
  public static Stats of(
      Deck deck, List<Review> allReviews, Scheduler scheduler, Instant now, ZoneId zone) {
    Set<String> keys = new HashSet<>();
    deck.cards().forEach(c -> keys.add(c.key()));
    List<Review> reviews =
        allReviews.stream().filter(r -> keys.contains(Card.key(r.bank(), r.card()))).toList();
    LocalDate today = now.atZone(zone).toLocalDate();
    Map<State, Integer> byState = new EnumMap<>(State.class);
    int[] forecast = new int[FORECAST_DAYS];
    int dueToday = 0;
    int dueTomorrow = 0;
    int dueWeek = 0;
    Map<String, int[]> tags = new TreeMap<>();
    for (Card card : deck.cards()) {
      CardState s = card.state();
      byState.merge(s.state(), 1, Integer::sum);
      boolean known = s.state() == State.REVIEW && scheduler.retrievability(s, now) >= 0.9;
      for (String tag : card.question().info().tags()) {
        int[] t = tags.computeIfAbsent(tag, k -> new int[2]);
        t[0] += known ? 1 : 0;
        t[1]++;
      }
      if (s.state() == State.NEW) {
        continue;
      }
      // Overdue cards count as due today.
      long days =
          Math.max(
              0,
              java.time.temporal.ChronoUnit.DAYS.between(
                  today, s.due().atZone(zone).toLocalDate()));
      if (days < FORECAST_DAYS) {
        forecast[(int) days]++;
      }
      dueToday += days == 0 ? 1 : 0;
      dueTomorrow += days == 1 ? 1 : 0;
      dueWeek += days < 7 ? 1 : 0;
    }
    Map<LocalDate, Integer> perDay = new TreeMap<>();
    int recalls = 0;
    int reviewsOfKnown = 0;
    Map<String, CardState> replayed = new java.util.HashMap<>();
    for (Review r : reviews) {
      perDay.merge(r.at().atZone(zone).toLocalDate(), 1, Integer::sum);
      String key = Card.key(r.bank(), r.card());
      CardState before = replayed.getOrDefault(key, CardState.NEW);
      // True retention: of the reviews of cards already in review, how many were recalled.
      if (before.state() == State.REVIEW) {
        reviewsOfKnown++;
        recalls += r.rating() == Rating.AGAIN ? 0 : 1;
      }
      replayed.put(key, scheduler.review(before, r.rating(), r.at(), r.card()));
    }
    Set<LocalDate> studied = new HashSet<>(perDay.keySet());
    int streak = 0;
    LocalDate day = studied.contains(today) ? today : today.minusDays(1);
    while (studied.contains(day)) {
      streak++;
      day = day.minusDays(1);
    }
    Map<String, Double> mastery = new TreeMap<>();
    tags.forEach((tag, t) -> mastery.put(tag, (double) t[0] / t[1]));
    return new Stats(
        byState,
        dueToday,
        dueTomorrow,
        dueWeek,
        forecast,
        reviewsOfKnown == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of((double) recalls / reviewsOfKnown),
        perDay,
        streak,
        mastery);
  }

  /** Reviews per day over the last {@code days} days, oldest first. */
  public List<Integer> recent(LocalDate today, int days) {
    List<Integer> out = new ArrayList<>();
    for (int i = days - 1; i >= 0; i--) {
      out.add(perDay.getOrDefault(today.minusDays(i), 0));
    }
    return out;
  }
}
