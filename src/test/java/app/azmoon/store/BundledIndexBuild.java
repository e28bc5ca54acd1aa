package app.azmoon.store;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Makes the bundled bank's index ({@link BundledIndex}) while the jar is built: Maven runs it on
 * the compiled classes before the tests (pom.xml, {@code process-test-classes}), so every jar, and
 * every test run, has the index of the bank it holds. It reads the bank fully checked, finds each
 * question's bytes, writes the index, and then checks that the bank read through the index is, for
 * every question, the fully checked one; a difference fails the build. A bank that is not valid
 * gets no index: the run reads it whole and reports its problems as ever.
 *
 * <p>It is a test so that Surefire, which the build has already, can run it; its name keeps it out
 * of the ordinary test run, where TrustedBankTest checks the same.
 */
class BundledIndexBuild {
  @Test
  void the_bundled_bank_gets_an_index_that_reads_it_as_the_full_reader_does() throws IOException {
    make(Path.of(System.getProperty("azmoon.classes", "target/classes")));
  }

  static void make(Path classes) throws IOException {
    Path bankFile = classes.resolve(BankCatalog.BUNDLED_RESOURCE);
    Path indexFile = classes.resolve(BankCatalog.BUNDLED_INDEX);
    Files.deleteIfExists(indexFile);
    BankReader reader = new BankReader(Origin.DEFAULT_MAX_BYTES);
    Bank full;
    try {
      full = reader.read(Origin.file(bankFile));
    } catch (InvalidDataException e) {
      System.err.println("azmoon: the bundled bank is not valid, so it gets no index:");
      System.err.println(e.getMessage());
      return;
    }
    byte[] bytes = Files.readAllBytes(bankFile);
    Files.writeString(indexFile, index(bytes, full).text(), StandardCharsets.UTF_8);
    verify(full, new BankCatalog(reader, Path.of("/nonexistent"), Path.of("/nonexistent")));
  }

  /** The index of {@code bytes}, the text of {@code bank}. */
  static BundledIndex index(byte[] bytes, Bank bank) {
    Ranges ranges = new Ranges(bytes);
    ranges.document();
    List<Question> questions = bank.questions();
    if (ranges.starts.size() != questions.size()) {
      throw new IllegalStateException(
          ranges.starts.size() + " question objects found, " + questions.size() + " read");
    }
    List<BundledIndex.Entry> entries = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      Question q = questions.get(i);
      entries.add(
          new BundledIndex.Entry(
              q.id(), ranges.starts.get(i), ranges.ends.get(i), q.info().tags()));
    }
    return new BundledIndex(
        bytes.length,
        BundledIndex.crc32(bytes),
        ranges.questionsStart,
        ranges.questionsEnd,
        entries);
  }

  /** Fails unless the bundled bank read through its index is the fully checked {@code full}. */
  static void verify(Bank full, BankCatalog catalog) {
    BundledBank indexed =
        new BundledBank(
            catalog.reader(),
            Origin.bundled(BankCatalog.BUNDLED_RESOURCE),
            Origin.bundled(BankCatalog.BUNDLED_INDEX));
    Bank lazy =
        indexed
            .lazily()
            .orElseThrow(() -> new IllegalStateException("the index just written is not used"));
    if (!lazy.equals(full)) {
      throw new IllegalStateException("the bank read through the index differs from the bank");
    }
    // Question by question, as a quiz reads them, and all at once, as a listing does.
    List<Question> oneByOne = indexed.lazily().orElseThrow().questions();
    for (int i = 0; i < full.questions().size(); i++) {
      if (!oneByOne.get(i).equals(full.questions().get(i))) {
        throw new IllegalStateException("question " + i + " differs read through the index");
      }
    }
    for (Question q : full.questions()) {
      Bank one = indexed.only(q.id()).orElseThrow();
      if (!one.questions().equals(List.of(q))
          || !new Bank(full.id(), full.title(), full.language(), full.source(), List.of(q))
              .equals(one)) {
        throw new IllegalStateException("question " + q.id() + " differs read through the index");
      }
    }
  }

  /**
   * Finds the byte ranges of the top-level {@code questions} list and of its items in well-formed
   * JSON (the bank was read fully just before).
   */
  private static final class Ranges {
    private final byte[] b;
    private int pos;
    private int questionsStart = -1;
    private int questionsEnd = -1;
    private final List<Integer> starts = new ArrayList<>();
    private final List<Integer> ends = new ArrayList<>();

    Ranges(byte[] bytes) {
      this.b = bytes;
    }

    void document() {
      space();
      expect('{');
      while (true) {
        space();
        if (b[pos] == '}') {
          break;
        }
        String key = string();
        space();
        expect(':');
        space();
        if (key.equals("questions")) {
          questions();
        } else {
          value();
        }
        space();
        if (b[pos] == ',') {
          pos++;
        }
      }
      if (questionsStart < 0) {
        throw new IllegalStateException("no questions list");
      }
    }

    private void questions() {
      questionsStart = pos;
      expect('[');
      while (true) {
        space();
        if (b[pos] == ']') {
          pos++;
          break;
        }
        starts.add(pos);
        value();
        ends.add(pos);
        space();
        if (b[pos] == ',') {
          pos++;
        }
      }
      questionsEnd = pos;
    }

    private void value() {
      byte c = b[pos];
      if (c == '"') {
        string();
      } else if (c == '{' || c == '[') {
        pos++;
        while (true) {
          space();
          if (b[pos] == '}' || b[pos] == ']') {
            pos++;
            return;
          }
          value();
          space();
          if (b[pos] == ':' || b[pos] == ',') {
            pos++;
          }
        }
      } else {
        while (pos < b.length && "{}[],: \t\r\n".indexOf(b[pos]) < 0) {
          pos++;
        }
      }
    }

    private String string() {
      expect('"');
      int start = pos;
      while (b[pos] != '"') {
        pos += b[pos] == '\\' ? 2 : 1;
      }
      pos++;
      return new String(b, start, pos - 1 - start, StandardCharsets.UTF_8);
    }

    private void space() {
      while (pos < b.length
          && (b[pos] == ' ' || b[pos] == '\t' || b[pos] == '\n' || b[pos] == '\r')) {
        pos++;
      }
    }

    private void expect(char c) {
      if (b[pos] != c) {
        throw new IllegalStateException("expected " + c + " at byte " + pos);
      }
      pos++;
    }
  }
}
