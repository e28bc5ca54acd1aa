package app.azmoon.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a student's answers: one line per question in the drill's order, UTF-8 (strictly, a leading
 * BOM allowed), LF or CRLF line ends. An optional first line {@code # name: Sara} names the
 * student.
 *
 * <p>"# name: سارا\n1949\n\n۶۳۵ هزار\n" is Sara's sheet: 1949, a skipped question, ۶۳۵ هزار.
 */
public final class AnswerSheets {
  /** One student's answers; a missing line at the end means a skipped question. */
  public record Sheet(String source, Optional<String> name, List<String> answers) {
    public Sheet {
      answers = List.copyOf(answers);
    }

    /** The answer to question {@code i} (0-based), empty when skipped or missing. */
    public String answer(int i) {
      return i < answers.size() ? answers.get(i) : "";
    }
  }

  private static final Pattern NAME =
      Pattern.compile("#\\s*name\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);

  /** Answer files are typed by people: a few kilobytes. A megabyte is generous. */
  public static final long MAX_BYTES = 1L << 20;

  private AnswerSheets() {}

  public static Sheet read(Path file) {
    return parse(file.toString(), Origin.file(file).readText(MAX_BYTES));
  }

  /** Reads standard input (shown as {@code source} in messages). */
  public static Sheet read(InputStream in, String source) {
    try {
      byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new InvalidDataException(
            Problem.ofFile(source, "is over the 1 MiB limit for answers"));
      }
      return parse(source, Origin.decode(source, bytes));
    } catch (IOException e) {
      throw new StorageException(source + ": cannot read: " + e.getMessage(), e);
    }
  }

  static Sheet parse(String source, String text) {
    String body = text.replace("\r\n", "\n").replace('\r', '\n');
    if (body.endsWith("\n")) {
      body = body.substring(0, body.length() - 1);
    }
    List<String> lines = body.isEmpty() ? List.of() : Arrays.asList(body.split("\n", -1));
    Optional<String> name = Optional.empty();
    if (!lines.isEmpty()) {
      Matcher m = NAME.matcher(lines.get(0).strip());
      if (m.matches()) {
        name = Optional.of(m.group(1).strip()).filter(n -> !n.isEmpty());
        lines = lines.subList(1, lines.size());
      }
    }
    return new Sheet(source, name, lines);
  }
}
