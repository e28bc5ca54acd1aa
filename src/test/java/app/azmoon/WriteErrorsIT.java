package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packaged jar writing into a full disk ({@code /dev/full}, where every write fails with
 * ENOSPC) and into a pipe nobody reads. A failed write is exit 74 with one sentence; a closed pipe
 * is quiet. Also: an error Java throws past every handler (out of memory) is exit 70, one sentence.
 */
@Timeout(300)
class WriteErrorsIT {
  private static final Path JAR = Path.of("target/azmoon.jar").toAbsolutePath();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void needsLinux() {
    assumeTrue(Files.exists(Path.of("/dev/full")), "/dev/full is Linux's full disk");
    assertThat(JAR).exists();
  }

  private Run bash(String script) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder("/bin/bash", "-c", script)
            .directory(Path.of("").toAbsolutePath().toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().put("AZ", "java -jar " + JAR);
    pb.environment().put("AZMOON_HOME", dir.resolve("home").toString());
    pb.environment().put("OUT", dir.resolve("grades").toString());
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = pb.start().waitFor();
    return new Run(code, Files.readString(out), Files.readString(err));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "$AZ list",
        "$AZ list --json",
        "$AZ stats",
        "$AZ stats --json",
        "$AZ cards --json",
        "$AZ banks",
        "$AZ check --id kw-prc-founded-year --answer 1949 --json",
        "$AZ drill examples/week3.json --answers examples/answers/reza.txt --report json",
        "$AZ drill examples/week3.json --answers examples/answers/sara.txt",
        "$AZ grade --spec examples/week3.json --out $OUT examples/answers/*.txt",
        "printf '1949\\n:skip\\n' | $AZ play --count 2 --lang en",
        "printf 'good\\ngood\\n' | $AZ review --lang en",
      })
  void a_full_disk_on_standard_output_is_exit_74_with_one_sentence(String command)
      throws Exception {
    Run r = bash(command + " > /dev/full");
    assertThat(r.code()).as(r.err()).isEqualTo(74);
    assertThat(r.err().lines().filter(l -> l.contains("cannot write")))
        .containsExactly("azmoon: cannot write to standard output: No space left on device");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void a_closed_pipe_is_quiet_and_keeps_the_exit_code() throws Exception {
    // `true` has exited long before Java writes: every write meets a pipe with no reader (EPIPE).
    Run list = bash("$AZ list --json | true; echo ${PIPESTATUS[0]}");
    assertThat(list.out().strip()).isEqualTo("0");
    assertThat(list.err()).isEmpty();
    Run drill =
        bash(
            "$AZ drill examples/week3.json --answers examples/answers/reza.txt | true;"
                + " echo ${PIPESTATUS[0]}");
    assertThat(drill.out().strip()).as("below the pass mark, as without the pipe").isEqualTo("1");
    assertThat(drill.err()).isEmpty();
  }

  @Test
  void out_to_dev_stdout_writes_into_whatever_standard_output_is() throws Exception {
    String drill =
        "$AZ drill examples/week3.json --answers examples/answers/reza.txt --report json"
            + " --out /dev/stdout";
    Path file = dir.resolve("report.json");
    Run intoFile = bash(drill + " > " + file + "; echo $?; ls -l " + file);
    assertThat(intoFile.err()).isEmpty();
    assertThat(Files.readString(file)).startsWith("{").contains("\"format\": \"azmoon/report@1\"");
    assertThat(Files.isRegularFile(file)).isTrue();
    Run intoPipe = bash(drill + " | cat");
    assertThat(intoPipe.out()).startsWith("{").contains("\"questions\"");
    Run full = bash(drill + " > /dev/full");
    assertThat(full.code()).isEqualTo(74);
    assertThat(full.err()).startsWith("azmoon: /dev/stdout: cannot write: No space left on device");
    assertThat(Files.isRegularFile(Path.of("/dev/full"))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"play --count 1", "review", "drill --count 1"})
  void standard_input_that_cannot_be_read_is_exit_74_naming_no_java_class(String command)
      throws Exception {
    Run r = bash("$AZ " + command + " --lang en < /"); // a folder: every read fails, EISDIR
    assertThat(r.code()).as(r.err()).isEqualTo(74);
    assertThat(r.err().lines()).singleElement().asString().endsWith("Is a directory");
    assertThat(r.err()).doesNotContain("java.", "Exception", "internal error");
  }

  @Test
  void running_out_of_memory_is_an_internal_error_in_one_sentence() throws Exception {
    // A bank bigger than the whole heap: reading it cannot succeed, whatever the reader does.
    Path big = dir.resolve("big.json");
    try (var w = Files.newBufferedWriter(big)) {
      w.write("{\"format\": \"azmoon/bank@1\", \"id\": \"big\", \"language\": \"en\",");
      w.write(" \"title\": {\"en\": \"Big\"}, \"questions\": [");
      String prompt = "x".repeat(200);
      for (int i = 0; i < 150_000; i++) {
        w.write((i > 0 ? "," : "") + "{\"id\": \"q" + i + "\", \"type\": \"truefalse\",");
        w.write(" \"prompt\": \"" + prompt + "\", \"answer\": true}");
      }
      w.write("]}");
    }
    Run r = bash("java -Xmx24m -jar " + JAR + " validate " + big);
    assertThat(r.code()).isEqualTo(70);
    assertThat(r.err().lines())
        .containsExactly(
            "azmoon: internal error: out of memory (AZMOON_JAVA_OPTS=-Xmx2g gives Java more)"
                + " (AZMOON_DEBUG=1 shows the details)");
  }
}
