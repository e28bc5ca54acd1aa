package app.azmoon.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Named pipes for tests, made with {@code mkfifo} (a test is skipped where there is none). A pipe's
 * writer runs on its own thread and writes once: a reader that opened the pipe a second time would
 * wait for a writer that never comes.
 */
public final class Fifo {
  private Fifo() {}

  public static Path make(Path dir, String name) throws IOException, InterruptedException {
    Path fifo = dir.resolve(name);
    Process mkfifo;
    try {
      mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo here: " + e.getMessage());
      throw e;
    }
    assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
    return fifo;
  }

  /**
   * Writes {@code bytes} into {@code fifo} once, then closes it; a reader that stops early is fine.
   */
  public static Thread feed(Path fifo, byte[] bytes) {
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(bytes);
              } catch (IOException e) {
                // the reader closed its end first: it read what it wanted
              }
            },
            "fifo writer");
    writer.setDaemon(true);
    writer.start();
    return writer;
  }
}
