package app.azmoon.store.json;

import app.azmoon.store.InvalidDataException;
import app.azmoon.store.Problem;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads strict JSON text into a located {@link Json} tree with Gson's streaming reader.
 *
 * <p>Gson tokenizes; this class adds what Gson leaves out: duplicate keys, raw control characters
 * inside strings, and messages that name line, column and path. Syntax errors stop the reading;
 * duplicate keys are collected in {@code problems} and reading goes on.
 */
public final class JsonTreeReader {
  /** Deep enough for any bank (about 6 levels), shallow enough to stop hostile input early. */
  public static final int NESTING_LIMIT = 32;

  private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+)");
  private static final int MAX_PATH_SHOWN = 80;

  private final String file;
  private final String text;
  private final int[] lineStarts;
  private final List<Problem> problems;

  private JsonTreeReader(String file, String text, List<Problem> problems) {
    this.file = file;
    this.text = text;
    this.lineStarts = lineStarts(text);
    this.problems = problems;
  }

  /**
   * Parses {@code text}, adding non-fatal problems (duplicate keys) to {@code problems}.
   *
   * @throws InvalidDataException when the text is not one well-formed JSON value
   */
  public static Json read(String file, String text, List<Problem> problems) {
    // The scanner reads well-formed text in one pass; on anything else, this reader takes over
    // and words the problem as it always has.
    return JsonScanner.scan(file, text, problems).orElseGet(() -> readByGson(file, text, problems));
  }

  /** Receives a document's big list one item at a time: see {@link #stream}. */
  public interface ListSink {
    /** The root object's members before the list, and the list where it stands, without items. */
    void begin(Json.Obj before, Json.Arr list);

    /** The list's next item, read in full; it is not kept once this returns. */
    void item(Json item);

    /** The list ended after {@code count} items. */
    void end(int count);
  }

  /**
   * Reads {@code text} without ever holding its whole tree, when it is plainly valid JSON whose
   * root object's last member is the list {@code list}: {@code sink} gets the members before it,
   * then the items one by one. Duplicate keys go to {@code problems} as they are met. False, after
   * any number of calls to {@code sink}, for other text: {@link #read} then reads it whole and
   * words its problems; whatever {@code sink} and {@code problems} got must be dropped.
   */
  public static boolean stream(
      String file, char[] text, List<Problem> problems, String list, ListSink sink) {
    return JsonScanner.stream(file, text, problems, list, sink);
  }

  /** The reading that words every problem: Gson's tokens, located by this class. */
  static Json readByGson(String file, String text, List<Problem> problems) {
    return new JsonTreeReader(file, text, problems).readDocument();
  }

  private Json readDocument() {
    if (text.isBlank()) {
      throw new InvalidDataException(Problem.ofFile(file, "the file is empty"));
    }
    rejectRawControlCharacters();
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    reader.setNestingLimit(NESTING_LIMIT);
    int rootEnd = -1;
    try {
      Json root = readValue(reader, 0, "$");
      rootEnd = position(reader);
      if (reader.peek() != JsonToken.END_DOCUMENT) {
        throw new MalformedJsonException("trailing data" + reader);
      }
      return root;
    } catch (MalformedJsonException | IllegalStateException | NumberFormatException e) {
      if (rootEnd >= 0) {
        int at = rootEnd;
        while (at < text.length() - 1 && Character.isWhitespace(text.charAt(at))) {
          at++;
        }
        int line = lineOf(at);
        throw new InvalidDataException(
            new Problem(
                file,
                line,
                at - lineStarts[line - 1] + 1,
                "",
                "unexpected data after the end of the JSON value"));
      }
      throw new InvalidDataException(syntaxProblem(e.getMessage(), reader));
    } catch (java.io.EOFException e) {
      int line = lineStarts.length;
      return fail(
          new Problem(
              file,
              line,
              text.length() - lineStarts[line - 1] + 1,
              cap(reader.getPath()),
              "the JSON ends too early: a bracket or brace is not closed"));
    } catch (IOException e) {
      throw new IllegalStateException("reading from a string cannot fail", e);
    }
  }

  private static Json fail(Problem problem) {
    throw new InvalidDataException(problem);
  }

  private Json readValue(JsonReader reader, int before, String path) throws IOException {
    Json.Where where = where(before, path);
    switch (reader.peek()) {
      case BEGIN_OBJECT -> {
        reader.beginObject();
        Map<String, Json.Member> members = new LinkedHashMap<>();
        while (true) {
          int beforeName = position(reader);
          if (!reader.hasNext()) {
            break;
          }
          String name = reader.nextName();
          String memberPath = memberPath(path, name);
          Json.Where nameWhere = where(beforeName, memberPath);
          Json value = readValue(reader, position(reader), memberPath);
          Json.Member previous = members.get(name);
          if (previous != null) {
            problems.add(
                new Problem(
                    file,
                    nameWhere.line(),
                    nameWhere.column(),
                    memberPath,
                    "duplicate key \""
                        + name
                        + "\" (first at line "
                        + previous.where().line()
                        + ")"));
          } else {
            members.put(name, new Json.Member(name, nameWhere, value));
          }
        }
        reader.endObject();
        return new Json.Obj(where, members);
      }
      case BEGIN_ARRAY -> {
        reader.beginArray();
        List<Json> items = new ArrayList<>();
        while (true) {
          int beforeItem = position(reader);
          if (!reader.hasNext()) {
            break;
          }
          items.add(readValue(reader, beforeItem, path + "[" + items.size() + "]"));
        }
        reader.endArray();
        return new Json.Arr(where, items);
      }
      case STRING -> {
        return new Json.Str(where, reader.nextString());
      }
      case NUMBER -> {
        return new Json.Num(where, new BigDecimal(reader.nextString()));
      }
      case BOOLEAN -> {
        return new Json.Bool(where, reader.nextBoolean());
      }
      case NULL -> {
        reader.nextNull();
        return new Json.Null(where);
      }
      default -> throw new MalformedJsonException("unexpected " + reader.peek() + reader);
    }
  }

  /** Strings may not hold raw control characters (tab and newline included); Gson lets them by. */
  private void rejectRawControlCharacters() {
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        } else if (c < 0x20) {
          int line = lineOf(i);
          throw new InvalidDataException(
              new Problem(
                  file,
                  line,
                  i - lineStarts[line - 1] + 1,
                  "",
                  String.format(
                      "a raw control character U+%04X inside a string (write it escaped, e.g. \\n)",
                      (int) c)));
        }
      } else if (c == '"') {
        inString = true;
      }
    }
  }

  private Problem syntaxProblem(String gsonMessage, JsonReader reader) {
    String message = gsonMessage == null ? "" : gsonMessage;
    int index = position(reader);
    if (message.startsWith("Nesting limit")) {
      return new Problem(
          file,
          lineOf(index),
          index - lineStarts[lineOf(index) - 1] + 1,
          cap(reader.getPath()),
          "nested deeper than " + NESTING_LIMIT + " levels");
    }
    Matcher m = LOCATION.matcher(message);
    if (m.find()) {
      int line = Integer.parseInt(m.group(1));
      index =
          Math.min(
              text.length(),
              lineStarts[Math.min(line, lineStarts.length) - 1] + Integer.parseInt(m.group(2)) - 1);
    }
    // Gson reports the offending character's position, or the one just past it; step back when
    // the character before is not a separator, whitespace or an opening bracket.
    int at = Math.min(index, text.length());
    if (at > 0 && " \t\r\n:,[{".indexOf(text.charAt(at - 1)) < 0) {
      at--;
    }
    int line = lineOf(at);
    return new Problem(
        file,
        line,
        at - lineStarts[line - 1] + 1,
        cap(reader.getPath()),
        describeSyntax(message, at));
  }

  private String describeSyntax(String message, int at) {
    if (message.contains("surrogate")) {
      return "an unpaired surrogate escape (\\uD800–\\uDFFF must come in pairs)";
    }
    if (at >= text.length() || message.startsWith("Unterminated string")) {
      return "the JSON ends too early (" + firstSentence(message) + ")";
    }
    char c = text.charAt(at);
    String hint =
        switch (c) {
          case '/', '#' -> " (comments are not allowed in JSON)";
          case '\'' -> " (JSON strings use double quotes)";
          case 'N', 'I' -> " (NaN and Infinity are not JSON numbers)";
          case ',', '}', ']' -> message.startsWith("Expected name") ? " (a trailing comma?)" : "";
          default -> message.startsWith("Unterminated") ? " (a missing comma?)" : "";
        };
    return "invalid JSON: unexpected '" + c + "'" + hint;
  }

  static String memberPath(String path, String name) {
    return path + (isIdentifier(name) ? "." + name : "[\"" + name + "\"]");
  }

  /** {@code [A-Za-z_][A-Za-z0-9_]*}: a name a path can give after a dot. */
  private static boolean isIdentifier(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
      if (!letter && (i == 0 || c < '0' || c > '9')) {
        return false;
      }
    }
    return !name.isEmpty();
  }

  private static String firstSentence(String message) {
    int cut = message.indexOf(" at line ");
    return (cut < 0 ? message : message.substring(0, cut)).strip();
  }

  private static String cap(String path) {
    return path.length() <= MAX_PATH_SHOWN ? path : path.substring(0, MAX_PATH_SHOWN) + "…";
  }

  private Json.Where where(int before, String path) {
    int start = skipSpace(before);
    int line = lineOf(start);
    return new Json.Where(line, start - lineStarts[line - 1] + 1, path);
  }

  /** Skips whitespace and the separators Gson has not yet consumed. */
  private int skipSpace(int index) {
    int i = index;
    while (i < text.length() && " \t\r\n,:".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  /** The reader's position as an index into {@code text}, read from its location string. */
  private int position(JsonReader reader) {
    Matcher m = LOCATION.matcher(reader.toString());
    if (!m.find()) {
      return 0;
    }
    int line = Math.min(Integer.parseInt(m.group(1)), lineStarts.length);
    return Math.min(text.length(), lineStarts[line - 1] + Integer.parseInt(m.group(2)) - 1);
  }

  private int lineOf(int index) {
    int found = Arrays.binarySearch(lineStarts, index);
    return found >= 0 ? found + 1 : -found - 1;
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
