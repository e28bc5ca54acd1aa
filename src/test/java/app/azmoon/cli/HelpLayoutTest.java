package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.text.Columns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** Every command's --help: wrapped at spaces only, within 80 columns, lined up. */
class HelpLayoutTest {
  private static final CommandLine ROOT =
      AzmoonCommand.commandLine(
          Map.of(),
          Path.of("."),
          Console.plain(java.io.InputStream.nullInputStream(), Map.of()),
          new PrintWriter(new StringWriter()),
          new PrintWriter(new StringWriter()));

  static Stream<String> commands() {
    return Stream.concat(Stream.of(""), ROOT.getSubcommands().keySet().stream());
  }

  private static String help(String command) {
    Cli.Result r =
        command.isEmpty()
            ? Cli.run(Map.of(), Path.of("."), "--help")
            : Cli.run(Map.of(), Path.of("."), command, "--help");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    return r.out();
  }

  private static CommandSpec spec(String command) {
    return command.isEmpty()
        ? ROOT.getCommandSpec()
        : ROOT.getSubcommands().get(command).getCommandSpec();
  }

  @ParameterizedTest(name = "azmoon {0} --help")
  @MethodSource("commands")
  void no_line_is_wider_than_80_columns(String command) {
    assertThat(help(command).lines()).allSatisfy(l -> assertThat(Columns.width(l)).isLessThan(81));
  }

  /** Every word the help is written with (paths, file names, option names) comes out whole. */
  @ParameterizedTest(name = "azmoon {0} --help")
  @MethodSource("commands")
  void no_word_is_ever_broken(String command) {
    CommandSpec spec = spec(command);
    List<String> texts = new ArrayList<>();
    texts.addAll(List.of(spec.usageMessage().description()));
    texts.addAll(List.of(spec.usageMessage().footer()));
    texts.addAll(spec.usageMessage().exitCodeList().values());
    spec.options().forEach(o -> texts.addAll(List.of(o.description())));
    spec.positionalParameters().forEach(p -> texts.addAll(List.of(p.description())));
    Set<String> printed =
        help(command).lines().flatMap(l -> Stream.of(l.split("\\s+"))).collect(Collectors.toSet());
    List<String> words =
        texts.stream()
            .map(t -> t.replace("%n", " ").replace("%%", "%"))
            .flatMap(t -> Stream.of(t.split("\\s+")))
            .filter(w -> !w.isEmpty())
            .toList();
    assertThat(words).isNotEmpty().allSatisfy(w -> assertThat(printed).contains(w));
  }

  @Test
  void the_data_directory_default_is_printed_whole() {
    assertThat(help("play")).contains("~/.local/share/azmoon.");
    assertThat(help("review")).contains("reviews.jsonl");
  }

  /** In the option list, a wrapped description line starts where the descriptions start. */
  @ParameterizedTest(name = "azmoon {0} --help")
  @MethodSource("commands")
  void wrapped_option_descriptions_line_up_under_the_descriptions(String command) {
    List<String> lines = help(command).lines().toList();
    int start = lines.indexOf(lines.stream().filter(l -> l.matches(" {2,6}-.*")).findFirst().get());
    List<String> options = new ArrayList<>();
    for (String line : lines.subList(start, lines.size())) {
      if (!line.startsWith(" ")) {
        break;
      }
      options.add(line);
    }
    java.util.regex.Pattern named = java.util.regex.Pattern.compile("^( +-\\S+(?:, -\\S+)? +)\\S");
    int column =
        options.stream()
            .map(named::matcher)
            .filter(java.util.regex.Matcher::find)
            .mapToInt(m -> m.group(1).length())
            .findFirst()
            .getAsInt();
    assertThat(options)
        .filteredOn(l -> !l.trim().startsWith("-"))
        .allSatisfy(l -> assertThat(l.length() - l.stripLeading().length()).isEqualTo(column));
  }

  @Test
  void every_exit_code_line_is_indented_the_same() {
    List<String> lines = help("").lines().toList();
    int from = lines.indexOf("Exit codes:") + 1;
    List<String> codes =
        lines.subList(
            from, from + (int) lines.stream().skip(from).takeWhile(l -> !l.isEmpty()).count());
    assertThat(codes).hasSizeGreaterThan(7);
    assertThat(codes)
        .allSatisfy(l -> assertThat(l).matches("( {2}\\d| \\d\\d|\\d{3}|   ) {2}\\S.*"));
    assertThat(codes).contains("  0  ok", "130  interrupted");
    assertThat(codes)
        .anySatisfy(l -> assertThat(l).startsWith("     ")); // one line wraps, under its text
  }
}
