package app.azmoon.tui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/** Builds JLine terminals the way Azmoon needs them. */
public final class Terminals {
  private Terminals() {}

  /**
   * The process's own terminal. Grapheme-cluster probing is off: JLine 4 would otherwise send an
   * escape query at start-up and wait about half a second on terminals that never answer.
   */
  public static Terminal system() {
    try {
      return TerminalBuilder.builder()
          .system(true)
          .graphemeCluster(false)
          .encoding(StandardCharsets.UTF_8)
          .build();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A terminal over given streams, as tests drive one. */
  public static Terminal virtual(InputStream in, OutputStream out, int width) {
    try {
      Terminal terminal =
          TerminalBuilder.builder()
              .system(false)
              .streams(in, out)
              .type("xterm-256color")
              .graphemeCluster(false)
              .encoding(StandardCharsets.UTF_8)
              .size(new org.jline.terminal.Size(width, 24))
              .build();
      return terminal;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
