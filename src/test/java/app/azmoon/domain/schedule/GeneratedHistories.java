package app.azmoon.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded review histories of one card, as a learner might leave them: mostly on time, sometimes
 * early, sometimes weeks late or gone for a year; mostly good, with again, hard and easy mixed in.
 */
final class GeneratedHistories {
  private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  private GeneratedHistories() {}

  static List<Review> history(long seed, Scheduler scheduler, String cardId, int length) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant at = START.plusSeconds(random.nextLong(365L * 86_400));
    CardState card = CardState.NEW;
    List<Review> reviews = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      Rating rating = rating(random);
      reviews.add(Review.of("bank", cardId, at, rating));
      card = scheduler.review(card, rating, at, cardId);
      long due = Math.max(60, Duration.between(at, card.due()).toSeconds());
      long wait = Math.max(60, (long) (due * random.nextDouble(0.1, 2.5)));
      if (random.nextInt(12) == 0) {
        wait += random.nextLong(400L * 86_400);
      }
      at = at.plusSeconds(wait);
    }
    return reviews;
  }

  private static Rating rating(SplittableRandom random) {
    int n = random.nextInt(100);
    if (n < 20) {
      return Rating.AGAIN;
    }
    if (n < 35) {
      return Rating.HARD;
    }
    return n < 85 ? Rating.GOOD : Rating.EASY;
  }
}
