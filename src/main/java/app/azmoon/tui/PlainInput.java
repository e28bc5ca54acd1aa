package app.azmoon.tui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Lines from a pipe or file, with no terminal at all: no escape codes, no line editing, no JLine
 * warnings. Prompts are printed on a line of their own so that a transcript reads well.
 */
public final class PlainInput implements LineInput {
  private final BufferedReader in;
  private final PrintWriter out;
  private final int width;

  public PlainInput(InputStream in, PrintWriter out, int width) {
    this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    this.out = out;
    this.width = width;
  }

  @Override
  public String read(String prompt, List<String> completions) throws EndOfInput {
    out.print(prompt);
    out.flush();
    try {
      String line = in.readLine();
      if (line == null) {
        out.println();
        out.flush();
        throw new EndOfInput();
      }
      out.println(); // the piped answer is not echoed; end the prompt's line
      return line;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void print(List<String> lines) {
    lines.forEach(out::println);
    out.flush();
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public void close() {
    out.flush();
  }
}
