package app.azmoon.store.progress;

import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.Review;
import app.azmoon.store.LockedException;
import app.azmoon.store.StorageException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A second process for the store's tests: it takes the lock, appends, or writes snapshots, and
 * reports on stdout, so the tests can hold locks across processes and kill writers mid-write.
 *
 * <p>{@code ProgressChild.start("hold", dir)} runs {@code java -cp <test classpath>
 * app.azmoon.store.progress.ProgressChild hold dir}.
 */
public final class ProgressChild {
  static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-03-01T10:00:00Z"));

  private ProgressChild() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "hold" -> {
        try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
          System.out.println("locked " + log.file());
          System.out.flush();
          // Hold until the parent closes our stdin or kills us.
          while (System.in.read() >= 0) {
            // keep waiting
          }
        }
      }
      case "try" -> {
        try (ReviewLock lock = ReviewLock.acquire(dir, CLOCK)) {
          System.out.println("locked " + lock.file());
        } catch (LockedException e) {
          System.out.println("refused " + e.getMessage());
        }
      }
      case "append" -> {
        try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
          for (int i = 0; ; i++) {
            Review r = review(i, "");
            log.append(
                new Review(
                    args[2], r.card(), r.at(), r.rating(), r.answer(), r.correct(), r.took()));
            System.out.println("saved " + i);
            System.out.flush();
          }
        }
      }
      case "append-big" -> {
        try (ReviewLog log = ReviewLog.open(dir, CLOCK)) {
          log.append(review(0, "x".repeat(Integer.parseInt(args[2]))));
          System.out.println("saved");
        } catch (StorageException e) {
          System.out.println("failed " + e.getMessage());
        }
      }
      case "snapshot" -> {
        try {
          SnapshotFile.in(dir).write(payloadSnapshot(Integer.parseInt(args[2]), 'b'));
          System.out.println("saved");
        } catch (StorageException e) {
          System.out.println("failed " + e.getMessage());
        }
      }
      case "snapshots" -> {
        for (int i = 0; ; i++) {
          SnapshotFile.in(dir)
              .write(payloadSnapshot(100_000 + (i % 2) * 50_000, (char) ('a' + i % 2)));
          System.out.println("wrote " + i);
          System.out.flush();
        }
      }
      default -> throw new IllegalArgumentException(args[0]);
    }
  }

  static Review review(int i, String answer) {
    return new Review(
        "bank",
        "c-" + i,
        CLOCK.instant().plusSeconds(i),
        Rating.values()[i % 4],
        answer.isEmpty() ? Optional.empty() : Optional.of(answer),
        Optional.empty(),
        Optional.empty());
  }

  /** A snapshot whose payload is {@code {"fill":"aaaa…"}} with {@code size} letters. */
  static Snapshot payloadSnapshot(int size, char letter) {
    return new Snapshot(
        new LogPosition(1, 1, ""), "{\"fill\":\"" + String.valueOf(letter).repeat(size) + "\"}");
  }

  /** Starts this class in a new JVM, optionally under a shell prefix such as a ulimit. */
  static Process start(String shellPrefix, String... args) throws IOException {
    List<String> command = new ArrayList<>();
    if (!shellPrefix.isEmpty()) {
      command.addAll(List.of("bash", "-c", shellPrefix + " && exec \"$@\"", "bash"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // No perf-data file: under a file-size limit the JVM's own files must not be the ones that
    // fail.
    command.addAll(
        List.of(
            "-XX:-UsePerfData",
            "-XX:TieredStopAtLevel=1",
            "-Xmx64m",
            "-cp",
            System.getProperty("java.class.path"),
            ProgressChild.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
  }

  static BufferedReader output(Process p) {
    return new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
  }

  /** Runs to the end and returns its whole output. */
  static String run(String shellPrefix, String... args) throws IOException, InterruptedException {
    Process p = start(shellPrefix, args);
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    return out.strip();
  }
}
