package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every parser of outside input, fed arbitrary bytes through the real command line: whatever the
 * file holds, the command ends with one of the exit codes it promises and a plain message, never an
 * exception. {@code mvn verify} runs each target over its checked-in seed corpus (in
 * src/test/resources/app/azmoon/cli/FuzzInputsTestInputs/TARGET/); {@code JAZZER_FUZZ=1 mvn test
 * -Dtest='FuzzInputsTest#TARGET'} fuzzes one target for its {@code maxDuration}. Each crash Jazzer
 * finds is written beside the seeds and so becomes a regression case. See docs/reliability.md.
 */
class FuzzInputsTest {
  private static final String NOW = "--now=2026-01-01T00:00:00Z";

  /** A bank file: validated, then drilled from. */
  @FuzzTest(maxDuration = "5m")
  void bank(byte[] data) {
    inDir(
        dir -> {
          write(dir.resolve("bank.json"), data);
          expect(run(dir, "validate", dir + "/bank.json"), 0, 65);
          expect(
              run(
                  dir,
                  "drill",
                  "--bank=" + dir + "/bank.json",
                  "--answers=/dev/null",
                  "--report=json"),
              0,
              1,
              65);
        });
  }

  /** A teacher's drill spec, run against an empty answers file. */
  @FuzzTest(maxDuration = "5m")
  void drillSpec(byte[] data) {
    inDir(
        dir -> {
          write(dir.resolve("spec.json"), data);
          expect(run(dir, "drill", dir + "/spec.json", "--answers=/dev/null"), 0, 1, 65);
        });
  }

  /** A student's answers file, for ten questions of the bundled bank. */
  @FuzzTest(maxDuration = "5m")
  void answers(byte[] data) {
    inDir(
        dir -> {
          write(dir.resolve("answers.txt"), data);
          expect(
              run(
                  dir,
                  "drill",
                  "--count=10",
                  "--seed=7",
                  "--answers=" + dir + "/answers.txt",
                  "--report=json"),
              0,
              1,
              65);
        });
  }

  /** The review log, as another program or a damaged disk may leave it. */
  @FuzzTest(maxDuration = "5m")
  void reviewLog(byte[] data) {
    inDir(
        dir -> {
          Path home = dir.resolve("home");
          write(home.resolve("reviews.jsonl"), data);
          expect(run(dir, "stats", "--data-dir=" + home, NOW), 0, 65);
          expect(run(dir, "cards", "--data-dir=" + home, NOW), 0, 1, 65);
        });
  }

  @FuzzTest(maxDuration = "5m")
  void gift(byte[] data) {
    importAs("gift", data);
  }

  @FuzzTest(maxDuration = "5m")
  void moodleXml(byte[] data) {
    importAs("moodle-xml", data);
  }

  @FuzzTest(maxDuration = "5m")
  void aiken(byte[] data) {
    importAs("aiken", data);
  }

  @FuzzTest(maxDuration = "5m")
  void csv(byte[] data) {
    importAs("csv", data);
  }

  /** An imported file either becomes a bank that loads, or is refused with 65. */
  private static void importAs(String format, byte[] data) {
    inDir(
        dir -> {
          write(dir.resolve("in"), data);
          Cli.Result imported =
              run(dir, "import", "--from=" + format, dir + "/in", "-o", dir + "/out.json");
          expect(imported, 0, 65);
          if (imported.code() == 0) {
            expect(run(dir, "validate", dir + "/out.json"), 0);
          }
        });
  }

  private static Cli.Result run(Path dir, String... args) {
    return Cli.run(Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, args);
  }

  /**
   * The exit code is one of {@code codes}, and whatever went wrong is said in plain words (a
   * located FILE:LINE:COLUMN line, or one starting "azmoon: "), never as an exception.
   */
  private static void expect(Cli.Result result, Integer... codes) {
    assertThat(result.code()).as(result.err()).isIn((Object[]) codes);
    assertThat(result.err())
        .doesNotContain("Exception", "\tat ", "java.")
        .satisfies(
            err -> {
              if (result.code() != 0) {
                assertThat(err).isNotBlank();
              }
            });
  }

  private interface InDir {
    void run(Path dir) throws IOException;
  }

  private static void inDir(InDir body) {
    try {
      Path dir = Files.createTempDirectory("azmoon-fuzz");
      try {
        body.run(dir);
      } finally {
        delete(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, byte[] data) throws IOException {
    Files.createDirectories(file.getParent());
    Files.write(file, data);
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      List<Path> paths = all.sorted(Comparator.reverseOrder()).toList();
      for (Path p : paths) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** Without seeds, a target in {@code mvn verify} would run on the empty input alone. */
  @Test
  void everyTargetHasSeeds() throws IOException {
    Path seeds = Path.of("src/test/resources/app/azmoon/cli/FuzzInputsTestInputs");
    List<String> targets =
        Stream.of(FuzzInputsTest.class.getDeclaredMethods())
            .filter(m -> m.isAnnotationPresent(FuzzTest.class))
            .map(Method::getName)
            .toList();
    assertThat(targets).hasSize(8);
    for (String target : targets) {
      try (Stream<Path> files = Files.list(seeds.resolve(target))) {
        assertThat(files.count()).as(target).isGreaterThanOrEqualTo(2);
      }
    }
  }
}
