package app.azmoon.domain.schedule;

import java.time.Duration;
import java.util.Locale;

/**
 * Short labels for intervals, for rating keys and tables: minutes, hours, days, then months of 30
 * days and years of 365 with one decimal where it helps.
 *
 * <p>{@code format(Duration.ofMinutes(10))} is "10m", {@code ofHours(36)} "1.5d", {@code ofDays(8)}
 * "8d", {@code ofDays(75)} "2.5mo", {@code ofDays(500)} "1.4y".
 */
public final class Intervals {
  private Intervals() {}

  public static String format(Duration interval) {
    double minutes = interval.toSeconds() / 60.0;
    if (minutes < 1) {
      return "<1m";
    }
    if (minutes < 60) {
      return Math.round(minutes) + "m";
    }
    double hours = minutes / 60;
    if (hours < 24) {
      return oneDecimal(hours) + "h";
    }
    double days = hours / 24;
    if (days < 30) {
      return oneDecimal(days) + "d";
    }
    if (days < 365) {
      return oneDecimal(days / 30) + "mo";
    }
    return oneDecimal(days / 365) + "y";
  }

  // "2.5" but "3", never "3.0": the label is read at a glance.
  private static String oneDecimal(double x) {
    String s = String.format(Locale.ROOT, "%.1f", x);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }
}
