package app.azmoon.tui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jline.terminal.Terminal;

/**
 * A person at a virtual terminal: each step's keys are typed only once the screen shows what the
 * step waits for, further down than what the previous step waited for, as a person reads before
 * typing. No step waits for a time, so a slow machine only makes the test slower. If the screen
 * never shows what a step waits for, the keyboard is closed (the program sees the end of input and
 * stops) and {@link #finish} fails with the screen as it was.
 *
 * <pre>{@code
 * Typist typist = Typist.start(80, after("answer>", "2\r"), after("answer>", "\u0004"));
 * new PlayLoop(session, new TerminalInput(typist.terminal()), screen).run();
 * String shown = typist.finish();
 * }</pre>
 */
final class Typist {
  /** Far beyond what a busy machine needs; reached only when the program really stopped. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  /** Keys to type once the screen, since the last keys, shows {@code awaited}. */
  record Step(String awaited, String keys) {}

  static Step after(String awaited, String keys) {
    return new Step(awaited, keys);
  }

  private final ScreenBuffer screen = new ScreenBuffer();
  private final PipedOutputStream keyboard = new PipedOutputStream();
  private final Terminal terminal;
  private final Thread thread;
  private volatile AssertionError failure;
  private volatile Step untyped;

  private Typist(int width, List<Step> steps) throws IOException {
    PipedInputStream in = new PipedInputStream(keyboard);
    this.terminal = Terminals.virtual(in, screen, width);
    this.thread = new Thread(() -> type(steps), "typist");
    thread.setDaemon(true);
  }

  static Typist start(int width, Step... steps) throws IOException {
    Typist typist = new Typist(width, List.of(steps));
    typist.thread.start();
    return typist;
  }

  Terminal terminal() {
    return terminal;
  }

  private void type(List<Step> steps) {
    try {
      int mark = 0;
      for (Step step : steps) {
        untyped = step;
        mark = screen.await(mark, step.awaited());
        keyboard.write(step.keys().getBytes(StandardCharsets.UTF_8));
        keyboard.flush();
      }
      untyped = null;
      // A person stays at the keyboard: the input stays open until the program ends.
      synchronized (this) {
        wait();
      }
    } catch (AssertionError e) {
      failure = e;
      closeKeyboard();
    } catch (InterruptedException | InterruptedIOException e) {
      // the program ended first
    } catch (IOException e) {
      failure = new AssertionError("the keyboard could not type: " + e, e);
    }
  }

  private void closeKeyboard() {
    try {
      keyboard.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Once the program has ended: fails if a step never saw its text or the program ended before
   * every key was typed, else returns everything the screen showed.
   */
  String finish() throws InterruptedException {
    thread.interrupt();
    thread.join(PATIENCE.toMillis());
    if (failure != null) {
      throw failure;
    }
    Step step = untyped;
    if (step != null) {
      throw new AssertionError(
          "the program ended before \""
              + step.awaited()
              + "\" showed and "
              + step.keys().codePoints().mapToObj(c -> String.format("U+%04X", c)).toList()
              + " could be typed; the screen showed:\n"
              + screen.text());
    }
    return screen.text();
  }

  /** Everything the terminal printed; writers wake the one waiting for a text to show. */
  private static final class ScreenBuffer extends ByteArrayOutputStream {
    @Override
    public synchronized void write(int b) {
      super.write(b);
      notifyAll();
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      super.write(b, off, len);
      notifyAll();
    }

    synchronized String text() {
      return toString(StandardCharsets.UTF_8);
    }

    /**
     * Waits until the screen from {@code mark} on (a character index) shows {@code awaited}, and
     * returns the index just past it: the next step reads on from there, as a person reads down the
     * screen.
     */
    synchronized int await(int mark, String awaited) throws InterruptedException {
      long deadline = System.nanoTime() + PATIENCE.toNanos();
      for (int at = text().indexOf(awaited, mark); ; at = text().indexOf(awaited, mark)) {
        if (at >= 0) {
          return at + awaited.length();
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new AssertionError(
              "the screen never showed \"" + awaited + "\"; it showed:\n" + text());
        }
        wait(Math.max(1, left / 1_000_000));
      }
    }
  }
}
