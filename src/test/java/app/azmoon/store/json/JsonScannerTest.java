package app.azmoon.store.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.store.InvalidDataException;
import app.azmoon.store.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast scanner reads exactly what the Gson-based reader reads — the same values at the same
 * line, column and path, the same duplicate keys — and leaves everything else to it, so every
 * problem is still worded by the reader that always worded it.
 */
class JsonScannerTest {

  /** What the scanner read, and what Gson's reader reads of the same text. */
  private static void assertSameTree(String text) {
    List<Problem> fastProblems = new ArrayList<>();
    Optional<Json> fast = JsonScanner.scan("f.json", text, fastProblems);
    assertThat(fast).as("the scanner reads %s", text).isPresent();
    List<Problem> gsonProblems = new ArrayList<>();
    Json gson = JsonTreeReader.readByGson("f.json", text, gsonProblems);
    assertThat(fast.get()).isEqualTo(gson);
    assertThat(fastProblems).isEqualTo(gsonProblems);
    assertThat(paths(fast.get(), new ArrayList<>())).isEqualTo(paths(gson, new ArrayList<>()));
  }

  /** Every value's and key's location and path, in document order. */
  private static List<String> paths(Json json, List<String> out) {
    out.add(json.where().line() + ":" + json.where().column() + " " + json.where().path());
    if (json instanceof Json.Obj obj) {
      for (Json.Member m : obj.members().values()) {
        out.add(m.where().line() + ":" + m.where().column() + " " + m.where().path());
        paths(m.value(), out);
      }
    } else if (json instanceof Json.Arr arr) {
      arr.items().forEach(item -> paths(item, out));
    }
    return out;
  }

  @Test
  void the_bundled_bank_reads_the_same_both_ways() throws Exception {
    assertSameTree(Files.readString(Path.of("questions/korean-war.fa.json")));
  }

  @Test
  void escapes_numbers_keywords_odd_keys_and_layouts_read_the_same() {
    assertSameTree(
        "{\"a\\\"b\": \"x\\\\y\\/z\\b\\f\\n\\r\\t\\u0041\\u06cc\\uFEFF\", \"\": [], \"1x\": {},"
            + " \"x y\": [1, -0, 0.5, -12.25e3, 1E+2, 2e-2, 123456789012345678901234567890,"
            + " -9223372036854775808, true, false, null]}");
    assertSameTree("[\r\n\t{\"id\" :\"کره\"\r\n ,\"n\":[ [ ], [[ 1 ]] ] } ,\n\n  \"آ\" ]");
    assertSameTree("{\"a\": 1, \"b\": {\"a\": 2, \"a\": 3}, \"a\": [4, {\"c\": null, \"c\": 5}]}");
    assertSameTree("  {\"پرسش\": {\"_ok_9\": {\"Z\": \"\u2028 \u00A0 𝄞\"}}}  \n");
  }

  @Test
  void random_documents_read_the_same() {
    Random random = new Random(13);
    for (int i = 0; i < 300; i++) {
      assertSameTree(randomValue(random, 0, true));
    }
  }

  private static String randomValue(Random random, int depth, boolean container) {
    String[] space = {"", " ", "\n", "\r\n  ", "\t"};
    String ws = space[random.nextInt(space.length)];
    int kind = container ? random.nextInt(2) : random.nextInt(depth > 4 ? 5 : 7);
    StringBuilder out = new StringBuilder(ws);
    switch (kind) {
      case 0, 5 -> {
        out.append('{');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          out.append(i > 0 ? "," : "").append(ws).append(randomString(random)).append(ws);
          out.append(':').append(randomValue(random, depth + 1, false)).append(ws);
        }
        out.append('}');
      }
      case 1, 6 -> {
        out.append('[');
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          out.append(i > 0 ? "," : "").append(randomValue(random, depth + 1, false)).append(ws);
        }
        out.append(']');
      }
      case 2 -> out.append(randomString(random));
      case 3 ->
          out.append(new String[] {"0", "-1", "3.25", "1e3", "-0.0E-1", "42"}[random.nextInt(6)]);
      default -> out.append(new String[] {"true", "false", "null"}[random.nextInt(3)]);
    }
    return out.append(ws).toString();
  }

  private static String randomString(Random random) {
    String[] parts = {"a", "id", "ی", "\\n", "\\u0639", "\\\"", " ", "_", "9", "😀"};
    StringBuilder out = new StringBuilder("\"");
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      out.append(parts[random.nextInt(parts.length)]);
    }
    return out.append('"').toString();
  }

  @Test
  void what_is_not_plainly_valid_is_left_to_the_reader_that_words_problems() {
    for (String text :
        List.of(
            "{\"a\": 1,}",
            "{\"a\" 1}",
            "{'a': 1}",
            "[1 2]",
            "[01]",
            "[1.]",
            "[-]",
            "[tru]",
            "[truex]",
            "[NaN]",
            "{\"a\": \"b\\x\"}",
            "{\"a\": \"\\ud800\"}",
            "{\"a\": \"tab\there\"}",
            "{\"a\": 1} x",
            "{\"a\": [1, 2",
            "\"top\"",
            "42",
            "[1e99999999999]",
            "[" + "[".repeat(40) + "]".repeat(40) + "]",
            "// c\n{}")) {
      List<Problem> problems = new ArrayList<>();
      assertThat(JsonScanner.scan("f.json", text, problems)).as(text).isEmpty();
      assertThat(problems).as(text).isEmpty();
    }
  }

  @Test
  void a_syntax_error_reads_as_it_always_did() {
    String text = "{\n  \"questions\": [\n    {\"id\": \"a\",}\n  ]\n}";
    assertThatThrownBy(() -> JsonTreeReader.read("bank.json", text, new ArrayList<>()))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage(
            "bank.json:3:16: $.questions[0].id: invalid JSON: unexpected '}' (a trailing comma?)");
  }
}
