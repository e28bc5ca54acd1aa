package app.azmoon.i18n;

import app.azmoon.domain.question.Language;
import java.util.Locale;
import java.util.Optional;

/**
 * The calendar dates are shown to a person in: the Solar Hijri one that Iran and Afghanistan live
 * in, by default in the Persian interface, or the Gregorian one. JSON and CSV output keep ISO-8601
 * whatever is chosen.
 */
public enum DateCalendar {
  GREGORIAN,
  PERSIAN;

  /** The environment variable read when {@code --calendar} is not given. */
  public static final String ENV = "AZMOON_CALENDAR";

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The calendar a {@code --calendar} or {@value #ENV} value names: gregorian or persian. */
  public static Optional<DateCalendar> fromCode(String code) {
    for (DateCalendar c : values()) {
      if (c.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** Persian for the Persian interface, Gregorian for the English one. */
  public static DateCalendar defaultFor(Language language) {
    return language == Language.FA ? PERSIAN : GREGORIAN;
  }
}
