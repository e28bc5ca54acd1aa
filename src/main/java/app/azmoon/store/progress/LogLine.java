package app.azmoon.store.progress;

import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.Problem;
import app.azmoon.store.json.Json;
import app.azmoon.store.json.JsonTreeReader;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One line of {@code reviews.jsonl}, read and written. A review, then its undo:
 *
 * <pre>{@code
 * {"bank":"korean-war","card":"kw-text-stalin","at":"2026-03-01T10:00:00Z","rating":"good","ms":4000}
 * {"bank":"korean-war","card":"kw-text-stalin","at":"2026-03-01T10:00:07Z","undo":true}
 * }</pre>
 *
 * <p>Lines are read the way other tools write them: unknown fields are ignored, {@code at} may
 * carry any offset ({@code +03:30}) and the rating may be a word or 1–4. Most lines take a fast
 * path (Gson's strict streaming reader); a line that fails it is read again by {@link
 * JsonTreeReader}, whose located tree lets the message name the column of the bad value.
 */
final class LogLine {
  /** What a line says: a card was reviewed, or the latest standing review of a card is undone. */
  sealed interface Entry permits Reviewed, Undo {}

  record Reviewed(Review review) implements Entry {}

  record Undo(String bank, String card, Instant at) implements Entry {}

  private static final Set<String> KNOWN =
      Set.of("bank", "card", "at", "rating", "answer", "correct", "ms", "undo");
  private static final BigDecimal MAX_MS = BigDecimal.valueOf(Long.MAX_VALUE);
  private static final Json.Where NOWHERE = new Json.Where(1, 1, "$");
  private static final String TIME_HINT =
      "must be an ISO-8601 time with an offset, such as 2026-03-01T10:00:00Z or"
          + " 2026-03-01T13:30:00+03:30";

  private LogLine() {}

  static String format(Review r) {
    return write(
        w -> {
          w.name("rating").value(r.rating().code());
          if (r.answer().isPresent()) {
            w.name("answer").value(r.answer().get());
          }
          if (r.correct().isPresent()) {
            w.name("correct").value(r.correct().get());
          }
          if (r.took().isPresent()) {
            w.name("ms").value(r.took().get().toMillis());
          }
        },
        r.bank(),
        r.card(),
        r.at());
  }

  static String formatUndo(String bank, String card, Instant at) {
    return write(w -> w.name("undo").value(true), bank, card, at);
  }

  private interface Fields {
    void write(JsonWriter w) throws IOException;
  }

  private static String write(Fields rest, String bank, String card, Instant at) {
    StringWriter out = new StringWriter();
    // JsonWriter escapes control characters and U+2028/U+2029, so a line never breaks in two.
    try (JsonWriter w = new JsonWriter(out)) {
      w.beginObject();
      w.name("bank").value(bank).name("card").value(card).name("at").value(at.toString());
      rest.write(w);
      w.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a string cannot fail", e);
    }
    return out.toString();
  }

  /**
   * Reads one line (without its newline) that is already decoded.
   *
   * @return the entry, or null for a blank line
   * @throws InvalidDataException naming {@code file}, {@code line} and the column
   */
  static Entry parse(String text, String file, long line) {
    if (text.isBlank()) {
      return null;
    }
    Map<String, Json> flat = flat(text);
    if (flat != null) {
      try {
        return build(flat, NOWHERE);
      } catch (LineError e) {
        // read again below, slowly, to say exactly where and what
      }
    } else if (!hasControlCharacter(text)) {
      try {
        return build(fast(text), NOWHERE);
      } catch (IOException | RuntimeException | LineError e) {
        // read again below, slowly, to say exactly where and what
      }
    }
    return slow(text, file, line);
  }

  /**
   * Gson's reader lets raw control characters inside strings by; such lines (and lines with tabs or
   * a Windows line ending, which are fine) go to the slow path, which knows the difference.
   */
  private static boolean hasControlCharacter(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < 0x20) {
        return true;
      }
    }
    return false;
  }

  /**
   * The fastest path, for lines shaped as Azmoon writes them: one flat object, no spaces, only
   * known fields, strings without escapes, whole numbers. Returns null for anything else, which the
   * paths below read (no JsonReader per line here: in a long history that was a fifth of the cost).
   */
  private static Map<String, Json> flat(String text) {
    int n = text.length();
    if (n < 2 || text.charAt(0) != '{' || text.charAt(n - 1) != '}') {
      return null;
    }
    Map<String, Json> fields = new HashMap<>(16);
    int i = 1;
    while (i < n - 1) {
      if (text.charAt(i) != '"') {
        return null;
      }
      int close = plainStringEnd(text, i + 1, n);
      if (close < 0 || close + 1 >= n || text.charAt(close + 1) != ':') {
        return null;
      }
      String name = text.substring(i + 1, close);
      if (!KNOWN.contains(name)) {
        return null;
      }
      i = close + 2;
      Json value;
      char c = i < n ? text.charAt(i) : 0;
      int end;
      if (c == '"') {
        end = plainStringEnd(text, i + 1, n);
        if (end < 0) {
          return null;
        }
        value = new Json.Str(NOWHERE, text.substring(i + 1, end));
        end++;
      } else if (c == '-' || (c >= '0' && c <= '9')) {
        end = i + (c == '-' ? 1 : 0);
        int digits = end;
        while (end < n && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
          end++;
        }
        int count = end - digits;
        if (count == 0 || count > 18 || (count > 1 && text.charAt(digits) == '0')) {
          return null;
        }
        value = new Json.Num(NOWHERE, BigDecimal.valueOf(Long.parseLong(text, i, end, 10)));
      } else if (text.startsWith("true", i)) {
        value = new Json.Bool(NOWHERE, true);
        end = i + 4;
      } else if (text.startsWith("false", i)) {
        value = new Json.Bool(NOWHERE, false);
        end = i + 5;
      } else if (text.startsWith("null", i)) {
        value = new Json.Null(NOWHERE);
        end = i + 4;
      } else {
        return null;
      }
      if (fields.put(name, value) != null) {
        return null;
      }
      if (end == n - 1) {
        return fields;
      }
      if (text.charAt(end) != ',') {
        return null;
      }
      i = end + 1;
    }
    return null;
  }

  /** Where a string with no escapes and no control characters ends (its quote), or -1. */
  private static int plainStringEnd(String text, int from, int n) {
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }

  /** Reads a flat object: known fields into values, anything else skipped unread. */
  private static Map<String, Json> fast(String text) throws IOException {
    JsonReader r = new JsonReader(new StringReader(text));
    r.setStrictness(Strictness.STRICT);
    r.setNestingLimit(JsonTreeReader.NESTING_LIMIT);
    Map<String, Json> fields = new HashMap<>();
    r.beginObject();
    while (r.hasNext()) {
      String name = r.nextName();
      if (!KNOWN.contains(name)) {
        r.skipValue();
        continue;
      }
      JsonToken token = r.peek();
      Json value =
          switch (token) {
            case STRING -> new Json.Str(NOWHERE, r.nextString());
            case NUMBER -> new Json.Num(NOWHERE, new BigDecimal(r.nextString()));
            case BOOLEAN -> new Json.Bool(NOWHERE, r.nextBoolean());
            case NULL -> nullValue(r);
            default -> throw new IllegalStateException("a nested value");
          };
      if (fields.put(name, value) != null) {
        throw new IllegalStateException("a duplicate key");
      }
    }
    r.endObject();
    if (r.peek() != JsonToken.END_DOCUMENT) {
      throw new IllegalStateException("trailing data");
    }
    return fields;
  }

  private static Json nullValue(JsonReader r) throws IOException {
    r.nextNull();
    return new Json.Null(NOWHERE);
  }

  private static Entry slow(String text, String file, long line) {
    List<Problem> problems = new ArrayList<>();
    Json root;
    try {
      root = JsonTreeReader.read(file, text, problems);
    } catch (InvalidDataException e) {
      throw relocated(e.problems().get(0), line);
    }
    for (Problem p : problems) {
      // Duplicates inside fields Azmoon does not read are the other tool's business.
      if (p.path().startsWith("$.") && KNOWN.contains(p.path().substring(2))) {
        throw relocated(p, line);
      }
    }
    if (!(root instanceof Json.Obj obj)) {
      throw located(
          file, line, root.where(), "a review line must be a JSON object, not " + root.describe());
    }
    Map<String, Json> fields = new HashMap<>();
    obj.members().forEach((name, member) -> fields.put(name, member.value()));
    try {
      return build(fields, obj.where());
    } catch (LineError e) {
      throw located(file, line, e.where, e.getMessage());
    }
  }

  private static Entry build(Map<String, Json> f, Json.Where object) throws LineError {
    String bank = name(f, "bank", object);
    String card = name(f, "card", object);
    Instant at = time(required(f, "at", object));
    Json undo = f.get("undo");
    if (undo != null && !(undo instanceof Json.Null)) {
      if (!(undo instanceof Json.Bool b)) {
        throw new LineError(undo.where(), "\"undo\" must be true or false, not " + undo.describe());
      }
      if (b.value()) {
        return new Undo(bank, card, at);
      }
    }
    Rating rating = rating(required(f, "rating", object));
    Optional<String> answer = optional(f, "answer", Json.Str.class).map(Json.Str::value);
    Optional<Boolean> correct = optional(f, "correct", Json.Bool.class).map(Json.Bool::value);
    Optional<Json.Num> ms = optional(f, "ms", Json.Num.class);
    Optional<Duration> took = Optional.empty();
    if (ms.isPresent()) {
      BigDecimal value = ms.get().value();
      if (value.signum() < 0 || value.compareTo(MAX_MS) > 0) {
        throw new LineError(
            ms.get().where(), "\"ms\" must be a whole number of milliseconds, 0 or more");
      }
      took = Optional.of(Duration.ofMillis(value.longValue()));
    }
    return new Reviewed(new Review(bank, card, at, rating, answer, correct, took));
  }

  private static Json required(Map<String, Json> f, String name, Json.Where object)
      throws LineError {
    Json value = f.get(name);
    if (value == null) {
      throw new LineError(object, "the field \"" + name + "\" is missing");
    }
    return value;
  }

  private static String name(Map<String, Json> f, String field, Json.Where object)
      throws LineError {
    Json value = required(f, field, object);
    if (!(value instanceof Json.Str s) || s.value().isBlank()) {
      throw new LineError(
          value.where(), "\"" + field + "\" must be a non-empty string, not " + value.describe());
    }
    return s.value();
  }

  private static Instant time(Json value) throws LineError {
    if (value instanceof Json.Str s) {
      Instant utc = utc(s.value());
      if (utc != null) {
        return utc;
      }
      try {
        return OffsetDateTime.parse(s.value(), DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
      } catch (DateTimeParseException e) {
        throw new LineError(value.where(), "\"at\" " + TIME_HINT + ", not \"" + s.value() + "\"");
      }
    }
    throw new LineError(value.where(), "\"at\" " + TIME_HINT + ", not " + value.describe());
  }

  /**
   * {@code 2026-03-01T10:00:00Z} or with a fraction, as Azmoon writes it, read without a formatter
   * (in a long history that parse was a sixth of the cost); null for any other shape, or a field
   * out of range, which the formatter then reads or rejects.
   */
  static Instant utc(String t) {
    int n = t.length();
    if (n < 20
        || t.charAt(n - 1) != 'Z'
        || t.charAt(4) != '-'
        || t.charAt(7) != '-'
        || t.charAt(10) != 'T'
        || t.charAt(13) != ':'
        || t.charAt(16) != ':') {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int digits = n - 21;
      if (t.charAt(19) != '.' || digits < 1 || digits > 9) {
        return null;
      }
      int fraction = digits(t, 20, n - 1);
      if (fraction < 0) {
        return null;
      }
      nanos = fraction * (int) Math.pow(10, 9 - digits);
    }
    int year = digits(t, 0, 4);
    int month = digits(t, 5, 7);
    int day = digits(t, 8, 10);
    int hour = digits(t, 11, 13);
    int minute = digits(t, 14, 16);
    int second = digits(t, 17, 19);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    try {
      return java.time.LocalDateTime.of(year, month, day, hour, minute, second, nanos)
          .toInstant(java.time.ZoneOffset.UTC);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  /** The decimal number in [from, to), or -1 if any character is not an ASCII digit. */
  private static int digits(String t, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static Rating rating(Json value) throws LineError {
    Optional<Rating> rating = Optional.empty();
    if (value instanceof Json.Str s) {
      rating = Rating.parse(s.value());
    } else if (value instanceof Json.Num n && isWhole(n.value())) {
      rating = Rating.parse(n.value().toBigInteger().toString());
    }
    return rating.orElseThrow(
        () -> new LineError(value.where(), "\"rating\" must be again, hard, good, easy or 1–4"));
  }

  private static <T extends Json> Optional<T> optional(
      Map<String, Json> f, String name, Class<T> kind) throws LineError {
    Json value = f.get(name);
    if (value == null || value instanceof Json.Null) {
      return Optional.empty();
    }
    if (!kind.isInstance(value) || (value instanceof Json.Num n && !isWhole(n.value()))) {
      String wanted =
          kind == Json.Str.class
              ? "a string"
              : kind == Json.Bool.class ? "true or false" : "a whole number";
      throw new LineError(
          value.where(), "\"" + name + "\" must be " + wanted + ", not " + value.describe());
    }
    return Optional.of(kind.cast(value));
  }

  private static boolean isWhole(BigDecimal n) {
    return n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
  }

  private static InvalidDataException relocated(Problem p, long line) {
    return new InvalidDataException(
        new Problem(p.file(), clamp(line), Math.max(1, p.column()), p.path(), p.message()));
  }

  private static InvalidDataException located(
      String file, long line, Json.Where at, String message) {
    return new InvalidDataException(
        new Problem(file, clamp(line), at.column(), at.path(), message));
  }

  static int clamp(long line) {
    return (int) Math.min(Integer.MAX_VALUE, line);
  }

  /** A field's value is wrong; {@code where} is the value's place, or the object's when missing. */
  private static final class LineError extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Json.Where where;

    LineError(Json.Where where, String message) {
      super(message, null, false, false);
      this.where = where;
    }
  }
}
