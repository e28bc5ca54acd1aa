package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Tab offers the values of every option that takes one of a closed set. */
class CompletionTest {
  @TempDir Path dir;

  private String script() {
    Cli.Result r = Cli.run(Map.of(), dir, "completion", "bash");
    assertThat(r.code()).isZero();
    return r.out();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "--rtl    | \"auto\" \"terminal\" \"visual\"",
        "--color  | \"auto\" \"always\" \"never\"",
        "--lang   | \"fa\" \"en\"",
        "--calendar | \"gregorian\" \"persian\"",
        "--order  | \"shuffle\" \"bank\"",
        "--report | \"text\" \"json\" \"csv\"",
      })
  void the_script_lists_the_values_of_the_option(String option, String values) {
    assertThat(script()).contains("(" + values + ") # " + option + " values");
  }

  /** Runs bash's own completion machinery on the generated script, as Tab would. */
  @ParameterizedTest(name = "azmoon {0}<Tab>")
  @CsvSource(
      delimiter = '|',
      value = {
        "play --rtl     | auto terminal visual",
        "list --rtl v   | visual",
        "banks --color  | auto always never",
        "check --lang   | fa en",
        "--order        | shuffle bank",
        "drill --report | text json csv",
        "grade --rtl    | auto terminal visual",
        "cards --lang e | en",
        "stats --calendar | gregorian persian",
        "completion     | bash zsh",
      })
  void bash_completes_the_values(String line, String expected)
      throws IOException, InterruptedException {
    assumeTrue(
        Files.isExecutable(Path.of("/bin/bash")) || Files.isExecutable(Path.of("/usr/bin/bash")),
        "bash is not installed");
    Path file = Files.writeString(dir.resolve("azmoon-completion.bash"), script());
    List<String> words = List.of(("azmoon " + line.strip()).split(" +"));
    String program =
        "compopt() { :; }\n" // only callable inside real completion; a no-op here
            + "source \"$1\"\n"
            + "COMP_WORDS=(\"${@:2}\")\n"
            + "COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))\n"
            + "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
            + "_complete_azmoon\n"
            + "echo \"${COMPREPLY[*]}\"\n";
    ProcessBuilder bash = new ProcessBuilder("bash", "-c", program, "bash", file.toString());
    bash.command().addAll(words);
    if (lastWordIsAnOption(words)) {
      bash.command().add(""); // Tab after "--rtl ": completing an empty word
    }
    Process p = bash.redirectErrorStream(true).start();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertThat(out).isEqualTo(expected);
  }

  /** After an option (or the completion command) the word being completed is still empty. */
  private static boolean lastWordIsAnOption(List<String> words) {
    String last = words.get(words.size() - 1);
    return last.startsWith("--") || last.equals("completion");
  }
}
