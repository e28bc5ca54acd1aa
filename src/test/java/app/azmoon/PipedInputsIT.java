package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar run by bash the way people write it: {@code <(…)} hands Azmoon {@code
 * /dev/fd/63}, a pipe that exists only in that process, and a pipe into {@code /dev/stdin} can be
 * read only once. The timeout is a backstop against a hang (a pipe opened twice), not a measure.
 */
@Timeout(120)
class PipedInputsIT {
  private static final Path JAR = Path.of("target/azmoon.jar").toAbsolutePath();

  @TempDir Path dir;

  record Run(int code, String out, String err) {}

  @BeforeEach
  void writeBankAndSpec() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed for <(…)");
    assertThat(JAR).exists();
    Files.writeString(
        dir.resolve("tiny.json"),
        """
        {"format": "azmoon/bank@1", "id": "tiny", "title": {"fa": "کوچک", "en": "Tiny"},
         "language": "fa", "questions": [
          {"id": "q1", "type": "truefalse", "prompt": "آیا؟", "answer": true},
          {"id": "q2", "type": "numeric", "prompt": "چند؟", "answer": 38},
          {"id": "q3", "type": "numeric", "prompt": "چند تا؟", "answer": 12}]}
        """,
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("drill.json"),
        """
        {"format": "azmoon/drill@1", "bank": "tiny.json", "order": "bank", "pass": 60}
        """,
        StandardCharsets.UTF_8);
  }

  private Run bash(String script) throws IOException, InterruptedException {
    ProcessBuilder pb =
        new ProcessBuilder("/bin/bash", "-c", script)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    pb.environment().put("AZ", "java -jar " + JAR);
    pb.environment().put("AZMOON_HOME", dir.resolve("home").toString());
    Path out = dir.resolve("stdout");
    Path err = dir.resolve("stderr");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    int code = pb.start().waitFor();
    return new Run(code, Files.readString(out), Files.readString(err));
  }

  @Test
  void drill_takes_its_answers_from_process_substitution() throws Exception {
    Run r = bash("$AZ drill drill.json --lang en --answers <(printf 'yes\\n38\\n12\\n')");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).contains("Score: 3 of 3 (100%)");
    assertThat(r.code()).isZero();
  }

  @Test
  void drill_takes_answers_piped_into_dev_stdin_once() throws Exception {
    Run r = bash("printf 'yes\\n' | $AZ drill drill.json --lang en --answers /dev/stdin");
    assertThat(r.out()).contains("Score: 1 of 3 (33.3%) · pass mark 60% · not passed");
    assertThat(r.code()).isEqualTo(1);
  }

  @Test
  void grade_takes_every_answer_file_from_process_substitution() throws Exception {
    Run r =
        bash(
            "$AZ grade --spec drill.json --out out --lang en"
                + " <(printf '# name: Sara\\nyes\\n38\\n12\\n') <(printf '# name: Ali\\nno\\n')"
                + " <(true)");
    assertThat(r.out()).contains("3 file(s): 2 graded, 1 empty (graded 0), 0 not graded.");
    List<String> book = Files.readAllLines(dir.resolve("out/gradebook.csv"));
    // Sorted by name: the empty one is named after its file, "63" or so, and comes first.
    assertThat(book.subList(1, book.size()))
        .satisfiesExactly(
            empty -> assertThat(empty).matches("\\d+,0,3,0,false,empty,/dev/fd/\\d+,no answer.*"),
            ali -> assertThat(ali).matches("Ali,0,3,0,false,graded,/dev/fd/\\d+,"),
            sara -> assertThat(sara).matches("Sara,3,3,100,true,graded,/dev/fd/\\d+,"));
    assertThat(r.err()).matches("azmoon: /dev/fd/\\d+: no answer in the file.*\\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void validate_reads_a_bank_from_process_substitution() throws Exception {
    Run r = bash("$AZ validate <(cat tiny.json)");
    assertThat(r.out()).matches("/dev/fd/\\d+: ok: bank tiny, 3 questions\\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void import_reads_a_spreadsheet_from_process_substitution_and_from_dev_stdin() throws Exception {
    Run r =
        bash(
            "$AZ import --from csv <(printf 'prompt,answer\\nچند؟,38\\n') --id piped -o p.json"
                + " && printf 'prompt,answer\\nکی؟,ژوئن ۱۹۵۰\\n'"
                + " | $AZ import --from csv /dev/stdin --id stdin -o s.json"
                + " && $AZ validate p.json s.json");
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .isEqualTo(
            "imported 1 question into p.json (bank piped, fa): 1 numeric\n"
                + "imported 1 question into s.json (bank stdin, fa): 1 date\n"
                + "p.json: ok: bank piped, 1 questions\n"
                + "s.json: ok: bank stdin, 1 questions\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void dev_zero_is_refused_with_65_after_reading_no_more_than_the_cap() throws Exception {
    Run r = bash("$AZ drill drill.json --answers /dev/zero");
    assertThat(r.err())
        .isEqualTo("azmoon: /dev/zero: is over the 1,048,576-byte limit for an answers file\n");
    assertThat(r.code()).isEqualTo(65);
  }
}
