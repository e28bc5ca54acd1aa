package app.azmoon.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --now}: an ISO-8601 instant between the years 1970 and 9999. {@link Instant} itself
 * reaches a billion years either way, where dates and forecasts overflow (exit 70 before); and
 * picocli's own message for a typo named Java's classes.
 */
final class InstantOption implements ITypeConverter<Instant> {
  static final Instant EARLIEST = Instant.EPOCH;
  static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

  @Override
  public Instant convert(String value) {
    Instant instant;
    try {
      instant = Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new TypeConversionException(
          "'" + value + "' is not a time such as 2026-12-01T09:00:00Z (ISO-8601, in UTC)");
    }
    if (instant.isBefore(EARLIEST) || instant.isAfter(LATEST)) {
      throw new TypeConversionException(
          "'" + value + "' is out of range: give a time between the years 1970 and 9999");
    }
    return instant;
  }
}
