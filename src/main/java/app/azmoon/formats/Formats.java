package app.azmoon.formats;

import java.util.List;
import java.util.Optional;

/**
 * Every file format Azmoon converts banks from and to, by the name {@code import --from} and {@code
 * export --to} take. A new format is one more line in {@link #ALL}.
 */
public final class Formats {
  /** A format's name, and how it is read and written, where it is. */
  public record Format(String name, Optional<BankImport> reader, Optional<BankExport> writer) {
    static <T extends BankImport & BankExport> Format both(String name, T converter) {
      return new Format(name, Optional.of(converter), Optional.of(converter));
    }

    static Format writeOnly(String name, BankExport writer) {
      return new Format(name, Optional.empty(), Optional.of(writer));
    }
  }

  private static final List<Format> ALL =
      List.of(
          Format.both("gift", new Gift()),
          Format.both("moodle-xml", new MoodleXml()),
          Format.both("aiken", new Aiken()),
          Format.both("csv", new Csv()),
          Format.writeOnly("anki", new Anki()));

  private Formats() {}

  /** The names {@code import --from} takes. */
  public static List<String> readable() {
    return ALL.stream().filter(f -> f.reader().isPresent()).map(Format::name).toList();
  }

  /** The names {@code export --to} takes, besides the bank format's own {@code json}. */
  public static List<String> writable() {
    return ALL.stream().filter(f -> f.writer().isPresent()).map(Format::name).toList();
  }

  public static Optional<BankImport> reader(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst().flatMap(Format::reader);
  }

  public static Optional<BankExport> writer(String name) {
    return ALL.stream().filter(f -> f.name().equals(name)).findFirst().flatMap(Format::writer);
  }
}
