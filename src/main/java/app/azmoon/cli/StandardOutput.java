package app.azmoon.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard output that remembers why a write failed. A {@link PrintWriter} (like {@code
 * System.out}) swallows write errors, so {@code azmoon list > /dev/full} used to exit 0 with
 * nothing written; here the first failure is kept, later writes are dropped, and {@link #exitCode}
 * turns it into exit 74 with one sentence. A reader that went away ({@code azmoon list | head}) is
 * no error: the output stops quietly, as {@code cat} would.
 */
public final class StandardOutput extends OutputStream {
  private final OutputStream out;
  private final PrintWriter writer;
  private volatile IOException failure;

  StandardOutput(OutputStream out) {
    this.out = out;
    // UTF-8 whatever the locale says: Persian must not turn into question marks under LANG=C.
    this.writer = new PrintWriter(new OutputStreamWriter(this, StandardCharsets.UTF_8), true);
  }

  /** The process's standard output. */
  public static StandardOutput system() {
    return new StandardOutput(new FileOutputStream(FileDescriptor.out));
  }

  /** What commands print to. */
  public PrintWriter writer() {
    return writer;
  }

  @Override
  public void write(int b) throws IOException {
    write(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    if (failure != null) {
      return; // what follows a failed write is dropped: no second error, no wait
    }
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      failure = e;
    }
  }

  @Override
  public void flush() throws IOException {
    if (failure == null) {
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  /**
   * The exit code once the command has run: {@code code}, unless a write failed for another reason
   * than a closed pipe; then the reason goes to {@code err} and a run that had gone well (0 or 1)
   * exits 74. An earlier error keeps its own code.
   */
  public int exitCode(int code, PrintWriter err) {
    writer.flush();
    IOException e = failure;
    if (e == null || closedPipe(e)) {
      return code;
    }
    String reason = e.getMessage() == null ? "write error" : e.getMessage();
    err.println("azmoon: cannot write to standard output: " + reason);
    err.flush();
    return code == ExitCode.OK || code == ExitCode.NEGATIVE ? ExitCode.IO : code;
  }

  /**
   * A pipe whose reader is gone. On Linux, standard output being a pipe says it (a pipe cannot be
   * full or out of space); elsewhere the system's word for EPIPE does.
   */
  private static boolean closedPipe(IOException e) {
    try {
      return Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
    } catch (IOException | UnsupportedOperationException | SecurityException notLinux) {
      return String.valueOf(e.getMessage()).contains("Broken pipe");
    }
  }
}
