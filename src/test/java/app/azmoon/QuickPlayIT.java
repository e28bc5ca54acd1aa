package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar plays a plain piped quiz without building picocli's command tree (its classes
 * are never loaded), and a command line the quick reader leaves alone still runs through picocli.
 * The timeout is a backstop against a hang, not a measure.
 */
@Timeout(120)
class QuickPlayIT {
  private static final Path JAR = Path.of("target/azmoon.jar").toAbsolutePath();

  @TempDir Path dir;

  record Run(int code, String out, List<String> picocli) {}

  private Run play(String... args) throws IOException, InterruptedException {
    Path log = dir.resolve("classes.txt");
    List<String> command =
        new ArrayList<>(List.of("java", "-Xlog:class+load:file=" + log, "-jar", JAR.toString()));
    command.addAll(List.of(args));
    Path in = Files.writeString(dir.resolve("in.txt"), "نمی‌دانم\n:quit\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("out.txt");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .redirectInput(in.toFile())
            .redirectOutput(out.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    pb.environment().put("AZMOON_HOME", dir.resolve("home").toString());
    int code = pb.start().waitFor();
    List<String> picocli =
        Files.readAllLines(log).stream().filter(l -> l.contains(" picocli.CommandLine ")).toList();
    return new Run(code, Files.readString(out, StandardCharsets.UTF_8), picocli);
  }

  @Test
  void a_plain_piped_quiz_never_loads_picocli() throws Exception {
    Run r = play("play", "--count", "1", "--seed", "4", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Question 1/1", "Score: 0 of 1", "Session saved to:");
    assertThat(r.picocli()).isEmpty();
  }

  @Test
  void a_command_line_the_quick_reader_leaves_alone_runs_through_picocli() throws Exception {
    Run r = play("play", "--count=1", "--seed", "4", "--lang", "en");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Question 1/1", "Score: 0 of 1", "Session saved to:");
    assertThat(r.picocli()).hasSize(1);
  }
}
