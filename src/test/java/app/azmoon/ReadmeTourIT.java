package app.azmoon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's tour as a newcomer would from a fresh clone: every line of its code block, in
 * order, against the packaged jar, from the project folder, with one fresh data directory. A line
 * must end with the exit code its comment gives ({@code exit 1}; else 0), print something, and
 * never say that a file is missing. Lines that wait for a learner get no input and must end
 * cleanly. Files a line writes ({@code --out}, {@code -o}, {@code >}) go to a scratch folder. The
 * README's piped example must score what the README says, and the first section of
 * docs/drill-spec.md must print what it shows when run in examples/, where it says its files are.
 */
class ReadmeTourIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();
  private static final Path JAR = PROJECT.resolve("target/azmoon.jar");
  private static final Pattern EXIT = Pattern.compile("\\bexit (\\d+)\\b");
  private static final List<Character> SHELL_SYNTAX = List.of('|', ';', '&', '$', '`', '<', '\\');

  @TempDir Path home;
  @TempDir Path scratch;

  record Word(String text, boolean quoted) {}

  /** A tour line as sh reads it: the words with their quotes removed, and the comment. */
  record Line(String text, List<Word> words, String comment) {
    static Line parse(String text) {
      List<Word> words = new ArrayList<>();
      StringBuilder word = null;
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\'' || c == '"') {
          int end = text.indexOf(c, i + 1);
          assertThat(end).as("closing quote in: %s", text).isPositive();
          word = (word == null ? new StringBuilder() : word).append(text, i + 1, end);
          quoted = true;
          i = end;
        } else if (Character.isWhitespace(c)) {
          if (word != null) {
            words.add(new Word(word.toString(), quoted));
          }
          word = null;
          quoted = false;
        } else if (c == '#' && word == null) {
          return new Line(text, words, text.substring(i + 1).trim());
        } else {
          assertThat(c).as("shell syntax this test cannot run: %s", text).isNotIn(SHELL_SYNTAX);
          word = (word == null ? new StringBuilder() : word).append(c);
        }
      }
      if (word != null) {
        words.add(new Word(word.toString(), quoted));
      }
      return new Line(text, words, "");
    }

    int expectedExit() {
      Matcher m = EXIT.matcher(comment);
      return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
  }

  record Result(int code, String out, String err) {}

  @TestFactory
  Stream<DynamicTest> every_tour_line_runs_as_written_and_ends_with_its_documented_code()
      throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int tour = readme.indexOf("## A 30-second tour");
    int start = readme.indexOf("```sh\n", tour) + "```sh\n".length();
    List<Line> lines =
        readme
            .substring(start, readme.indexOf("```", start))
            .lines()
            .filter(l -> !l.isBlank())
            .map(Line::parse)
            .toList();
    assertThat(tour).isPositive();
    assertThat(lines).hasSizeGreaterThanOrEqualTo(10);
    return lines.stream()
        .map(
            line ->
                DynamicTest.dynamicTest(
                    line.text(),
                    () -> {
                      Result r = run(PROJECT, line, "");
                      assertThat(r.code())
                          .as("exit code of: %s\n%s", line.text(), r.err())
                          .isEqualTo(line.expectedExit());
                      assertThat(r.out()).as("output of: %s", line.text()).isNotBlank();
                      assertThat((r.out() + r.err()).toLowerCase())
                          .doesNotContain("not found", "no such file");
                      assertThat(r.err()).doesNotContain("Exception", "\tat ");
                    }));
  }

  @Test
  void the_piped_example_scores_what_the_readme_says() throws Exception {
    String readme = Files.readString(Path.of("README.md")).replaceAll("\\s+", " ");
    Matcher example =
        Pattern.compile("`printf '([^']*)' \\| (\\./azmoon [^`]*)`[^`]*?scores (\\d+) of (\\d+)")
            .matcher(readme);
    assertThat(example.find()).as("the piped example and the score it claims").isTrue();

    Result r = run(PROJECT, Line.parse(example.group(2)), example.group(1).replace("\\n", "\n"));
    assertThat(r.code()).as(r.err()).isZero();
    Matcher score = Pattern.compile("امتیاز: (\\S+) از (\\S+) ").matcher(r.out());
    assertThat(score.find()).as(r.out()).isTrue();
    assertThat(List.of(ascii(score.group(1)), ascii(score.group(2))))
        .isEqualTo(List.of(example.group(3), example.group(4)));
  }

  /** A command of a {@code console} block, what it prints and the exit code shown after it. */
  record Shown(Line command, String output, int exit) {
    Shown plus(String line) {
      return new Shown(command, output + line + "\n", exit);
    }
  }

  /**
   * docs/drill-spec.md says its first section's spec and answers are in examples/ and that its
   * outputs come from running the commands: run them there and compare, line by line.
   */
  @TestFactory
  Stream<DynamicTest> the_first_drill_in_the_docs_runs_in_examples_as_shown() throws IOException {
    String doc = Files.readString(Path.of("docs/drill-spec.md"));
    String section =
        doc.substring(
            doc.indexOf("## A first drill in five minutes"), doc.indexOf("## The drill spec"));
    List<Shown> shown = new ArrayList<>();
    boolean console = false;
    boolean exitCode = false;
    for (String l : section.lines().toList()) {
      if (l.startsWith("```")) {
        console = l.equals("```console");
      } else if (console && l.equals("$ echo $?")) {
        exitCode = true;
      } else if (console && exitCode) {
        Shown last = shown.remove(shown.size() - 1);
        shown.add(new Shown(last.command(), last.output(), Integer.parseInt(l)));
        exitCode = false;
      } else if (console && l.startsWith("$ ")) {
        shown.add(new Shown(Line.parse(l.substring(2)), "", 0));
      } else if (console) {
        shown.add(shown.remove(shown.size() - 1).plus(l));
      }
    }
    assertThat(shown).hasSizeGreaterThanOrEqualTo(4);
    return shown.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.command().text(),
                    () -> {
                      Result r = run(PROJECT.resolve("examples"), c.command(), "");
                      assertThat(r.code()).as(r.err()).isEqualTo(c.exit());
                      assertThat(trimmed(r.out())).isEqualTo(trimmed(c.output()));
                    }));
  }

  @Test
  void the_gradebook_and_items_in_the_docs_are_what_grade_writes_for_examples() throws Exception {
    String doc = Files.readString(Path.of("docs/drill-spec.md"));
    Line grade = Line.parse("azmoon grade --spec week3.json --out results answers/*.txt");
    assertThat(doc).contains("$ " + grade.text());
    assertThat(run(PROJECT.resolve("examples"), grade, "").code()).isZero();
    for (String file : List.of("gradebook.csv", "items.csv")) {
      String written = Files.readString(scratch.resolve("written/results").resolve(file));
      String header = written.replace("\uFEFF", "").lines().findFirst().orElseThrow();
      int start = doc.indexOf("```text\n" + header + "\n") + "```text\n".length();
      assertThat(start).as("%s shown in the docs", file).isGreaterThan("```text\n".length());
      assertThat(trimmed(written.replace("\uFEFF", "")))
          .isEqualTo(trimmed(doc.substring(start, doc.indexOf("```", start))));
    }
  }

  private static String trimmed(String text) {
    return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
  }

  private static String ascii(String persianNumber) {
    StringBuilder s = new StringBuilder();
    persianNumber
        .codePoints()
        .forEach(c -> s.appendCodePoint(Character.isDigit(c) ? '0' + Character.digit(c, 10) : c));
    return s.toString();
  }

  /** Runs the line in {@code cwd} with the jar for {@code azmoon}, and {@code stdin} as input. */
  private Result run(Path cwd, Line line, String stdin) throws IOException, InterruptedException {
    assertThat(line.words().get(0).text()).isIn("./azmoon", "azmoon");
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                JAR.toString()));
    Path out = Files.createTempFile(scratch, "out", ".txt");
    Path err = Files.createTempFile(scratch, "err", ".txt");
    List<Word> words = line.words();
    for (int i = 1; i < words.size(); i++) {
      Word w = words.get(i);
      if (!w.quoted() && w.text().equals(">")) {
        out = written(words.get(++i).text());
      } else if (!w.quoted() && w.text().contains("*")) {
        command.addAll(glob(cwd, w.text()));
      } else if (List.of("--out", "-o").contains(w.text())
          && i + 1 < words.size()
          && !words.get(i + 1).text().equals("-")) {
        command.addAll(List.of(w.text(), written(words.get(++i).text()).toString()));
      } else {
        command.add(w.text());
      }
    }
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(cwd.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile());
    pb.environment().put("AZMOON_HOME", home.toString());
    pb.environment().put("LC_ALL", "C.UTF-8");
    Process p = pb.start();
    p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    if (!p.waitFor(60, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("still running after 60 s (waiting for input?): " + line.text());
    }
    return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  /** Where a file the line writes goes instead: the scratch folder, never the clone or ~. */
  private Path written(String path) throws IOException {
    Path target = scratch.resolve("written").resolve(path.replaceFirst("^~/", "home/"));
    Files.createDirectories(target.getParent());
    return target;
  }

  /** What sh makes of an unquoted {@code dir/*.txt}: the matching files, sorted. */
  private static List<String> glob(Path cwd, String pattern) throws IOException {
    Path dir = cwd.resolve(pattern).getParent();
    List<String> files = new ArrayList<>();
    try (DirectoryStream<Path> matches =
        Files.newDirectoryStream(dir, Path.of(pattern).getFileName().toString())) {
      matches.forEach(f -> files.add(cwd.relativize(f).toString()));
    }
    assertThat(files).as("files matching %s", pattern).isNotEmpty();
    return files.stream().sorted().toList();
  }
}
