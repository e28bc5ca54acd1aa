package app.azmoon.domain.question;

import java.util.Locale;
import java.util.Optional;

/** The kinds of question, named as a bank's {@code type} field names them. */
public enum Kind {
  CHOICE,
  TRUEFALSE,
  TEXT,
  NUMERIC,
  DATE,
  ORDER,
  MATCH,
  CLOZE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Kind> fromCode(String code) {
    for (Kind kind : values()) {
      if (kind.code().equals(code)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
