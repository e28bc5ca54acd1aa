package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher over the packaged jar and a real JDK: the first run makes the class-data
 * archive in the background (an AppCDS archive before Java 24, an AOT cache from 24 on), later runs
 * load Azmoon's classes from it, and what they print is what a run without it prints. Run with the
 * JDK that runs the tests, and with a JDK 24 or newer when one is installed (CI may have none: that
 * test is then skipped, saying so). The deadline is a backstop for a trainer that never ends, not a
 * measure.
 */
@Timeout(900)
class ClassDataArchiveIT {
  private static final Path TARGET = Path.of("target").toAbsolutePath();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  private Run run(Map<String, String> env, String... command)
      throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    pb.environment().put("AZMOON_HOME", dir.resolve("home").toString());
    pb.environment().putAll(env);
    Path out = Files.createTempFile(dir, "out", ".txt");
    Path err = Files.createTempFile(dir, "err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = pb.start().waitFor();
    return new Run(
        code,
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void the_first_run_makes_an_archive_and_later_runs_load_azmoon_from_it_printing_the_same()
      throws Exception {
    Path jdk = Path.of(System.getProperty("java.home"));
    trainedArchiveIsUsed(jdk, Runtime.version().feature());
  }

  @Test
  void on_java_24_or_newer_the_archive_is_an_aot_cache() throws Exception {
    Optional<Path> jdk = newJdk();
    assumeTrue(
        jdk.isPresent(),
        "no JDK 24 or newer found (AZMOON_TEST_JDK, the JDK running the tests, /usr/lib/jvm,"
            + " /usr/java, /opt/java, ~/.sdkman/candidates/java, ~/.jdks): the AOT cache path"
            + " is not exercised here");
    trainedArchiveIsUsed(jdk.get(), feature(jdk.get()));
  }

  /**
   * Makes the launcher train an archive for this JDK from scratch, then checks that the archive is
   * fresh (newer than the jar, stamped with this Java build and this jar), that a run maps Azmoon's
   * own classes from it, and that it prints what a plain {@code java -jar} prints.
   */
  private void trainedArchiveIsUsed(Path jdk, int feature) throws Exception {
    String name = feature >= 24 ? "azmoon.aot" : "azmoon.jsa";
    Path archive = TARGET.resolve(name);
    Path stamp = TARGET.resolve(name + ".java");
    Path lock = TARGET.resolve(name + ".lock");
    Path jar = TARGET.resolve("azmoon.jar");
    Files.deleteIfExists(archive);
    Files.deleteIfExists(stamp);
    Map<String, String> env = Map.of("JAVA_HOME", jdk.toString());

    Run first = run(env, "./azmoon", "--version");
    assertThat(first.code()).isZero();
    assertThat(first.out()).startsWith("azmoon ");
    assertThat(first.err()).isEmpty();
    Instant deadline = Instant.now().plusSeconds(480);
    while ((!Files.exists(archive) || Files.exists(lock)) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(archive).exists();
    assertThat(Files.getLastModifiedTime(archive))
        .isGreaterThanOrEqualTo(Files.getLastModifiedTime(jar));
    assertThat(Files.readString(stamp))
        .contains(" build=" + release(jdk, "JAVA_RUNTIME_VERSION") + " ")
        .contains(" jar=" + jar.toRealPath() + "\n");

    Path log = dir.resolve("classes-" + feature + ".txt");
    Run shared =
        run(
            Map.of("JAVA_HOME", jdk.toString(), "AZMOON_JAVA_OPTS", "-Xlog:class+load:file=" + log),
            "./azmoon",
            "list");
    Run plain = run(Map.of(), jdk.resolve("bin/java").toString(), "-jar", jar.toString(), "list");
    assertThat(shared).isEqualTo(plain);
    assertThat(shared.code()).isZero();
    List<String> fromArchive = new ArrayList<>();
    for (String line : Files.readAllLines(log)) {
      if (line.contains(" app.azmoon.") && line.endsWith("source: shared objects file")) {
        fromArchive.add(line);
      }
    }
    assertThat(fromArchive)
        .anyMatch(l -> l.contains(" app.azmoon.cli.ListCommand "))
        .anyMatch(l -> l.contains(" app.azmoon.Main "));
  }

  /** A JDK 24 or newer: AZMOON_TEST_JDK, the one running the tests, or one in a usual place. */
  private static Optional<Path> newJdk() throws IOException {
    List<Path> candidates = new ArrayList<>();
    String given = System.getenv("AZMOON_TEST_JDK");
    if (given != null && !given.isBlank()) {
      candidates.add(Path.of(given));
    }
    candidates.add(Path.of(System.getProperty("java.home")));
    Path home = Path.of(System.getProperty("user.home"));
    for (Path parent :
        List.of(
            Path.of("/usr/lib/jvm"),
            Path.of("/usr/java"),
            Path.of("/opt/java"),
            home.resolve(".sdkman/candidates/java"),
            home.resolve(".jdks"))) {
      if (Files.isDirectory(parent)) {
        try (Stream<Path> jdks = Files.list(parent)) {
          jdks.sorted().forEach(candidates::add);
        }
      }
    }
    for (Path jdk : candidates) {
      if (Files.isExecutable(jdk.resolve("bin/java"))
          && Files.isRegularFile(jdk.resolve("lib/modules"))
          && feature(jdk) >= 24) {
        return Optional.of(jdk);
      }
    }
    return Optional.empty();
  }

  /** The JDK's major version from its release file, 0 where it has none. */
  private static int feature(Path jdk) throws IOException {
    String version = release(jdk, "JAVA_VERSION");
    String digits = version.replaceFirst("^1\\.", "").replaceFirst("[^0-9].*$", "");
    return digits.isEmpty() ? 0 : Integer.parseInt(digits);
  }

  private static String release(Path jdk, String key) throws IOException {
    Path file = jdk.resolve("release");
    if (!Files.isRegularFile(file)) {
      return "";
    }
    for (String line : Files.readAllLines(file)) {
      if (line.startsWith(key + "=")) {
        return line.substring(key.length() + 1).replace("\"", "");
      }
    }
    return "";
  }
}
