package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.azmoon.store.BankFixture;
import app.azmoon.store.Fifo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradeCommandTest {
  private static final String NO_ANSWER = "no answer in the file: every question scores 0";

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
            "\uFEFFstudent,score,max,percent,passed,status,file,problem\n"
                + "Ali Rezaei,1,2,50,true,graded,"
                + dir.resolve("class/ali.txt")
                + ",\n"
                + "reza,0,2,0,false,graded,"
                + dir.resolve("class/reza.txt")
                + ",\n"
                + "sara,2,2,100,true,graded,"
                + dir.resolve("class/sara.txt")
                + ",\n");
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
            "Hardest questions:",
            "1. q-tf",
            "3 file(s): 3 graded, 0 empty (graded 0), 0 not graded.");
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
    assertThat(r.out()).contains("2 file(s): 1 graded, 0 empty (graded 0), 1 not graded.");
  }

  /** The gradebook rows, header left out, as {@code student,…,status,file,problem}. */
  private List<String> gradebook() throws IOException {
    List<String> lines =
        Files.readAllLines(dir.resolve("out/gradebook.csv"), StandardCharsets.UTF_8);
    return lines.subList(1, lines.size());
  }

  @Test
  void every_file_is_in_the_gradebook_with_what_became_of_it() throws IOException {
    Files.writeString(dir.resolve("class/empty.txt"), "");
    Files.writeString(dir.resolve("class/blank.txt"), "# name: Nima\n\n  \n");
    Files.write(dir.resolve("class/latin1.txt"), new byte[] {'1', '\n', (byte) 0xE9, '\n'});
    Files.write(dir.resolve("class/huge.txt"), new byte[(1 << 20) + 1]);
    Files.createDirectories(dir.resolve("class/folder.txt"));
    Files.createSymbolicLink(dir.resolve("class/dangling.txt"), dir.resolve("class/gone.txt"));
    Cli.Result r =
        grade(
            "sara.txt",
            "empty.txt",
            "missing.txt",
            "blank.txt",
            "latin1.txt",
            "folder.txt",
            "huge.txt",
            "dangling.txt",
            "reza.txt");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    String c = dir.resolve("class") + "/";
    assertThat(gradebook())
        .containsExactly(
            "dangling,,,,,unreadable," + c + "dangling.txt,no such file",
            "empty,0,2,0,false,empty," + c + "empty.txt," + NO_ANSWER,
            "folder,,,,,unreadable," + c + "folder.txt,\"is a folder, not a file\"",
            "huge,,,,,invalid,"
                + c
                + "huge.txt,\"is 1,048,577 bytes, over the 1,048,576-byte limit for an answers"
                + " file\"",
            "latin1,,,,,invalid,"
                + c
                + "latin1.txt,line 2: not valid UTF-8: byte 0xE9 at offset 2 (save the file as"
                + " UTF-8)",
            "missing,,,,,unreadable," + c + "missing.txt,no such file",
            "Nima,0,2,0,false,empty," + c + "blank.txt," + NO_ANSWER,
            "reza,0,2,0,false,graded," + c + "reza.txt,",
            "sara,2,2,100,true,graded," + c + "sara.txt,");
    assertThat(r.err().lines())
        .containsExactly(
            "azmoon: " + c + "empty.txt: " + NO_ANSWER,
            "azmoon: " + c + "missing.txt: no such file",
            "azmoon: " + c + "blank.txt: " + NO_ANSWER,
            "azmoon: "
                + c
                + "latin1.txt:2:1: not valid UTF-8: byte 0xE9 at offset 2 (save the"
                + " file as UTF-8)",
            "azmoon: " + c + "folder.txt: is a folder, not a file",
            "azmoon: "
                + c
                + "huge.txt: is 1,048,577 bytes, over the 1,048,576-byte limit for an answers file",
            "azmoon: " + c + "dangling.txt: no such file");
    assertThat(r.out())
        .contains(
            "4 students · mean 25% · median 0% · pass rate 25%",
            "9 file(s): 2 graded, 2 empty (graded 0), 5 not graded.");
    try (var reports = Files.list(dir.resolve("out/reports"))) {
      assertThat(reports.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("sara.json", "reza.json", "empty.json", "Nima.json");
    }
  }

  @Test
  void empty_files_alone_are_graded_0_and_exit_0() throws IOException {
    Files.writeString(dir.resolve("class/empty.txt"), "\n");
    Cli.Result r = grade("empty.txt", "sara.txt");
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("empty.txt: " + NO_ANSWER);
    assertThat(r.out()).contains("2 file(s): 1 graded, 1 empty (graded 0), 0 not graded.");
  }

  @Test
  void when_no_file_can_be_graded_the_gradebook_still_lists_them_and_no_class_is_invented()
      throws IOException {
    Cli.Result r = grade("missing.txt", "gone.txt");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(gradebook()).hasSize(2).allMatch(row -> row.contains(",unreadable,"));
    assertThat(r.out())
        .doesNotContain("students")
        .isEqualTo("2 file(s): 0 graded, 0 empty (graded 0), 2 not graded.\n");
  }

  @Test
  void answer_files_from_fifos_are_graded_each_read_once() throws Exception {
    Path one = Fifo.make(dir.resolve("class"), "one");
    Path two = Fifo.make(dir.resolve("class"), "two");
    Fifo.feed(one, "# name: Ali\nبله\n38\n".getBytes(StandardCharsets.UTF_8));
    Fifo.feed(two, "نه\n".getBytes(StandardCharsets.UTF_8));
    Cli.Result r = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> grade("one", "two"));
    assertThat(r.err()).isEmpty();
    assertThat(gradebook())
        .containsExactly(
            "Ali,2,2,100,true,graded," + one + ",", "two,0,2,0,false,graded," + two + ",");
    assertThat(r.code()).isZero();
  }

  @Test
  void dev_zero_among_the_answers_is_refused_at_the_cap_and_the_rest_graded() {
    Cli.Result r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () ->
                Cli.run(
                    Map.of(),
                    dir,
                    "grade",
                    "--spec=" + spec,
                    "--out=" + dir.resolve("out"),
                    "--lang=en",
                    "/dev/zero",
                    dir.resolve("class/sara.txt").toString()));
    assertThat(r.err())
        .isEqualTo("azmoon: /dev/zero: is over the 1,048,576-byte limit for an answers file\n");
    assertThat(r.code()).isEqualTo(ExitCode.DATA);
    assertThat(r.out()).contains("1 students", "1 not graded");
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
