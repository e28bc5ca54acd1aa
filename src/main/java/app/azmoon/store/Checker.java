package app.azmoon.store;

import app.azmoon.domain.answer.Typos;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Text;
import app.azmoon.store.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads typed fields out of a located JSON tree, recording a located problem for every field that
 * is missing, unknown or of the wrong shape, and carrying on so that one pass finds them all.
 */
final class Checker {
  private final String file;
  private final List<Problem> problems;

  Checker(String file, List<Problem> problems) {
    this.file = file;
    this.problems = problems;
  }

  List<Problem> problems() {
    return problems;
  }

  void report(Json.Where where, String message) {
    problems.add(new Problem(file, where.line(), where.column(), where.path(), message));
  }

  Optional<Json.Obj> object(Json value) {
    if (value instanceof Json.Obj obj) {
      return Optional.of(obj);
    }
    report(value.where(), "expected an object, found " + value.describe());
    return Optional.empty();
  }

  /** Reports every key of {@code obj} that is not in {@code allowed}, suggesting a near one. */
  void onlyKeys(Json.Obj obj, Collection<String> allowed, String owner) {
    for (Json.Member member : obj.members().values()) {
      if (!allowed.contains(member.name())) {
        unknownKey(member, allowed, owner);
      }
    }
  }

  void unknownKey(Json.Member member, Collection<String> allowed, String owner) {
    String near =
        allowed.stream()
            .filter(k -> Typos.distance(k, member.name(), 2) <= 2)
            .min(Comparator.comparingInt(k -> Typos.distance(k, member.name(), 2)))
            .map(k -> " (did you mean \"" + k + "\"?)")
            .orElse(" (" + owner + " has: " + String.join(", ", allowed) + ")");
    report(member.where(), "unknown field \"" + member.name() + "\"" + near);
  }

  /**
   * Checks the {@code "format"} field names the format this reader reads; a file of another format
   * or version is refused before anything else in it is judged.
   */
  boolean format(Json.Obj obj, String expected) {
    Optional<String> format = string(obj, "format", true);
    if (format.isPresent() && !format.get().equals(expected)) {
      report(
          obj.members().get("format").value().where(),
          "unsupported format \"" + format.get() + "\" (expected \"" + expected + "\")");
      return false;
    }
    return true;
  }

  Optional<Json> field(Json.Obj obj, String key, boolean required) {
    Json.Member member = obj.members().get(key);
    if (member == null) {
      if (required) {
        report(obj.where(), "missing required field \"" + key + "\"");
      }
      return Optional.empty();
    }
    if (member.value() instanceof Json.Null) {
      report(member.value().where(), "\"" + key + "\" may not be null; leave it out instead");
      return Optional.empty();
    }
    return Optional.of(member.value());
  }

  Optional<String> string(Json.Obj obj, String key, boolean required) {
    return field(obj, key, required).flatMap(this::string);
  }

  Optional<String> string(Json value) {
    if (value instanceof Json.Str str) {
      if (str.value().isBlank()) {
        report(value.where(), "expected text, found an empty string");
        return Optional.empty();
      }
      return checkCharacters(str) ? Optional.of(str.value()) : Optional.empty();
    }
    report(value.where(), "expected a string, found " + value.describe());
    return Optional.empty();
  }

  /**
   * Characters an answer a learner's typing is compared with may have: a human answer ends long
   * before, and a longer one would only cost time to compare (docs/bank-format.md, Limits).
   */
  static final int LONGEST_ANSWER = 500;

  /** A string a typed answer is compared with: at most {@link #LONGEST_ANSWER} characters. */
  Optional<String> answer(Json value) {
    return string(value).filter(s -> shortEnough(value, s));
  }

  /** A text whose every language is an answer, as {@link #answer} checks it. */
  Optional<Text> answerText(Json value, Language language, List<String> keys, String owner) {
    return text(value, language, keys, owner)
        .filter(t -> t.fa().map(s -> shortEnough(value, s)).orElse(true))
        .filter(t -> t.en().map(s -> shortEnough(value, s)).orElse(true));
  }

  /** Whether {@code s}, the answer at {@code where}, is at most {@link #LONGEST_ANSWER} long. */
  boolean shortEnough(Json where, String s) {
    int length = s.codePointCount(0, s.length());
    if (length <= LONGEST_ANSWER) {
      return true;
    }
    report(
        where.where(),
        "an answer has at most "
            + LONGEST_ANSWER
            + " characters, this one "
            + String.format(java.util.Locale.ROOT, "%,d", length));
    return false;
  }

  Optional<Boolean> bool(Json.Obj obj, String key) {
    return field(obj, key, false)
        .flatMap(
            v -> {
              if (v instanceof Json.Bool b) {
                return Optional.of(b.value());
              }
              report(v.where(), "expected true or false, found " + v.describe());
              return Optional.empty();
            });
  }

  Optional<BigDecimal> number(Json.Obj obj, String key, boolean required) {
    return field(obj, key, required).flatMap(this::number);
  }

  /** Numbers in a bank are human-sized; this also keeps 1e999999999 from costing memory. */
  static final int MAX_DIGITS = 18;

  Optional<BigDecimal> number(Json value) {
    if (value instanceof Json.Num n) {
      BigDecimal v = n.value();
      if (v.signum() != 0 && (v.precision() - v.scale() > MAX_DIGITS || v.scale() > MAX_DIGITS)) {
        report(
            value.where(),
            "the number "
                + v.round(new java.math.MathContext(6))
                + " is out of range (at most "
                + MAX_DIGITS
                + " digits before and after the point)");
        return Optional.empty();
      }
      return Optional.of(v);
    }
    report(value.where(), "expected a number, found " + value.describe());
    return Optional.empty();
  }

  /**
   * A list whose every item reads with {@code item}; empty when the list or any item is bad, so no
   * half-read list is ever built into the domain.
   */
  <T> Optional<List<T>> list(
      Json.Obj obj, String key, boolean required, int minSize, Function<Json, Optional<T>> item) {
    Optional<Json> value = field(obj, key, required);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!(value.get() instanceof Json.Arr arr)) {
      report(value.get().where(), "expected a list, found " + value.get().describe());
      return Optional.empty();
    }
    List<T> out = new ArrayList<>();
    boolean ok = true;
    for (Json element : arr.items()) {
      Optional<T> read = item.apply(element);
      ok &= read.isPresent();
      read.ifPresent(out::add);
    }
    ok &= longEnough(arr, key, minSize, arr.items().size());
    return ok ? Optional.of(out) : Optional.empty();
  }

  /** Whether the list {@code key} at {@code arr}, of {@code size} items, has enough of them. */
  boolean longEnough(Json.Arr arr, String key, int minSize, int size) {
    if (size >= minSize) {
      return true;
    }
    report(
        arr.where(),
        "\""
            + key
            + "\" needs at least "
            + minSize
            + " item"
            + (minSize == 1 ? "" : "s")
            + ", found "
            + size);
    return false;
  }

  /** A string (in {@code language}) or an object {@code {"fa": …, "en": …}}. */
  Optional<Text> text(Json value, Language language) {
    return text(value, language, List.of("fa", "en"), "a translated text");
  }

  /**
   * A text as {@link #text(Json, Language)} reads it, whose object form may have the other {@code
   * keys} of {@code owner} as well (read by the caller).
   */
  Optional<Text> text(Json value, Language language, List<String> keys, String owner) {
    if (value instanceof Json.Str) {
      return string(value).map(s -> Text.of(language, s));
    }
    if (!(value instanceof Json.Obj obj)) {
      report(
          value.where(), "expected a string or {\"fa\": …, \"en\": …}, found " + value.describe());
      return Optional.empty();
    }
    onlyKeys(obj, keys, owner);
    Optional<String> fa = string(obj, "fa", false);
    Optional<String> en = string(obj, "en", false);
    if (fa.isEmpty() && en.isEmpty()) {
      if (!obj.members().containsKey("fa") && !obj.members().containsKey("en")) {
        report(obj.where(), "a translated text needs \"fa\", \"en\" or both");
      }
      return Optional.empty();
    }
    return Optional.of(new Text(fa, en));
  }

  Optional<Text> text(Json.Obj obj, String key, boolean required, Language language) {
    return field(obj, key, required).flatMap(v -> text(v, language));
  }

  /** Bank strings may hold newlines and tabs, never other control characters. */
  private boolean checkCharacters(Json.Str str) {
    String s = str.value();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F);
      if (control) {
        report(
            str.where(), String.format("control character U+%04X is not allowed in text", (int) c));
        return false;
      }
    }
    return true;
  }
}
