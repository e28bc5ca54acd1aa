package app.azmoon.cli;

import app.azmoon.formats.Formats;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** The format names {@code --from} and {@code --to} take: for --help, completion and checking. */
final class FormatNames {
  private FormatNames() {}

  /** What {@code import --from} reads. */
  static final class Readable implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Formats.readable().iterator();
    }
  }

  /** What {@code export --to} writes: the converters' formats and the bank format itself. */
  static final class Writable implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>(Formats.writable());
      names.add("json");
      return names.iterator();
    }
  }

  /** The converter named {@code name}, or a usage error naming the ones there are. */
  static <T> T pick(
      CommandSpec spec, String option, String name, Optional<T> found, Iterable<String> names) {
    return found.orElseThrow(
        () ->
            new CommandLine.ParameterException(
                spec.commandLine(),
                "unknown format \""
                    + name
                    + "\" for "
                    + option
                    + " (expected one of: "
                    + String.join(", ", names)
                    + ")"));
  }
}
