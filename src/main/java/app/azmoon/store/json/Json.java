package app.azmoon.store.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it stood in its file, so every problem found later can name the
 * line, column and path.
 *
 * <p>In {@code {"id": "kw-1"}} the string {@code "kw-1"} is a {@link Str} at line 1, column 8, path
 * {@code $.id}.
 */
public sealed interface Json {

  /** Where a value starts: 1-based line and column, and its JSON path. */
  record Where(int line, int column, String path) {}

  Where where();

  /** How this kind of value is named in messages: "an object", "a string"… */
  String describe();

  record Obj(Where where, Map<String, Member> members) implements Json {
    public String describe() {
      return "an object";
    }
  }

  /** A key of an object, where the key itself stands, and its value. */
  record Member(String name, Where where, Json value) {}

  record Arr(Where where, List<Json> items) implements Json {
    public String describe() {
      return "a list";
    }
  }

  record Str(Where where, String value) implements Json {
    public String describe() {
      return "a string";
    }
  }

  record Num(Where where, BigDecimal value) implements Json {
    public String describe() {
      return "a number";
    }
  }

  record Bool(Where where, boolean value) implements Json {
    public String describe() {
      return value ? "true" : "false";
    }
  }

  record Null(Where where) implements Json {
    public String describe() {
      return "null";
    }
  }
}
