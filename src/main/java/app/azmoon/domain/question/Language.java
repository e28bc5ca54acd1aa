package app.azmoon.domain.question;

import java.util.Locale;
import java.util.Optional;

/** The languages a bank and the user interface can speak. */
public enum Language {
  FA,
  EN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Language> fromCode(String code) {
    for (Language language : values()) {
      if (language.code().equals(code)) {
        return Optional.of(language);
      }
    }
    return Optional.empty();
  }
}
