package app.azmoon.store;

import app.azmoon.domain.question.Bank;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The banks Azmoon can see, in the order an id is looked up: {@code ./questions/}, the data
 * directory's {@code banks/}, then the bundled Korean War bank.
 *
 * <p>{@code catalog.load("korean-war")} finds the bank by id; {@code catalog.load("my.json")} reads
 * that file.
 */
public final class BankCatalog {
  public static final String BUNDLED_RESOURCE = "app/azmoon/bundled/korean-war.fa.json";

  /** Where each question stands in the bundled bank: made with the jar (BundledIndex). */
  static final String BUNDLED_INDEX = "app/azmoon/bundled/korean-war.fa.index";

  /** Where a bank was found. */
  public enum Place {
    PROJECT("./questions"),
    DATA("data dir"),
    BUNDLED("bundled");

    private final String label;

    Place(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** A bank file and where it was found. */
  public record Entry(Place place, Origin origin) {}

  private final BankReader reader;
  private final Path projectDir;
  private final Path dataBanksDir;
  private final List<Path> files = new ArrayList<>();

  public BankCatalog(BankReader reader, Path projectDir, Path dataBanksDir) {
    this.reader = reader;
    this.projectDir = projectDir;
    this.dataBanksDir = dataBanksDir;
  }

  /** The files of the banks {@link #load} has returned: inputs no output of the run may replace. */
  public List<Path> files() {
    return List.copyOf(files);
  }

  public BankReader reader() {
    return reader;
  }

  public List<Entry> entries() {
    List<Entry> entries = new ArrayList<>();
    jsonFiles(projectDir).forEach(p -> entries.add(new Entry(Place.PROJECT, Origin.listed(p))));
    jsonFiles(dataBanksDir).forEach(p -> entries.add(new Entry(Place.DATA, Origin.listed(p))));
    entries.add(new Entry(Place.BUNDLED, Origin.bundled(BUNDLED_RESOURCE)));
    return entries;
  }

  /**
   * The bundled bank, read without the checks its build already made (the tests read it fully) and
   * through the index its build made: its questions are read when first asked for, so a quiz reads
   * only those it asks. Without a usable index, the whole bank is read at once.
   */
  public Bank bundled() {
    return bundledBank()
        .lazily()
        .orElseGet(() -> reader.readTrusted(Origin.bundled(BUNDLED_RESOURCE), id -> true));
  }

  /**
   * The bundled bank holding only the question {@code questionId}, or none when it has no such
   * question: what {@code check --id} needs, read through the index without the other questions.
   */
  public Bank bundledOnly(String questionId) {
    return bundledBank()
        .only(questionId)
        .orElseGet(() -> reader.readTrusted(Origin.bundled(BUNDLED_RESOURCE), questionId::equals));
  }

  private BundledBank bundledBank() {
    return new BundledBank(reader, Origin.bundled(BUNDLED_RESOURCE), Origin.bundled(BUNDLED_INDEX));
  }

  /**
   * Reads the bank {@code spec} names: a file when it looks like a path or a file of that name
   * exists, else the first bank with that id.
   */
  public Bank load(String spec) {
    Path path = Path.of(spec);
    if (spec.endsWith(".json") || spec.contains("/") || Files.exists(path)) {
      Bank bank = reader.read(Origin.file(path));
      files.add(path);
      return bank;
    }
    List<Entry> entries = entries();
    // Files named after the id are the likely ones; read them first.
    entries.sort(Comparator.comparing(e -> !fileName(e.origin()).startsWith(spec + ".")));
    int unreadable = 0;
    for (Entry entry : entries) {
      try {
        Bank bank = entry.place() == Place.BUNDLED ? bundled() : reader.read(entry.origin());
        if (bank.id().equals(spec)) {
          if (entry.origin() instanceof Origin.FileOrigin file) {
            files.add(file.path());
          }
          return bank;
        }
      } catch (InvalidDataException | StorageException e) {
        unreadable++;
      }
    }
    throw new BankNotFoundException(
        "no bank has the id \""
            + app.azmoon.text.TerminalText.id(spec)
            + "\" and no such file exists (azmoon banks lists them"
            + (unreadable > 0 ? "; " + unreadable + " bank files could not be read" : "")
            + ")");
  }

  private static String fileName(Origin origin) {
    String name = origin.name();
    return name.substring(name.lastIndexOf('/') + 1);
  }

  private static List<Path> jsonFiles(Path dir) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
      stream.forEach(files::add);
    } catch (NoSuchFileException | NotDirectoryException e) {
      return List.of();
    } catch (IOException e) {
      throw new StorageException(dir + ": cannot list: " + e.getMessage(), e);
    }
    files.sort(Comparator.naturalOrder());
    return files;
  }
}
