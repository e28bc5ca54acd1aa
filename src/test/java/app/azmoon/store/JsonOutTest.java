package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** JsonOut writes, without a Gson instance, exactly what the Gson it replaced wrote. */
class JsonOutTest {
  private static final Gson PRETTY =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  private static final Gson LINE = new GsonBuilder().disableHtmlEscaping().create();

  static Stream<JsonElement> trees() {
    JsonObject report = new JsonObject();
    report.addProperty("student", "رضا <a&b> \"quoted\" \\ tab\t newline\n \u2028 \u0007");
    report.add("score", new JsonPrimitive(JsonOut.decimal(66.666666, 2)));
    report.addProperty("count", 12L);
    report.addProperty("ratio", 0.1 + 0.2);
    report.addProperty("passed", false);
    report.add("missing", JsonNull.INSTANCE);
    JsonArray items = new JsonArray();
    items.add(JsonNull.INSTANCE);
    items.add(new JsonArray());
    items.add(new JsonObject());
    items.add(new BigDecimal("1E+3"));
    items.add("۱۲۳");
    report.add("items", items);
    Random random = new Random(2026);
    return Stream.concat(
        Stream.of(
            report,
            new JsonObject(),
            new JsonArray(),
            JsonNull.INSTANCE,
            new JsonPrimitive("سلام"),
            JsonParser.parseString("[1, 2.50, -0.0, 1e400, \"x\", [[]], {\"a\": {\"b\": null}}]")),
        Stream.generate(() -> randomTree(random, 4)).limit(50));
  }

  private static JsonElement randomTree(Random random, int depth) {
    int kind = random.nextInt(depth == 0 ? 5 : 7);
    return switch (kind) {
      case 0 -> JsonNull.INSTANCE;
      case 1 -> new JsonPrimitive(random.nextBoolean());
      case 2 -> new JsonPrimitive(random.nextInt(2000) - 1000);
      case 3 -> new JsonPrimitive(random.nextDouble() * 100);
      case 4 -> new JsonPrimitive(randomText(random));
      case 5 -> {
        JsonArray a = new JsonArray();
        for (int i = random.nextInt(4); i > 0; i--) {
          a.add(randomTree(random, depth - 1));
        }
        yield a;
      }
      default -> {
        JsonObject o = new JsonObject();
        for (int i = random.nextInt(4); i > 0; i--) {
          o.add(randomText(random), randomTree(random, depth - 1));
        }
        yield o;
      }
    };
  }

  private static String randomText(Random random) {
    String alphabet = "ab<>&'\"\\/\n\t\u0000\u001fآزمونی ۱۲ \u200c\u2029";
    StringBuilder s = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      s.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return s.toString();
  }

  @ParameterizedTest
  @MethodSource("trees")
  void pretty_is_what_gson_pretty_printing_wrote(JsonElement tree) {
    assertThat(JsonOut.pretty(tree)).isEqualTo(PRETTY.toJson(tree));
  }

  @ParameterizedTest
  @MethodSource("trees")
  void line_is_what_gson_wrote_on_one_line(JsonElement tree) {
    assertThat(JsonOut.line(tree)).isEqualTo(LINE.toJson(tree)).doesNotContain("\n");
  }
}
