package app.azmoon.tui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.impl.ExternalTerminal;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

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

  /**
   * A terminal over given streams, as tests drive one: JLine's external terminal, which handles
   * keys such as Ctrl-C itself rather than through a native pseudo-terminal.
   */
  public static Terminal virtual(InputStream in, OutputStream out, int width) {
    try {
      Terminal terminal =
          new ExternalTerminal("azmoon-test", "xterm-256color", in, out, StandardCharsets.UTF_8);
      terminal.setSize(Size.of(width, 24));
      return terminal;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The width of the terminal standard output goes to, or 0 when it is none or cannot be told. */
  public static int outputWidth() {
    return provider()
        .filter(p -> p.isSystemStream(SystemStream.Output))
        .map(p -> Math.max(0, p.systemStreamWidth(SystemStream.Output)))
        .orElse(0);
  }

  /** Whether standard error is a terminal; false when that cannot be told. */
  public static boolean errorIsTerminal() {
    return provider().map(p -> p.isSystemStream(SystemStream.Error)).orElse(false);
  }

  /** JLine's native provider, which asks the operating system; empty where it cannot load. */
  private static Optional<TerminalProvider> provider() {
    try {
      return Optional.of(TerminalProvider.load("jni"));
    } catch (IOException | RuntimeException | LinkageError e) {
      return Optional.empty();
    }
  }
}
