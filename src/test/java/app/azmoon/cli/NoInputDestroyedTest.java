package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.azmoon.store.BankFixture;
import app.azmoon.store.Fifo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No command that writes destroys what it read or what is at its output path: an output that is an
 * input of the same run is refused (exit 2, one sentence, the input unchanged), whatever path names
 * it; a symbolic link is written through; a FIFO or a device is written as a stream and stays what
 * it is.
 */
class NoInputDestroyedTest {
  @TempDir Path dir;

  private Map<String, String> env;
  private Path bank;
  private Path spec;
  private Path answers;

  @BeforeEach
  void writeInputs() throws IOException {
    env = Map.of("AZMOON_HOME", dir.resolve("home").toString());
    bank =
        BankFixture.write(
            dir,
            "mini.json",
            BankFixture.bank(
                BankFixture.TRUEFALSE
                    + """
                    ,
                    {"id": "q-num", "type": "numeric", "prompt": "چند تن؟", "answer": 635000}"""));
    spec =
        Files.writeString(
            dir.resolve("drill.json"),
            "{\"format\": \"azmoon/drill@1\", \"bank\": \"mini.json\", \"order\": \"bank\"}");
    answers = Files.writeString(dir.resolve("ali.txt"), "بله\n635000\n", StandardCharsets.UTF_8);
  }

  private Cli.Result run(String... args) {
    return Cli.run(env, dir, args);
  }

  private Cli.Result drillInto(String out, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of("drill", spec.toString(), "--answers", answers.toString(), "--out", out));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  /** Every input, by its own name and by other names for the same file. */
  private List<String> namesOfInputs() throws IOException {
    Path link = Files.createSymbolicLink(dir.resolve("link-to-answers"), answers);
    Path hard = Files.createLink(dir.resolve("hard-link-to-spec"), spec);
    String cwd = Path.of("").toAbsolutePath().toString();
    return List.of(
        answers.toString(),
        spec.toString(),
        bank.toString(),
        dir + "/./ali.txt",
        dir + "/sub/../mini.json".replace("sub/../", ""),
        link.toString(),
        hard.toString(),
        Path.of(cwd).relativize(answers).toString());
  }

  @Test
  void drill_refuses_to_write_its_report_over_any_of_its_inputs() throws IOException {
    Map<Path, String> before =
        Map.of(
            answers, Files.readString(answers),
            spec, Files.readString(spec),
            bank, Files.readString(bank));
    for (String out : namesOfInputs()) {
      for (String[] report : List.of(new String[0], new String[] {"--report", "json"})) {
        Cli.Result r = drillInto(out, report);
        assertThat(r.code()).as(out + ": " + r.err()).isEqualTo(2);
        assertThat(r.err().lines())
            .as(out)
            .singleElement()
            .asString()
            .startsWith("azmoon: --out " + out)
            .endsWith("is an input of this command: write to another file");
        before.forEach((file, text) -> assertThat(file).as(out).hasContent(text));
      }
    }
    assertThat(drillInto(answers.toString(), "--sheet").code()).isEqualTo(2);
    assertThat(answers).hasContent(before.get(answers));
  }

  @Test
  void grade_refuses_an_out_folder_whose_gradebook_is_an_input() throws IOException {
    Path grades = Files.createDirectories(dir.resolve("grades"));
    Path gradebook = grades.resolve("gradebook.csv");
    Files.copy(answers, gradebook);
    Cli.Result r =
        run(
            "grade",
            "--spec",
            spec.toString(),
            "--out",
            grades.toString(),
            answers.toString(),
            gradebook.toString());
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).startsWith("azmoon: --out " + gradebook).contains("an input");
    assertThat(gradebook).hasSameTextualContentAs(answers);
    assertThat(grades.resolve("items.csv")).doesNotExist();
    // A student's report file that is an answers file: reports/ali.json given as answers.
    Path reports = Files.createDirectories(grades.resolve("reports"));
    Path sneaky = Files.copy(answers, reports.resolve("ali.json"));
    Files.delete(gradebook);
    Cli.Result r2 =
        run("grade", "--spec", spec.toString(), "--out", grades.toString(), sneaky.toString());
    assertThat(r2.code()).as(r2.err()).isEqualTo(2);
    assertThat(sneaky).hasSameTextualContentAs(answers);
    assertThat(gradebook).doesNotExist();
  }

  @Test
  void export_and_import_and_derive_refuse_to_overwrite_their_input() throws IOException {
    String text = Files.readString(bank);
    Cli.Result export =
        run("export", "--bank", bank.toString(), "--to", "json", "-o", bank.toString());
    assertThat(export.code()).as(export.err()).isEqualTo(2);
    assertThat(export.err()).contains("is an input of this command");
    Path link = Files.createSymbolicLink(dir.resolve("bank-link.json"), bank);
    Cli.Result viaLink =
        run("export", "--bank", bank.toString(), "--to", "csv", "-o", link.toString());
    assertThat(viaLink.code()).as(viaLink.err()).isEqualTo(2);
    assertThat(bank).hasContent(text);
    Cli.Result imported =
        run("import", "--from", "json", link.toString(), "-o", bank.toString(), "--force");
    assertThat(imported.code()).as(imported.err()).isEqualTo(2);
    assertThat(bank).hasContent(text);
    Path source = dir.resolve("mini.txt");
    String sourceText = Files.readString(source);
    Path sourceLink = Files.createSymbolicLink(dir.resolve("source-link.json"), source);
    Cli.Result derived = run("derive", source.toString(), "-o", sourceLink.toString(), "--force");
    assertThat(derived.code()).as(derived.err()).isEqualTo(2);
    assertThat(source).hasContent(sourceText);
  }

  @Test
  void a_symbolic_link_at_the_output_is_written_through() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real")).resolve("report.json");
    Files.writeString(real, "old");
    Path link = Files.createSymbolicLink(dir.resolve("report.json"), real);
    Cli.Result r = drillInto(link.toString(), "--report", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
    assertThat(Files.readString(real)).contains("\"format\": \"azmoon/report@1\"");
    // A dangling link: its target is created.
    Path dangling =
        Files.createSymbolicLink(dir.resolve("dangling.csv"), dir.resolve("real/new.csv"));
    assertThat(drillInto(dangling.toString(), "--report", "csv").code()).isZero();
    assertThat(Files.isSymbolicLink(dangling)).isTrue();
    assertThat(dir.resolve("real/new.csv")).content().contains("number,bank,id,answer");
  }

  @Test
  void a_fifo_at_the_output_is_written_as_a_stream_and_stays_a_fifo() throws Exception {
    Path fifo = Fifo.make(dir, "report.fifo");
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    Cli.Result r = drillInto(fifo.toString(), "--report", "json");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(read.get(60, TimeUnit.SECONDS)).contains("\"format\": \"azmoon/report@1\"");
    assertThat(Files.isRegularFile(fifo, LinkOption.NOFOLLOW_LINKS)).isFalse();
    assertThat(Files.isDirectory(fifo)).isFalse();
    try (var names = Files.list(dir)) {
      assertThat(names.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"drill", "export"})
  void a_character_device_at_the_output_stays_a_device(String command) throws Exception {
    // A device of our own, like /dev/null (1,3): a failing test must not wreck the real one.
    Path device = dir.resolve("null");
    Process mknod = new ProcessBuilder("mknod", device.toString(), "c", "1", "3").start();
    assumeTrue(mknod.waitFor() == 0, "mknod needs privileges this machine does not give");
    Cli.Result r =
        command.equals("drill")
            ? drillInto(device.toString())
            : run("export", "--bank", bank.toString(), "--to", "csv", "-o", device.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readAttributes(device, "unix:mode", LinkOption.NOFOLLOW_LINKS).get("mode"))
        .as("a character device still")
        .matches(mode -> ((Integer) mode & 0170000) == 0020000);
    assertThat(Files.size(device)).isZero();
  }

  @Test
  void a_folder_at_the_output_is_refused_and_left_alone() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("out.json"));
    Cli.Result r = drillInto(folder.toString(), "--report", "json");
    assertThat(r.code()).isEqualTo(74);
    assertThat(r.err()).isEqualTo("azmoon: " + folder + ": is a folder, not a file\n");
    assertThat(folder).isDirectory().isEmptyDirectory();
  }
}
