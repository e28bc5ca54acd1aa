package app.azmoon.formats;

/** A file that cannot be read as its format at all; the message is one sentence, with the line. */
public final class FormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FormatException(String message) {
    super(message);
  }
}
