package app.azmoon.store;

import app.azmoon.text.Escapes;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * How Azmoon writes JSON: Persian and {@code <>&} left as they are (not as \\u escapes), pretty for
 * files and reports a person may read, one line for line-per-record output; and decimals rounded so
 * a score reads 66.67, not 66.66666666666667.
 *
 * <p>The tree is walked onto a {@link JsonWriter} here, as {@code Gson.toJson} does, with the same
 * settings (nulls in objects left out, two-space indent): building a {@code Gson} to write one line
 * cost a short-lived command tens of milliseconds of reflection and class loading. Control and
 * bidi-control characters are escaped ({@link Escapes#json}): a bank's or a student's text cannot
 * act on whatever shows the JSON.
 */
final class JsonOut {
  private JsonOut() {}

  static String pretty(JsonElement json) {
    return write(json, "  ");
  }

  static String line(JsonElement json) {
    return write(json, "");
  }

  private static String write(JsonElement json, String indent) {
    StringWriter text = new StringWriter();
    try {
      JsonWriter writer = new JsonWriter(text);
      writer.setIndent(indent);
      writer.setHtmlSafe(false);
      writer.setSerializeNulls(false);
      writer.setStrictness(Strictness.LENIENT);
      write(json, writer);
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return Escapes.json(text.toString());
  }

  private static void write(JsonElement json, JsonWriter writer) throws IOException {
    if (json == null || json.isJsonNull()) {
      writer.nullValue();
    } else if (json instanceof JsonPrimitive p) {
      if (p.isNumber()) {
        writer.value(p.getAsNumber());
      } else if (p.isBoolean()) {
        writer.value(p.getAsBoolean());
      } else {
        writer.value(p.getAsString());
      }
    } else if (json instanceof JsonArray array) {
      writer.beginArray();
      for (JsonElement e : array) {
        write(e, writer);
      }
      writer.endArray();
    } else {
      writer.beginObject();
      for (Map.Entry<String, JsonElement> e : ((JsonObject) json).entrySet()) {
        writer.name(e.getKey());
        write(e.getValue(), writer);
      }
      writer.endObject();
    }
  }

  /** {@code value} to at most {@code places} decimals, without trailing zeros (2.0 is 2). */
  static BigDecimal decimal(double value, int places) {
    BigDecimal b =
        BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0) : b;
  }
}
