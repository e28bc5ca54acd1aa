package app.azmoon.domain.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One review of one card, as the review log keeps it: which card (bank id and question id), when,
 * and the rating; optionally what was typed, whether it was right and how long it took.
 *
 * <p>{@code new Review("korean-war", "kw-text-stalin", t, Rating.GOOD, Optional.of("استالین"),
 * Optional.of(true), Optional.of(Duration.ofSeconds(4)))}.
 */
public record Review(
    String bank,
    String card,
    Instant at,
    Rating rating,
    Optional<String> answer,
    Optional<Boolean> correct,
    Optional<Duration> took) {

  public Review {
    Objects.requireNonNull(bank);
    Objects.requireNonNull(card);
    Objects.requireNonNull(at);
    Objects.requireNonNull(rating);
  }

  public static Review of(String bank, String card, Instant at, Rating rating) {
    return new Review(bank, card, at, rating, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
