package app.azmoon.store;

import app.azmoon.text.Escapes;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How Azmoon writes JSON: Persian and {@code <>&} left as they are (not as \\u escapes), pretty for
 * files and reports a person may read, one line for line-per-record output; and decimals rounded so
 * a score reads 66.67, not 66.66666666666667. Control and bidi-control characters are escaped
 * ({@link Escapes#json}): a bank's or a student's text cannot act on whatever shows the JSON.
 */
final class JsonOut {
  private static final Gson PRETTY =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  private static final Gson LINE = new GsonBuilder().disableHtmlEscaping().create();

  private JsonOut() {}

  static String pretty(JsonElement json) {
    return Escapes.json(PRETTY.toJson(json));
  }

  static String line(JsonElement json) {
    return Escapes.json(LINE.toJson(json));
  }

  /** {@code value} to at most {@code places} decimals, without trailing zeros (2.0 is 2). */
  static BigDecimal decimal(double value, int places) {
    BigDecimal b =
        BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0) : b;
  }
}
