package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a message advises must work, where data lives must follow the XDG spec, and an id quoted in
 * a message shows every character that tells it apart.
 */
class MessagesSayWhatIsTrueTest {
  @TempDir Path dir;

  @Test
  void max_bank_size_says_it_does_not_raise_the_answers_limit() {
    Cli.Result help = Cli.run(Map.of(), dir, "drill", "--help");
    assertThat(help.out().replaceAll("\\s+", " "))
        .contains("--max-bank-size=BYTES Largest bank or source text read")
        .contains("Answers files and drill specs have a fixed 1 MiB limit.");
  }

  @Test
  void an_answers_file_over_its_limit_is_not_told_to_raise_the_bank_limit() throws IOException {
    Path answers = dir.resolve("huge.txt");
    Files.writeString(answers, "a".repeat((1 << 20) + 1));
    for (String[] args :
        new String[][] {
          {"drill", "--count", "1", "--answers", answers.toString()},
          {"drill", "--count", "1", "--max-bank-size", "1G", "--answers", answers.toString()},
        }) {
      Cli.Result r = Cli.run(Map.of("AZMOON_HOME", dir.toString()), dir, args);
      assertThat(r.code()).isEqualTo(65);
      assertThat(r.err())
          .isEqualTo(
              "azmoon: "
                  + answers
                  + ": is 1,048,577 bytes, over the 1,048,576-byte limit for an answers file\n")
          .doesNotContain("--max-bank-size");
    }
  }

  @Test
  void a_bank_over_its_limit_is_told_to_raise_it_with_max_bank_size() throws IOException {
    Path bank = Files.writeString(dir.resolve("big.json"), " ".repeat(2000));
    Cli.Result r =
        Cli.run(
            Map.of("AZMOON_HOME", dir.toString()),
            dir,
            "list",
            "--bank",
            bank.toString(),
            "--max-bank-size",
            "1K");
    assertThat(r.code()).isEqualTo(65);
    assertThat(r.err()).contains("(raise it with --max-bank-size)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"target/xdg-relative", "relative", "./data"})
  void a_relative_xdg_data_home_is_ignored(String relative) throws IOException {
    Path home = dir.resolve("home");
    try {
      Cli.Result r =
          Cli.runWithInput(
              "1949\n",
              Map.of("XDG_DATA_HOME", relative, "HOME", home.toString()),
              dir,
              "play",
              "--count",
              "1",
              "--lang",
              "en");
      assertThat(r.code()).as(r.err()).isIn(0, 1);
      assertThat(home.resolve(".local/share/azmoon/sessions")).isNotEmptyDirectory();
      assertThat(Path.of(relative, "azmoon")).doesNotExist();
      assertThat(dir.resolve(relative).resolve("azmoon")).doesNotExist();
    } finally {
      deleteTree(Path.of(relative, "azmoon"));
    }
  }

  @Test
  void an_absolute_xdg_data_home_is_used() {
    Path xdg = dir.resolve("xdg");
    Cli.Result r =
        Cli.runWithInput(
            "1949\n",
            Map.of("XDG_DATA_HOME", xdg.toString(), "HOME", dir.resolve("home").toString()),
            dir,
            "play",
            "--count",
            "1");
    assertThat(r.code()).as(r.err()).isIn(0, 1);
    assertThat(xdg.resolve("azmoon/sessions")).isNotEmptyDirectory();
  }

  @ParameterizedTest
  @ValueSource(chars = {'\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'})
  void an_invisible_character_in_a_quoted_id_is_shown(char invisible) {
    String hex = "\\u%04X".formatted((int) invisible);
    Map<String, String> env = Map.of("AZMOON_HOME", dir.toString());
    Cli.Result check =
        Cli.run(env, dir, "check", "--id", "kw-prc" + invisible + "-founded-year", "--answer", "1");
    assertThat(check.code()).isEqualTo(2);
    assertThat(check.err()).contains("the id \"kw-prc" + hex + "-founded-year\"");
    assertThat(check.err().indexOf(invisible)).isEqualTo(-1);
    Cli.Result bank = Cli.run(env, dir, "list", "--bank", "korean" + invisible + "-war");
    assertThat(bank.code()).isEqualTo(2);
    assertThat(bank.err()).contains("no bank has the id \"korean" + hex + "-war\"");
    Cli.Result imported =
        Cli.run(env, dir, "import", "--from", "csv", "x.csv", "--id", "a" + invisible, "-o", "o");
    assertThat(imported.err()).contains("--id \"a" + hex + "\"");
  }

  private static void deleteTree(Path root) throws IOException {
    if (Files.exists(root)) {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
  }
}
