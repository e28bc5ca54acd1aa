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

  /**
   * Where a value starts: 1-based line and column, and its JSON path. The path of a value read from
   * a file is spelled out only when asked for — that is, when a problem is reported — since a big
   * bank has millions of values and very few problems.
   */
  final class Where {
    private final int line;
    private final int column;
    private final Object path; // a String, or a JsonPath spelled out on demand

    public Where(int line, int column, String path) {
      this(line, column, (Object) path);
    }

    Where(int line, int column, JsonPath path) {
      this(line, column, (Object) path);
    }

    private Where(int line, int column, Object path) {
      this.line = line;
      this.column = column;
      this.path = path;
    }

    public int line() {
      return line;
    }

    public int column() {
      return column;
    }

    public String path() {
      return path.toString();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Where w
          && w.line == line
          && w.column == column
          && w.path().equals(path());
    }

    @Override
    public int hashCode() {
      return 31 * (31 * line + column) + path().hashCode();
    }

    @Override
    public String toString() {
      return "Where[line=" + line + ", column=" + column + ", path=" + path() + "]";
    }
  }

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
