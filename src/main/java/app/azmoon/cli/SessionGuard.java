package app.azmoon.cli;

import app.azmoon.engine.Session;
import app.azmoon.engine.Summary;
import app.azmoon.store.SessionRecords;
import app.azmoon.store.StorageException;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Saves a quiz's record exactly once: when the quiz ends, or — when SIGTERM, SIGHUP (the terminal
 * closed) or a SIGINT that JLine does not take (piped input) ends the process first — from the
 * shutdown hook Java runs before it exits 143, 129 or 130. Only SIGKILL loses the record, and then
 * never half of it ({@link app.azmoon.store.AtomicFile}).
 */
final class SessionGuard implements AutoCloseable {
  private final Session session;
  private final SessionRecords records;
  private final List<String> bankIds;
  private final long seed;
  private final PrintWriter err;
  private final Thread hook;
  private boolean done;
  private Optional<Path> saved = Optional.empty();

  SessionGuard(
      Session session, SessionRecords records, List<String> bankIds, long seed, PrintWriter err) {
    this.session = session;
    this.records = records;
    this.bankIds = List.copyOf(bankIds);
    this.seed = seed;
    this.err = err;
    this.hook = new Thread(this::onSignal, "azmoon: save the session on a signal");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The session's summary, read under its lock. */
  Summary summary() {
    synchronized (session) {
      return session.summary();
    }
  }

  /**
   * Saves the record, once: the file, or empty when nothing was answered or it is saved already.
   *
   * @throws StorageException when it cannot be written
   */
  synchronized Optional<Path> save() {
    if (done) {
      return Optional.empty();
    }
    done = true;
    Summary summary = summary();
    if (summary.answered() > 0) {
      saved = Optional.of(records.save(summary, bankIds, seed));
    }
    return saved;
  }

  /** Java is exiting on a signal while the quiz runs: end it where it is and keep what was done. */
  private void onSignal() {
    synchronized (session) {
      session.end();
    }
    try {
      save()
          .ifPresent(
              file ->
                  err.println(
                      "azmoon: interrupted; the session record was saved in "
                          + TerminalText.line(file.toString())));
    } catch (StorageException e) {
      err.println(
          "azmoon: interrupted; the session record was not saved: "
              + TerminalText.line(e.getMessage()));
    }
    err.flush();
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException exiting) {
      // Java is already exiting on a signal: the hook runs, and saves unless save() did.
    }
  }
}
