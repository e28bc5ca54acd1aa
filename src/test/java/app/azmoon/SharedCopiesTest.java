package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The project keeps its own copies of the team's shared oracles and passage, so that {@code mvn
 * verify} passes on a clone with nothing beside it; where {@code ../shared} is present (as in CI),
 * the copies must still equal the originals. The passage learners read, {@code
 * questions/sources/korean-war.fa.txt}, is the original with its orthography restored (see
 * BundledPassageTest).
 */
class SharedCopiesTest {
  @ParameterizedTest
  @CsvSource({
    "../shared/reference/fsrs6-long-term.json, src/test/resources/reference/fsrs6-long-term.json",
    "../shared/reference/fsrs6-short-term.json, src/test/resources/reference/fsrs6-short-term.json",
    "../shared/reference/persian-number-words.json, src/test/resources/reference/persian-number-words.json",
    "../shared/seed/korean-war.fa.txt, src/test/resources/seed/korean-war.fa.txt"
  })
  void the_project_copy_equals_the_shared_original(String shared, String copy) throws IOException {
    assumeTrue(Files.exists(Path.of(shared)), "no ../shared beside this checkout");
    assertThat(Files.readAllBytes(Path.of(copy))).isEqualTo(Files.readAllBytes(Path.of(shared)));
  }
}
