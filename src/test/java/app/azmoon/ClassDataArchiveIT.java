package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher over the packaged jar and the real JVM: the first run makes the class-data
 * archive in the background, later runs load Azmoon's classes from it, and what they print is what
 * a run without it prints. The deadline is a backstop for a trainer that never ends, not a measure.
 */
@Timeout(600)
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
    Path archive = TARGET.resolve("azmoon.jsa");
    Path lock = TARGET.resolve("azmoon.jsa.lock");
    Files.deleteIfExists(archive);
    Files.deleteIfExists(TARGET.resolve("azmoon.jsa.java"));

    Run first = run(Map.of(), "./azmoon", "--version");
    assertThat(first.code()).isZero();
    assertThat(first.out()).startsWith("azmoon ");
    assertThat(first.err()).isEmpty();
    Instant deadline = Instant.now().plusSeconds(480);
    while ((!Files.exists(archive) || Files.exists(lock)) && Instant.now().isBefore(deadline)) {
      Thread.sleep(200);
    }
    assertThat(archive).exists();

    Path log = dir.resolve("classes.txt");
    Run shared =
        run(Map.of("AZMOON_JAVA_OPTS", "-Xlog:class+load:file=" + log), "./azmoon", "list");
    Run plain = run(Map.of(), "java", "-jar", TARGET.resolve("azmoon.jar").toString(), "list");
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
}
