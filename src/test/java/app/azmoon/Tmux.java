package app.azmoon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A tmux server of a test's own, on a socket in the test's temporary folder, running one command in
 * one window: keys in with send-keys, the screen out with capture-pane. Every tmux command must
 * succeed, and every read of the screen waits for what it needs, so a busy machine only makes a
 * test slower, never wrong. The command's exit code shows as {@code EXIT=n} when it ends; the
 * window stays open until {@link #close}.
 *
 * <pre>{@code
 * try (Tmux tmux = Tmux.start(dir, 100, 50, "./azmoon play")) {
 *   tmux.await("answer>");
 *   tmux.keys("1949", "Enter");
 *   assertThat(tmux.await("EXIT=")).contains("EXIT=0");
 * }
 * }</pre>
 */
final class Tmux implements AutoCloseable {
  /** Far beyond what a busy machine needs; reached only when the program really stopped. */
  private static final Duration PATIENCE = Duration.ofSeconds(60);

  private final Path socket;

  private Tmux(Path socket) {
    this.socket = socket;
  }

  static boolean installed() {
    try {
      Process p = new ProcessBuilder("tmux", "-V").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Starts a server of its own in {@code dir}, running {@code command} under sh. */
  static Tmux start(Path dir, int width, int height, String command) {
    Tmux tmux = new Tmux(dir.resolve("tmux.socket"));
    // "set -m" runs the command as a job of its own, in the terminal's foreground, as a learner's
    // shell does: a Ctrl-C that reaches the terminal as a signal goes to the program, not to the
    // shell that is to print EXIT= and keep the window open.
    tmux.tmux(
        "new-session",
        "-d",
        "-x",
        String.valueOf(width),
        "-y",
        String.valueOf(height),
        "set -m; " + command + "; echo EXIT=$?; exec sleep 3600");
    return tmux;
  }

  /** The server and everything running in its window: what must be gone when the test ends. */
  private List<ProcessHandle> processes() {
    List<ProcessHandle> all = new ArrayList<>();
    for (String pid :
        tmux("display-message", "-p", "-t", "0", "#{pid} #{pane_pid}").strip().split("\\s+")) {
      ProcessHandle.of(Long.parseLong(pid))
          .ifPresent(
              p -> {
                all.add(p);
                p.descendants().forEach(all::add);
              });
    }
    return all;
  }

  /** Types keys, in send-keys' notation ("Enter", "C-c", or literal text). */
  void keys(String... keys) {
    List<String> command = new ArrayList<>(List.of("send-keys", "-t", "0"));
    command.addAll(List.of(keys));
    tmux(command.toArray(String[]::new));
  }

  String screen() {
    return tmux("capture-pane", "-p", "-t", "0");
  }

  /** Waits until the screen shows {@code text}, and returns the screen. */
  String await(String text) throws InterruptedException {
    return await(shown -> shown.contains(text), "\"" + text + "\"");
  }

  /** Waits until the screen satisfies {@code wanted}, described as {@code what}; returns it. */
  String await(Predicate<String> wanted, String what) throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    for (String shown = screen(); ; shown = screen()) {
      if (wanted.test(shown)) {
        return shown;
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the screen never showed " + what + ":\n" + shown);
      }
      Thread.sleep(50); // polls: tmux has no way to wait for a text
    }
  }

  /**
   * Waits until the program waits at {@code prompt}: the last line with text on the screen, where
   * the cursor is, starts with it. Keys typed then reach the line editor, not the terminal's own
   * line discipline in the moment before the editor takes over.
   */
  String awaitPrompt(String prompt) throws InterruptedException {
    return await(
        shown -> {
          List<String> lines = shown.lines().filter(l -> !l.isBlank()).toList();
          return !lines.isEmpty() && lines.get(lines.size() - 1).strip().startsWith(prompt.strip());
        },
        "the prompt \"" + prompt + "\" at the cursor");
  }

  /** Stops the server and waits until it is gone, so that nothing of it outlives the test. */
  @Override
  public void close() {
    List<ProcessHandle> running = processes();
    tmux("kill-server");
    for (ProcessHandle p : running) {
      p.destroy();
      try {
        p.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        throw new AssertionError("process " + p.pid() + " outlived its tmux server", e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    try {
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String tmux(String... args) {
    // -u: the pane speaks UTF-8 whatever the locale, as a learner's terminal does.
    List<String> command = new ArrayList<>(List.of("tmux", "-u", "-S", socket.toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  /** Runs a tmux command to its end; one that fails fails the test with what tmux said. */
  private static String run(List<String> command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError(command + " did not end");
      }
      if (p.exitValue() != 0) {
        throw new AssertionError(command + " failed (" + p.exitValue() + "): " + out);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}
