package app.azmoon.cli;

/** Azmoon's exit codes; the sysexits.h values where one fits. Documented in README.md. */
public final class ExitCode {
  public static final int OK = 0;

  /** It ran, and the outcome is negative: an answer not accepted, a drill below its pass mark. */
  public static final int NEGATIVE = 1;

  public static final int USAGE = 2;

  /** A bank, drill spec or answers file is not valid. */
  public static final int DATA = 65;

  /** A bug: something Azmoon did not expect. */
  public static final int SOFTWARE = 70;

  public static final int IO = 74;

  /** The progress store is locked by another running session. */
  public static final int LOCKED = 75;

  public static final int INTERRUPTED = 130;

  private ExitCode() {}
}
