package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The oracle: 150 numbers in words as @persian-tools/persian-tools 4.0.4 writes them, shared by
 * every checkout at {@code ../shared}. A missing or reshaped file fails the build, never skips.
 */
class ReferenceNumberWordsTest {
  static final Path FILE = Path.of("src/test/resources/reference/persian-number-words.json");
  private static final Pattern PAIR =
      Pattern.compile(
          "\\{\\s*\"number\"\\s*:\\s*(\\d+)\\s*,\\s*\"words\"\\s*:\\s*\"([^\"\\\\]*)\"\\s*}");

  static Stream<Arguments> pairs() throws IOException {
    assertThat(FILE)
        .as("the reference file %s (run from the project root)", FILE.toAbsolutePath())
        .isRegularFile();
    String json = Files.readString(FILE, StandardCharsets.UTF_8);
    List<Arguments> pairs = new ArrayList<>();
    Matcher m = PAIR.matcher(json);
    while (m.find()) {
      pairs.add(arguments(m.group(2), new BigDecimal(m.group(1))));
    }
    int declared = json.split("\"number\"", -1).length - 1;
    assertThat(pairs).as("pairs read from %s", FILE).hasSize(declared).hasSize(150);
    return pairs.stream();
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("pairs")
  void every_reference_pair_reads_back_to_its_number(String words, BigDecimal number) {
    assertThat(NumberReader.read(words))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(number));
  }
}
