package app.azmoon.store;

/**
 * One thing wrong with an input file, located as precisely as the file allows.
 *
 * <p>Printed as {@code questions/kw.json:12:7: $.questions[3].correct[0]: index 5 is out of range
 * (the question has 4 choices)}.
 *
 * @param line 1-based, or 0 when the problem concerns the whole file
 * @param path a JSON path such as {@code $.questions[3].id}, or empty
 */
public record Problem(String file, int line, int column, String path, String message) {

  public static Problem ofFile(String file, String message) {
    return new Problem(file, 0, 0, "", message);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line).append(':').append(column);
    }
    out.append(": ");
    if (!path.isEmpty()) {
      out.append(path).append(": ");
    }
    return out.append(message).toString();
  }
}
