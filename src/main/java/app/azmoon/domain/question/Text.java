package app.azmoon.domain.question;

import java.util.Objects;
import java.util.Optional;

/**
 * A piece of bank text in Persian, English or both; either may be absent but not both.
 *
 * <p>{@code new Text("استالین", "Stalin").in(Language.EN)} is "Stalin"; a text with only Persian
 * answers "استالین" in either language.
 */
public record Text(Optional<String> fa, Optional<String> en) {

  public Text {
    Objects.requireNonNull(fa);
    Objects.requireNonNull(en);
    if (fa.isEmpty() && en.isEmpty()) {
      throw new IllegalArgumentException("a text needs Persian or English");
    }
  }

  public static Text of(Language language, String value) {
    return language == Language.FA
        ? new Text(Optional.of(value), Optional.empty())
        : new Text(Optional.empty(), Optional.of(value));
  }

  /** The text in the wanted language, falling back to the other one. */
  public String in(Language language) {
    Optional<String> wanted = language == Language.FA ? fa : en;
    return wanted.or(() -> language == Language.FA ? en : fa).orElseThrow();
  }
}
