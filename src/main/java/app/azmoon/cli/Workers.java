package app.azmoon.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs independent tasks (one student's sheet, one report file) on every core, and hands their
 * results back in the order the tasks were given, so what is printed and written does not depend on
 * which finished first. With one core or one task, each runs in the caller's thread.
 */
final class Workers implements AutoCloseable {
  private final ExecutorService pool;

  private Workers(ExecutorService pool) {
    this.pool = pool;
  }

  static Workers forTasks(int tasks) {
    int threads = Math.min(tasks, Runtime.getRuntime().availableProcessors());
    return new Workers(
        threads < 2
            ? null
            : Executors.newFixedThreadPool(
                threads,
                r -> {
                  Thread t = new Thread(r, "azmoon-worker");
                  t.setDaemon(true);
                  return t;
                }));
  }

  /** Starts {@code task} on each item; {@link #get} each result in order. */
  <T, R> List<Future<R>> start(List<T> items, Function<T, R> task) {
    List<Future<R>> results = new ArrayList<>(items.size());
    for (T item : items) {
      if (pool == null) {
        java.util.concurrent.CompletableFuture<R> done =
            new java.util.concurrent.CompletableFuture<>();
        try {
          done.complete(task.apply(item));
        } catch (RuntimeException e) {
          done.completeExceptionally(e);
        }
        results.add(done);
      } else {
        results.add(pool.submit(() -> task.apply(item)));
      }
    }
    return results;
  }

  /** The task's result, or the exception it threw, thrown here. */
  static <R> R get(Future<R> result) {
    try {
      return result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for a worker", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
