package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of hostile inputs in src/test/resources/app/azmoon/cli/hostile/: one folder a case,
 * run through the real command line. A case's {@code command} holds the arguments, one a line (an
 * argument ending in {@code @NAME} ends in the path of the case's file NAME, one ending in {@code
 * %NAME} in its content); {@code expect} holds {@code exit N}, then lines {@code err TEXT}, {@code
 * out TEXT} (must appear) and {@code out-lacks TEXT} (must not), where {@code \}{@code uXXXX}
 * stands for a character. A file {@code NAME.repeat} (a count on its first line, then a text, its
 * trailing spaces and line breaks dropped) becomes NAME, the text repeated: large inputs are
 * described, not checked in. Every case must end within the hang guard, with no stack trace; see
 * docs/reliability.md.
 */
class HostileInputsTest {
  private static final Path CASES = Path.of("src/test/resources/app/azmoon/cli/hostile");
  private static final Pattern PATH = Pattern.compile("(.*)@([\\w.-]+)");
  private static final Pattern CONTENT = Pattern.compile("(.*)%([\\w.-]+)");
  private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

  @TempDir Path tmp;

  @TestFactory
  Stream<DynamicTest> everyCase() throws IOException {
    List<Path> cases;
    try (Stream<Path> dirs = Files.list(CASES)) {
      cases = dirs.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).hasSizeGreaterThanOrEqualTo(20);
    return cases.stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.getFileName().toString(),
                    () -> assertTimeoutPreemptively(Duration.ofSeconds(60), () -> run(c))));
  }

  private void run(Path source) throws IOException {
    Path dir = Files.createDirectories(tmp.resolve(source.getFileName()));
    try (Stream<Path> files = Files.list(source)) {
      for (Path f : files.toList()) {
        copy(f, dir);
      }
    }
    List<String> args = new ArrayList<>();
    for (String line : Files.readAllLines(source.resolve("command"))) {
      Matcher content = CONTENT.matcher(line);
      Matcher path = PATH.matcher(line);
      args.add(
          path.matches()
              ? path.group(1) + dir.resolve(path.group(2))
              : content.matches()
                  ? content.group(1) + Files.readString(dir.resolve(content.group(2)))
                  : unescape(line));
    }
    Cli.Result result =
        Cli.run(
            Map.of("AZMOON_HOME", dir.resolve("home").toString()),
            dir,
            args.toArray(String[]::new));
    String what = source.getFileName() + ": " + result.err();
    for (String line : Files.readAllLines(source.resolve("expect"))) {
      String[] rule = line.split(" ", 2);
      String text = rule.length > 1 ? unescape(rule[1]) : "";
      switch (rule[0]) {
        case "exit" -> assertThat(result.code()).as(what).isEqualTo(Integer.parseInt(text));
        case "err" -> assertThat(result.err()).as(what).contains(text);
        case "out" -> assertThat(result.out()).as(what).contains(text);
        case "out-lacks" -> assertThat(result.out()).as(what).doesNotContain(text);
        default -> throw new IllegalArgumentException(source + ": unknown rule " + line);
      }
    }
    assertThat(result.err()).as(what).doesNotContain("Exception", "\tat ");
  }

  private static void copy(Path file, Path dir) throws IOException {
    String name = file.getFileName().toString();
    if (!name.endsWith(".repeat")) {
      Files.copy(file, dir.resolve(name));
      return;
    }
    String recipe = Files.readString(file);
    int newline = recipe.indexOf('\n');
    int count = Integer.parseInt(recipe.substring(0, newline).trim());
    String text = unescape(recipe.substring(newline + 1).stripTrailing());
    Files.writeString(
        dir.resolve(name.substring(0, name.length() - ".repeat".length())),
        text.repeat(count),
        StandardCharsets.UTF_8);
  }

  private static String unescape(String s) {
    Matcher m = ESCAPE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(
          out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    return m.appendTail(out).toString();
  }
}
