package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {
  @TempDir Path dir;
  private Path spec;

  @BeforeEach
  void writeDrill() throws IOException {
    BankFixture.write(
        dir,
        "mini.json",
        BankFixture.bank(
            BankFixture.TRUEFALSE
                + ",\n{\"id\": \"q-num\", \"type\": \"numeric\", \"prompt\": \"چند؟\", \"answer\": 38}"));
    spec =
        Files.writeString(
            dir.resolve("drill.json"),
            "{\"format\": \"azmoon/drill@1\", \"bank\": \"mini.json\", \"order\": \"bank\", \"pass\": 50}");
    Files.createDirectories(dir.resolve("class"));
    Files.writeString(dir.resolve("class/sara.txt"), "بله\n۳۸\n");
    Files.writeString(dir.resolve("class/ali.txt"), "# name: Ali Rezaei\nنه\n38\n");
    Files.writeString(dir.resolve("class/reza.txt"), "نه\n12\n");
  }

  private Cli.Result grade(String... files) {
    String[] args = new String[4 + files.length];
    args[0] = "grade";
    args[1] = "--spec=" + spec;
    args[2] = "--out=" + dir.resolve("out");
    args[3] = "--lang=en";
    for (int i = 0; i < files.length; i++) {
      args[4 + i] = dir.resolve("class").resolve(files[i]).toString();
    }
    return Cli.run(Map.of(), dir, args);
  }

  @Test
  void a_class_is_graded_into_a_gradebook_items_and_reports() throws IOException {
    Cli.Result r = grade("sara.txt", "ali.txt", "reza.txt");
    assertThat(r.code()).isZero();
    assertThat(dir.resolve("out/gradebook.csv"))
        .content(java.nio.charset.StandardCharsets.UTF_8)
        .isEqualTo(
            "\uFEFFstudent,score,max,percent,passed\n"
                + "Ali Rezaei,1,2,50,true\n"
                + "reza,0,2,0,false\n"
                + "sara,2,2,100,true\n");
    assertThat(dir.resolve("out/items.csv"))
        .content(java.nio.charset.StandardCharsets.UTF_8)
        .isEqualTo(
            "\uFEFFid,share_correct,mean_credit,common_wrong_answer,discrimination\n"
                + "q-tf,0.33,0.33,false,1\n"
                + "q-num,0.67,0.67,12,1\n");
    assertThat(dir.resolve("out/reports/Ali Rezaei.json"))
        .content(java.nio.charset.StandardCharsets.UTF_8)
        .contains("\"student\": \"Ali Rezaei\"");
    assertThat(r.out())
        .contains(
            "3 students · mean 50% · median 50% · pass rate 66.7%",
            "Hardest questions:", "1. q-tf");
  }

  @Test
  void an_unreadable_file_exits_65_and_the_others_are_still_graded() throws IOException {
    Files.write(dir.resolve("class/bad.txt"), new byte[] {(byte) 0xFF});
    Cli.Result r = grade("sara.txt", "bad.txt");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.err()).contains("bad.txt:1:1: not valid UTF-8");
    assertThat(dir.resolve("out/gradebook.csv"))
        .content(java.nio.charset.StandardCharsets.UTF_8)
        .contains("sara,2,2,100,true");
    assertThat(r.out()).contains("1 file(s) could not be graded.");
  }

  @Test
  void reports_are_readable_by_others_and_names_that_collide_get_their_own_file()
      throws IOException {
    Files.writeString(dir.resolve("class/x1.txt"), "# name: a/b\nبله\n");
    Files.writeString(dir.resolve("class/x2.txt"), "# name: a_b\nبله\n");
    Cli.Result r = grade("x1.txt", "x2.txt");
    assertThat(r.code()).isZero();
    try (var files = Files.list(dir.resolve("out/reports"))) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a_b.json", "student-2.json");
    }
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(dir.resolve("out/gradebook.csv"))))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void lines_past_the_last_question_are_reported_not_silently_dropped() throws IOException {
    Files.writeString(dir.resolve("class/long.txt"), "بله\n38\n12\n");
    Cli.Result r = grade("long.txt");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("long.txt: 1 line(s) after the last question (2) were ignored");
  }

  @Test
  void no_progress_bar_when_not_on_a_terminal() {
    assertThat(grade("sara.txt", "reza.txt").err()).isEmpty();
  }
}
