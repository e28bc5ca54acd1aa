package app.azmoon.store.json;

import app.azmoon.store.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fast path of {@link JsonTreeReader}: one pass over well-formed JSON that tracks line and
 * column itself, as Gson's reader plus a regex over its location per token did (a third of the time
 * of validating a big bank).
 *
 * <p>It reads only what is plainly valid strict JSON and gives up on anything else — a syntax
 * error, an escaped surrogate, deep nesting, a top level that is not an object or a list — leaving
 * the text to the Gson-based reader, which then finds the same tree or words the error exactly as
 * it always has. So a file it accepts is one Gson's strict reader accepts, with the same values
 * located at the same line, column and path.
 */
final class JsonScanner {
  /** Short of {@link JsonTreeReader#NESTING_LIMIT}: the Gson reader words what goes deeper. */
  private static final int MAX_DEPTH = JsonTreeReader.NESTING_LIMIT - 2;

  /** Thrown where the text is not plainly valid: the Gson-based reader takes over. */
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final GiveUp INSTANCE = new GiveUp();

    private GiveUp() {
      super(null, null, false, false);
    }
  }

  private final String file;
  private final char[]
      text; // an array, not a String: cheaper to index, and a big bank needs no copy
  private final int length;
  private final List<Problem> duplicates;
  private final String[] names = new String[256];
  private int pos;
  private int line = 1;
  private int lineStart;

  private JsonScanner(String file, char[] text, List<Problem> duplicates) {
    this.file = file;
    this.text = text;
    this.length = text.length;
    this.duplicates = duplicates;
  }

  /**
   * The tree of {@code text}, its duplicate keys added to {@code problems}; empty, with nothing
   * added, when the text is not plainly valid.
   */
  static Optional<Json> scan(String file, String text, List<Problem> problems) {
    JsonScanner scanner = new JsonScanner(file, text.toCharArray(), new ArrayList<>());
    try {
      scanner.skipSpace();
      char first = scanner.peek();
      if (first != '{' && first != '[') {
        return Optional.empty();
      }
      Json root = scanner.value(JsonPath.ROOT, 0);
      scanner.skipSpace();
      if (scanner.pos != scanner.length) {
        return Optional.empty();
      }
      problems.addAll(scanner.duplicates);
      return Optional.of(root);
    } catch (GiveUp | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Streams {@code text} as {@link JsonTreeReader#stream} describes, adding duplicate keys to
   * {@code problems} as they are met; false when the text is not plainly valid or not of that
   * shape.
   */
  static boolean stream(
      String file, char[] text, List<Problem> problems, String list, JsonTreeReader.ListSink sink) {
    JsonScanner scanner = new JsonScanner(file, text, problems);
    try {
      return scanner.streamRoot(list, sink);
    } catch (GiveUp | NumberFormatException e) {
      return false;
    }
  }

  /** The root object's members up to {@code list}, then that list's items one at a time. */
  private boolean streamRoot(String list, JsonTreeReader.ListSink sink) {
    skipSpace();
    if (peek() != '{') {
      return false;
    }
    Json.Where where = new Json.Where(line, pos - lineStart + 1, JsonPath.ROOT);
    pos++;
    Map<String, Json.Member> members = new LinkedHashMap<>();
    skipSpace();
    while (peek() == '"') {
      int nameLine = line;
      int nameColumn = pos - lineStart + 1;
      String name = name(string());
      JsonPath memberPath = JsonPath.ROOT.member(name);
      skipSpace();
      expect(':');
      skipSpace();
      if (name.equals(list) && peek() == '[' && !members.containsKey(name)) {
        Json.Where listWhere = new Json.Where(line, pos - lineStart + 1, memberPath);
        sink.begin(new Json.Obj(where, members), new Json.Arr(listWhere, List.of()));
        items(memberPath, sink);
        // The list must end the object: a member after it could change how its items read.
        skipSpace();
        expect('}');
        skipSpace();
        return pos == length;
      }
      member(members, name, nameLine, nameColumn, memberPath, value(memberPath, 1));
      skipSpace();
      if (peek() != ',') {
        return false;
      }
      pos++;
      skipSpace();
    }
    return false;
  }

  /** Hands each item of the list at {@code path} to {@code sink}, keeping none. */
  private void items(JsonPath path, JsonTreeReader.ListSink sink) {
    pos++;
    skipSpace();
    int count = 0;
    while (peek() != ']') {
      if (count > 0) {
        expect(',');
        skipSpace();
      }
      sink.item(value(path.item(count), 2));
      count++;
      skipSpace();
    }
    pos++;
    sink.end(count);
  }

  private Json value(JsonPath path, int depth) {
    Json.Where where = new Json.Where(line, pos - lineStart + 1, path);
    char c = peek();
    switch (c) {
      case '{':
        return object(where, path, depth + 1);
      case '[':
        return array(where, path, depth + 1);
      case '"':
        return new Json.Str(where, string());
      case 't':
        keyword("true");
        return new Json.Bool(where, true);
      case 'f':
        keyword("false");
        return new Json.Bool(where, false);
      case 'n':
        keyword("null");
        return new Json.Null(where);
      default:
        return new Json.Num(where, number());
    }
  }

  private Json object(Json.Where where, JsonPath path, int depth) {
    if (depth > MAX_DEPTH) {
      throw GiveUp.INSTANCE;
    }
    pos++;
    // Most objects are a translated text, {"fa": …, "en": …}: room for those two at first.
    Map<String, Json.Member> members = new LinkedHashMap<>(4);
    skipSpace();
    if (peek() == '}') {
      pos++;
      return new Json.Obj(where, members);
    }
    while (true) {
      if (peek() != '"') {
        throw GiveUp.INSTANCE;
      }
      int nameLine = line;
      int nameColumn = pos - lineStart + 1;
      String name = name(string());
      JsonPath memberPath = path.member(name);
      skipSpace();
      expect(':');
      skipSpace();
      member(members, name, nameLine, nameColumn, memberPath, value(memberPath, depth));
      skipSpace();
      char next = peek();
      pos++;
      if (next == '}') {
        return new Json.Obj(where, members);
      }
      if (next != ',') {
        throw GiveUp.INSTANCE;
      }
      skipSpace();
    }
  }

  /** Adds a member read at line and column, or reports it as a duplicate key. */
  private void member(
      Map<String, Json.Member> members,
      String name,
      int nameLine,
      int nameColumn,
      JsonPath memberPath,
      Json value) {
    Json.Member previous = members.get(name);
    if (previous != null) {
      duplicates.add(
          new Problem(
              file,
              nameLine,
              nameColumn,
              memberPath.toString(),
              "duplicate key \"" + name + "\" (first at line " + previous.where().line() + ")"));
    } else {
      members.put(
          name, new Json.Member(name, new Json.Where(nameLine, nameColumn, memberPath), value));
    }
  }

  private Json array(Json.Where where, JsonPath path, int depth) {
    if (depth > MAX_DEPTH) {
      throw GiveUp.INSTANCE;
    }
    pos++;
    List<Json> items = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      return new Json.Arr(where, items);
    }
    while (true) {
      items.add(value(path.item(items.size()), depth));
      skipSpace();
      char next = peek();
      pos++;
      if (next == ']') {
        return new Json.Arr(where, items);
      }
      if (next != ',') {
        throw GiveUp.INSTANCE;
      }
      skipSpace();
    }
  }

  /** A string from its opening quote; escapes decoded, raw control characters refused. */
  private String string() {
    int start = ++pos;
    while (pos < length) {
      char c = text[pos];
      if (c == '"') {
        return new String(text, start, pos++ - start);
      }
      if (c == '\\') {
        return escaped(start);
      }
      if (c < 0x20) {
        throw GiveUp.INSTANCE;
      }
      pos++;
    }
    throw GiveUp.INSTANCE;
  }

  private String escaped(int start) {
    StringBuilder out = new StringBuilder(pos - start + 16).append(text, start, pos - start);
    while (pos < length) {
      char c = text[pos++];
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw GiveUp.INSTANCE;
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= length) {
        throw GiveUp.INSTANCE;
      }
      char e = text[pos++];
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicodeEscape());
        default -> throw GiveUp.INSTANCE;
      }
    }
    throw GiveUp.INSTANCE;
  }

  /** The four hex digits of a unicode escape; a surrogate is left to Gson, which checks pairing. */
  private char unicodeEscape() {
    if (pos + 4 > length) {
      throw GiveUp.INSTANCE;
    }
    int value = 0;
    for (int i = 0; i < 4; i++) {
      char c = text[pos++];
      int digit =
          c >= '0' && c <= '9'
              ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
      if (digit < 0) {
        throw GiveUp.INSTANCE;
      }
      value = value * 16 + digit;
    }
    if (Character.isSurrogate((char) value)) {
      throw GiveUp.INSTANCE;
    }
    return (char) value;
  }

  /** Member names repeat (every question has an "id"): one string for each, not one per use. */
  private String name(String read) {
    int slot = read.hashCode() & (names.length - 1);
    String known = names[slot];
    if (read.equals(known)) {
      return known;
    }
    names[slot] = read;
    return read;
  }

  /** {@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, ending where a value may end. */
  private BigDecimal number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (digits() == 0) {
      throw GiveUp.INSTANCE;
    }
    if (pos < length && text[pos] == '.') {
      pos++;
      if (digits() == 0) {
        throw GiveUp.INSTANCE;
      }
    }
    if (pos < length && (text[pos] == 'e' || text[pos] == 'E')) {
      pos++;
      if (pos < length && (text[pos] == '+' || text[pos] == '-')) {
        pos++;
      }
      if (digits() == 0) {
        throw GiveUp.INSTANCE;
      }
    }
    endOfValue();
    return new BigDecimal(text, start, pos - start);
  }

  private int digits() {
    int start = pos;
    while (pos < length && text[pos] >= '0' && text[pos] <= '9') {
      pos++;
    }
    return pos - start;
  }

  private void keyword(String word) {
    if (pos + word.length() > length) {
      throw GiveUp.INSTANCE;
    }
    for (int i = 0; i < word.length(); i++) {
      if (text[pos + i] != word.charAt(i)) {
        throw GiveUp.INSTANCE;
      }
    }
    pos += word.length();
    endOfValue();
  }

  /** A number or keyword runs to white space, a comma or a closing bracket. */
  private void endOfValue() {
    if (pos < length && " \t\r\n,]}".indexOf(text[pos]) < 0) {
      throw GiveUp.INSTANCE;
    }
  }

  private void expect(char c) {
    if (peek() != c) {
      throw GiveUp.INSTANCE;
    }
    pos++;
  }

  private char peek() {
    if (pos >= length) {
      throw GiveUp.INSTANCE;
    }
    return text[pos];
  }

  /** JSON's white space: space, tab, carriage return, line feed. */
  private void skipSpace() {
    while (pos < length) {
      char c = text[pos];
      if (c == '\n') {
        line++;
        lineStart = pos + 1;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        return;
      }
      pos++;
    }
  }
}
