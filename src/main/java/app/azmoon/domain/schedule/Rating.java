package app.azmoon.domain.schedule;

import java.util.Locale;
import java.util.Optional;

/** How well a card was remembered, as FSRS grades it: 1 again, 2 hard, 3 good, 4 easy. */
public enum Rating {
  AGAIN,
  HARD,
  GOOD,
  EASY;

  /** FSRS's grade number, 1 to 4. */
  public int grade() {
    return ordinal() + 1;
  }

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads "again", "hard", "good", "easy" or 1–4. */
  public static Optional<Rating> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (t.length() == 1 && Character.isDigit(t.charAt(0))) {
      t = String.valueOf(Character.digit(t.charAt(0), 10)); // ۳ and ٣ are 3
    }
    for (Rating r : values()) {
      if (r.code().equals(t) || String.valueOf(r.grade()).equals(t)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
