package app.azmoon.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Where each question of the bundled bank stands in its file: made when the jar is built, by a step
 * that also checks every question read through it equals the fully checked bank's (see
 * BundledIndexBuild under src/test), so that a run reads the one question it needs.
 *
 * <p>The text: a first line naming the format, a line with the bank's size and CRC-32 (an index of
 * other bytes is not used), a line with the byte range of the bank's {@code questions} list, then a
 * line per question, in the bank's order: {@code kw-x 530 1800 dates,countries} is question {@code
 * kw-x} at bytes [530, 1800), tagged "dates" and "countries". Ids and tags are lowercase letters,
 * digits and dashes, so spaces and commas separate them safely.
 */
record BundledIndex(
    int bankBytes, long crc32, int questionsStart, int questionsEnd, List<Entry> entries) {
  static final String FORMAT = "azmoon/bank-index@1";

  /** One question: its id, its bytes [start, end) in the bank, its tags. */
  record Entry(String id, int start, int end, List<String> tags) {
    Entry {
      tags = List.copyOf(tags);
    }
  }

  BundledIndex {
    entries = List.copyOf(entries);
    int after = questionsStart;
    for (Entry e : entries) {
      if (e.start() <= after || e.end() <= e.start()) {
        throw new IllegalArgumentException("question " + e.id() + " out of place");
      }
      after = e.end();
    }
    if (questionsStart < 0 || questionsEnd <= after || questionsEnd > bankBytes) {
      throw new IllegalArgumentException("the questions' list out of place");
    }
  }

  /** The index's text, as {@link #parse} reads it. */
  String text() {
    StringBuilder out = new StringBuilder(FORMAT).append('\n');
    out.append("bank ").append(bankBytes).append(' ').append(Long.toHexString(crc32)).append('\n');
    out.append("questions ").append(questionsStart).append(' ').append(questionsEnd).append('\n');
    for (Entry e : entries) {
      out.append(e.id()).append(' ').append(e.start()).append(' ').append(e.end());
      out.append(' ').append(String.join(",", e.tags())).append('\n');
    }
    return out.toString();
  }

  /** The index in {@code text}; empty when it is not one (then the bank is read whole). */
  static Optional<BundledIndex> parse(String text) {
    String[] lines = text.split("\n");
    if (lines.length < 3 || !lines[0].equals(FORMAT)) {
      return Optional.empty();
    }
    try {
      String[] bank = fields(lines[1], "bank", 3);
      String[] questions = fields(lines[2], "questions", 3);
      List<Entry> entries = new ArrayList<>(lines.length - 3);
      for (int i = 3; i < lines.length; i++) {
        String[] f = lines[i].split(" ", -1);
        if (f.length != 4) {
          return Optional.empty();
        }
        List<String> tags = f[3].isEmpty() ? List.of() : Arrays.asList(f[3].split(","));
        entries.add(new Entry(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), tags));
      }
      return Optional.of(
          new BundledIndex(
              Integer.parseInt(bank[1]),
              Long.parseLong(bank[2], 16),
              Integer.parseInt(questions[1]),
              Integer.parseInt(questions[2]),
              entries));
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  private static String[] fields(String line, String name, int count) {
    String[] fields = line.split(" ");
    if (fields.length != count || !fields[0].equals(name)) {
      throw new NumberFormatException(line);
    }
    return fields;
  }

  /** Whether this index was made from exactly {@code bank}'s bytes. */
  boolean describes(byte[] bank) {
    return bank.length == bankBytes && crc32(bank) == crc32;
  }

  static long crc32(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes, 0, bytes.length);
    return crc.getValue();
  }

  /** The bank with an empty question list: its header, read as any bank is. */
  byte[] header(byte[] bank) {
    byte[] out = new byte[questionsStart + 2 + bank.length - questionsEnd];
    System.arraycopy(bank, 0, out, 0, questionsStart);
    out[questionsStart] = '[';
    out[questionsStart + 1] = ']';
    System.arraycopy(bank, questionsEnd, out, questionsStart + 2, bank.length - questionsEnd);
    return out;
  }

  /** The JSON text of question {@code index}. */
  String question(byte[] bank, int index) {
    Entry e = entries.get(index);
    return new String(bank, e.start(), e.end() - e.start(), StandardCharsets.UTF_8);
  }
}
