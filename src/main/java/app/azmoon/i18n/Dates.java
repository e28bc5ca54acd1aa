package app.azmoon.i18n;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.answer.MonthNames;
import app.azmoon.domain.calendar.SolarDate;
import app.azmoon.domain.question.Language;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Dates and times as a person reads them, the one place they are formatted for display: in the
 * Solar Hijri calendar with Iran's month names («۱۰ آذر ۱۴۰۵، ۱۴:۳۰», "10 Azar 1405, 14:30"), or in
 * the Gregorian one as ISO-like digits ("2026-12-01 14:30"), always in the interface's digits and
 * in {@code zone}.
 *
 * <p>Machine output (JSON, CSV, the review script's acknowledgements) does not come here: it stays
 * ISO-8601.
 */
public final class Dates {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private final Language language;
  private final DateCalendar calendar;
  private final ZoneId zone;

  public Dates(Language language, DateCalendar calendar, ZoneId zone) {
    this.language = language;
    this.calendar = calendar;
    this.zone = zone;
  }

  /** The language's default calendar, in the system's time zone. */
  public static Dates of(Language language) {
    return new Dates(language, DateCalendar.defaultFor(language), ZoneId.systemDefault());
  }

  /** A day: «۱۰ آذر ۱۴۰۵», "10 Azar 1405" or "2026-12-01". */
  public String day(LocalDate date) {
    if (calendar == DateCalendar.GREGORIAN) {
      return Display.digits(DAY.format(date), language);
    }
    SolarDate solar = SolarDate.of(date);
    return Display.digits(solar.day(), language)
        + " "
        + MonthNames.solarDisplay(solar.month(), language)
        + " "
        + Display.digits(solar.year(), language);
  }

  /** A moment in {@code zone}, to the minute: «۱۰ آذر ۱۴۰۵، ۱۴:۳۰» or "2026-12-01 14:30". */
  public String moment(Instant instant) {
    ZonedDateTime local = instant.atZone(zone);
    String separator =
        calendar == DateCalendar.GREGORIAN ? " " : language == Language.FA ? "، " : ", ";
    return day(local.toLocalDate()) + separator + Display.digits(TIME.format(local), language);
  }
}
