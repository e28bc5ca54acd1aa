package app.azmoon.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The oracle: review histories computed by ts-fsrs 5.4.2, shared by every checkout at {@code
 * src/test/resources/reference}, copies of ../shared/reference}. A missing or reshaped file fails
 * the build, never skips.
 */
final class ReferenceHistories {
  static final Path SHORT_TERM = Path.of("src/test/resources/reference/fsrs6-short-term.json");
  static final Path LONG_TERM = Path.of("src/test/resources/reference/fsrs6-long-term.json");

  private ReferenceHistories() {}

  /** One file: its scheduler settings and its cards. */
  record File(String name, Parameters parameters, List<Card> cards) {}

  record Card(String file, int number, List<Step> steps) {
    @Override
    public String toString() {
      return file + " card " + number + " (" + steps.size() + " reviews)";
    }
  }

  /** One review and the card the reference computed after it. */
  record Step(
      Instant reviewAt,
      Rating rating,
      State state,
      double stability,
      double difficulty,
      Instant due,
      long scheduledDays) {}

  static File read(Path path) {
    assertThat(path)
        .as("the reference file %s (run from the project root)", path.toAbsolutePath())
        .isRegularFile();
    JsonObject root;
    try {
      root =
          JsonParser.parseString(Files.readString(path, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String name = path.getFileName().toString();
    assertThat(root.get("generator").getAsString()).isEqualTo("ts-fsrs 5.4.2");
    List<Card> cards = new ArrayList<>();
    for (JsonElement c : root.getAsJsonArray("cards")) {
      List<Step> steps = new ArrayList<>();
      for (JsonElement s : c.getAsJsonObject().getAsJsonArray("steps")) {
        steps.add(step(s.getAsJsonObject()));
      }
      cards.add(new Card(name, c.getAsJsonObject().get("card").getAsInt(), steps));
    }
    assertThat(cards).as("cards in %s", name).hasSize(40);
    return new File(name, parameters(root.getAsJsonObject("parameters")), cards);
  }

  private static Parameters parameters(JsonObject p) {
    List<Double> w = new ArrayList<>();
    p.getAsJsonArray("w").forEach(x -> w.add(x.getAsDouble()));
    return new Parameters(
        w,
        p.get("request_retention").getAsDouble(),
        p.get("maximum_interval").getAsInt(),
        Parameters.parseSteps(join(p.getAsJsonArray("learning_steps"))),
        Parameters.parseSteps(join(p.getAsJsonArray("relearning_steps"))),
        p.get("enable_short_term").getAsBoolean(),
        p.get("enable_fuzz").getAsBoolean());
  }

  private static String join(JsonArray steps) {
    List<String> parts = new ArrayList<>();
    steps.forEach(s -> parts.add(s.getAsString()));
    return String.join(" ", parts);
  }

  private static Step step(JsonObject s) {
    return new Step(
        Instant.parse(s.get("review_at").getAsString()),
        Rating.parse(s.get("rating").getAsString()).orElseThrow(),
        State.parse(s.get("state").getAsString()).orElseThrow(),
        s.get("stability").getAsDouble(),
        s.get("difficulty").getAsDouble(),
        Instant.parse(s.get("due").getAsString()),
        s.get("scheduled_days").getAsLong());
  }
}
