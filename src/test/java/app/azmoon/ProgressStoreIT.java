package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real program's review log under other writers and failing disks: another process appending
 * thousands of lines a second while a review runs, a file-size limit, a read-only folder and a file
 * where the data folder should be.
 */
@Timeout(600)
class ProgressStoreIT {
  private static final String JAR = "target/azmoon.jar";
  private static final Pattern FOREIGN =
      Pattern.compile(
          "\\{\"bank\":\"tool\",\"card\":\"t-(\\d+)\",\"at\":\"2026-01-01T00:00:00Z\",\"rating\":\"good\"\\}");
  private static final Pattern OURS =
      Pattern.compile(
          "\\{\"bank\":\"korean-war\",\"card\":\"([^\"]+)\",\"at\":\"[^\"]+\",\"rating\":\"(again|hard|good|easy)\"(,\"ms\":\\d+)?\\}");

  @TempDir Path home;

  private ProcessBuilder azmoon(String... args) {
    List<String> command = new ArrayList<>(List.of("java", "-jar", JAR));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("AZMOON_HOME", home.toString());
    return pb;
  }

  /** Runs to the end; returns exit code, then standard output, then standard error. */
  private static String[] finish(ProcessBuilder pb, String input) throws Exception {
    Path out = Files.createTempFile("azmoon-out", ".txt");
    Path err = Files.createTempFile("azmoon-err", ".txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(input.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // it ended before reading everything
    }
    int code = p.waitFor();
    String[] result = {String.valueOf(code), Files.readString(out), Files.readString(err)};
    Files.delete(out);
    Files.delete(err);
    return result;
  }

  @Test
  void lines_another_process_appends_during_a_review_all_survive_and_so_do_the_reviews()
      throws Exception {
    Path log = home.resolve("reviews.jsonl");
    Files.writeString(log, "");
    // Another tool: one whole line per write, with O_APPEND (>>), a few thousand a second (it
    // pauses briefly after every 50 lines, so it does not take the whole machine).
    Process tool =
        new ProcessBuilder(
                "sh",
                "-c",
                "i=0; while [ ! -e \"$2\" ]; do i=$((i+1)); printf '{\"bank\":\"tool\",\"card\":\"t-%d\",\"at\":\"2026-01-01T00:00:00Z\",\"rating\":\"good\"}\\n' $i >> \"$1\"; [ $((i % 50)) -eq 0 ] && sleep 0.01; done",
                "sh",
                log.toString(),
                home.resolve("stop-tool").toString())
            .redirectErrorStream(true)
            .start();
    Process review =
        azmoon("review", "--new", "300", "--limit", "300", "--lang", "en")
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<String> acknowledged = new ArrayList<>();
    String[] ratings = {"again\n", "hard\n", "good\n", "easy\n"};
    try (BufferedReader out =
            new BufferedReader(
                new InputStreamReader(review.getInputStream(), StandardCharsets.UTF_8));
        OutputStream in = review.getOutputStream()) {
      for (int i = 0; i < 60; i++) {
        in.write(ratings[i % 4].getBytes(StandardCharsets.UTF_8));
        in.flush();
        String line = out.readLine(); // each rating is acknowledged before the next is sent
        assertThat(line).as("acknowledgement " + i).isNotNull().matches("\\S+ \\w+ \\S+Z");
        acknowledged.add(line);
      }
    }
    assertThat(review.waitFor()).isZero();
    long foreignDuringReview =
        Files.readAllLines(log).stream().filter(l -> l.contains("\"tool\"")).count();
    // The loop ends when the stop file exists (not when the log is gone: an append in flight
    // would create the log again, and the loop would never end).
    Files.createFile(home.resolve("stop-tool"));
    tool.waitFor();

    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    List<Integer> foreign = new ArrayList<>();
    List<String> ours = new ArrayList<>();
    for (String line : lines) {
      Matcher f = FOREIGN.matcher(line);
      Matcher o = OURS.matcher(line);
      if (f.matches()) {
        foreign.add(Integer.parseInt(f.group(1)));
      } else {
        assertThat(o.matches()).as("an intact line: " + line).isTrue();
        ours.add(o.group(1) + " " + o.group(2));
      }
    }
    // Thousands of foreign lines, every one whole, none lost, none twice, in order.
    assertThat(foreignDuringReview).isGreaterThan(1000);
    for (int i = 0; i < foreign.size(); i++) {
      assertThat(foreign.get(i)).isEqualTo(i + 1);
    }
    assertThat(ours)
        .containsExactlyElementsOf(
            acknowledged.stream().map(a -> a.substring(0, a.lastIndexOf(' '))).toList());
    // Both of them read the log.
    String[] stats = finish(azmoon("stats", "--lang", "en"), "");
    assertThat(stats[0]).as(stats[2]).isEqualTo("0");
    String[] again = finish(azmoon("review", "--lang", "en"), "good\n");
    assertThat(again[0]).as(again[2]).isEqualTo("0");
  }

  @Test
  void a_review_past_a_file_size_limit_exits_74_and_the_log_is_as_it_was() throws Exception {
    Path log = home.resolve("reviews.jsonl");
    StringBuilder text = new StringBuilder();
    for (int i = 0; text.length() < 65_536 - 60; i++) {
      text.append(
          "{\"bank\":\"other\",\"card\":\"c-%d\",\"at\":\"2026-01-01T00:00:00Z\",\"rating\":\"good\"}\n"
              .formatted(i));
    }
    Files.writeString(log, text);
    byte[] before = Files.readAllBytes(log);
    // bash counts ulimit -f in KiB: the next review's line does not fit under 64 KiB.
    List<String> command =
        new ArrayList<>(List.of("bash", "-c", "ulimit -f 64 && exec \"$@\"", "bash"));
    command.addAll(azmoon("review", "--lang", "en").command());
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("AZMOON_HOME", home.toString());
    String[] r = finish(pb, "good\ngood\n");
    assertThat(r[0]).as(r[2]).isEqualTo("74");
    assertThat(r[2].lines().filter(l -> l.startsWith("azmoon: ")))
        .anySatisfy(l -> assertThat(l).contains("cannot save the review", "the log is as it was"));
    assertThat(r[2]).doesNotContain("Exception", "\tat ");
    assertThat(Files.readAllBytes(log)).isEqualTo(before);
    assertThat(finish(azmoon("stats"), "")[0]).isEqualTo("0");
  }

  @Test
  void a_file_where_the_data_folder_should_be_exits_74_and_the_file_is_untouched()
      throws Exception {
    Path file = Files.writeString(home.resolve("data"), "mine\n");
    for (String command : List.of("review", "stats", "cards")) {
      ProcessBuilder pb = azmoon(command);
      pb.environment().put("AZMOON_HOME", file.toString());
      String[] r = finish(pb, "good\n");
      assertThat(r[0]).as(command + ": " + r[2]).isIn("74", command.equals("review") ? "74" : "0");
      assertThat(r[2]).doesNotContain("Exception", "\tat ");
      assertThat(Files.readString(file)).isEqualTo("mine\n");
    }
  }

  @Test
  void a_read_only_data_folder_exits_74_and_keeps_the_log() throws Exception {
    assumeFalse(isRoot(), "root ignores file permissions");
    Path log = home.resolve("reviews.jsonl");
    String[] first = finish(azmoon("review", "--lang", "en"), "good\n");
    assertThat(first[0]).isEqualTo("0");
    byte[] before = Files.readAllBytes(log);
    Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("r--r--r--"));
    Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      String[] r = finish(azmoon("review", "--lang", "en"), "good\n");
      assertThat(r[0]).as(r[2]).isEqualTo("74");
      assertThat(r[2].lines()).singleElement().asString().startsWith("azmoon: ");
      assertThat(Files.readAllBytes(log)).isEqualTo(before);
      assertThat(finish(azmoon("stats"), "")[0]).isEqualTo("0");
    } finally {
      Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(log, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  static boolean isRoot() throws Exception {
    Process id = new ProcessBuilder("id", "-u").start();
    String uid = new String(id.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    id.waitFor();
    return uid.equals("0");
  }
}
