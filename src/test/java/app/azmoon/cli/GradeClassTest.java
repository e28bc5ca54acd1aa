package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A class graded in one command — its students marked on every core, answers judged once for all of
 * them — gives each student exactly what grading that student alone gives, and the same gradebook,
 * reports and warnings on every run, whatever order the work finished in.
 */
class GradeClassTest {
  private static final String[] ANSWERS = {
    "1",
    "2",
    "3",
    "4",
    "درست",
    "نادرست",
    "۱۹۵۰",
    "1950-06",
    "استالین",
    "Stalin",
    "635000",
    "ششصد و سی و پنج هزار",
    "۱ ۲ ۳",
    "2 1 3",
    "1-a 2-b 3-c",
    "سئول",
    "",
    "نمی‌دانم",
    "true",
  };

  @TempDir Path dir;

  private Path spec() throws IOException {
    return Files.writeString(
        dir.resolve("drill.json"),
        "{\"format\": \"azmoon/drill@1\", \"bank\": \"korean-war\", \"count\": 30, \"seed\": 7,"
            + " \"pass\": 40}");
  }

  /** Students s1…sN: each line one of the answers above, the same on every run. */
  private List<String> students(int count) throws IOException {
    Files.createDirectories(dir.resolve("class"));
    Random random = new Random(2026);
    List<String> files = new ArrayList<>();
    for (int s = 1; s <= count; s++) {
      StringBuilder sheet = new StringBuilder();
      for (int q = 0; q < 30 - (s % 7 == 0 ? 4 : 0); q++) {
        sheet.append(ANSWERS[random.nextInt(ANSWERS.length)]).append('\n');
      }
      Path file = dir.resolve("class").resolve("s" + s + ".txt");
      Files.writeString(file, s % 11 == 0 ? "" : sheet.toString(), StandardCharsets.UTF_8);
      files.add(file.toString());
    }
    Path bad = dir.resolve("class").resolve("bad.txt");
    Files.write(bad, new byte[] {'1', '\n', (byte) 0xFF});
    files.add(5, bad.toString());
    return files;
  }

  private Cli.Result grade(Path spec, Path out, List<String> files) {
    List<String> args = new ArrayList<>(List.of("grade", "--spec=" + spec, "--out=" + out));
    args.addAll(files);
    return Cli.run(
        Map.of("AZMOON_HOME", dir.resolve("home").toString()), dir, args.toArray(new String[0]));
  }

  /** A report without its clock times, the only thing two gradings of one sheet may differ in. */
  private static String timeless(Path report) throws IOException {
    return Files.readString(report, StandardCharsets.UTF_8)
        .replaceAll("\"(started|finished)\": \"[^\"]*\"", "\"$1\": \"…\"");
  }

  @Test
  void a_class_graded_together_gives_each_student_what_grading_alone_gives() throws IOException {
    Path spec = spec();
    List<String> files = students(24);
    Cli.Result together = grade(spec, dir.resolve("class-out"), files);
    assertThat(together.code()).isEqualTo(ExitCode.DATA); // bad.txt
    List<String> gradebook =
        Files.readAllLines(dir.resolve("class-out/gradebook.csv"), StandardCharsets.UTF_8);
    assertThat(gradebook).hasSize(files.size() + 1);
    for (String file : files) {
      String name = Path.of(file).getFileName().toString().replace(".txt", "");
      Path alone = dir.resolve("alone-" + name);
      Cli.Result one = grade(spec, alone, List.of(file));
      List<String> row = Files.readAllLines(alone.resolve("gradebook.csv"), StandardCharsets.UTF_8);
      assertThat(gradebook).as(name).contains(row.get(1));
      assertThat(together.err()).as(name).contains(one.err());
      if (!name.equals("bad")) {
        assertThat(timeless(dir.resolve("class-out/reports/" + name + ".json")))
            .as(name)
            .isEqualTo(timeless(alone.resolve("reports/" + name + ".json")));
      }
    }
  }

  @Test
  void the_same_class_grades_the_same_on_every_run() throws IOException {
    Path spec = spec();
    List<String> files = students(40);
    Cli.Result first = grade(spec, dir.resolve("first"), files);
    for (int run = 0; run < 3; run++) {
      Path out = dir.resolve("again-" + run);
      Cli.Result again = grade(spec, out, files);
      assertThat(again).isEqualTo(first);
      assertThat(Files.readString(out.resolve("gradebook.csv")))
          .isEqualTo(Files.readString(dir.resolve("first/gradebook.csv")));
      assertThat(Files.readString(out.resolve("items.csv")))
          .isEqualTo(Files.readString(dir.resolve("first/items.csv")));
      try (var reports = Files.list(out.resolve("reports"))) {
        for (Path report : reports.toList()) {
          assertThat(timeless(report))
              .isEqualTo(timeless(dir.resolve("first/reports").resolve(report.getFileName())));
        }
      }
    }
  }
}
