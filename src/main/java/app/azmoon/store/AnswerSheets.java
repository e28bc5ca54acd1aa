package app.azmoon.store;

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
  /** One student's answers, in order; a blank line is a skipped question. */
  public record Sheet(String source, Optional<String> name, List<String> answers) {
    public Sheet {
      answers = List.copyOf(answers);
    }

    /** No answer at all: an empty file, or only blank lines and a name. */
    public boolean empty() {
      return answers.stream().allMatch(String::isBlank);
    }
  }

  private static final Pattern NAME =
      Pattern.compile("#\\s*name\\s*:\\s*(.*)", Pattern.CASE_INSENSITIVE);

  /** Answer files are typed by people: a few kilobytes. A megabyte is generous. */
  public static final Origin.Limit LIMIT = new Origin.Limit(1L << 20, " for an answers file");

  private AnswerSheets() {}

  /** Reads a file, a pipe or standard input, once. */
  public static Sheet read(Origin origin) {
    return parse(origin.name(), origin.readText(LIMIT));
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
