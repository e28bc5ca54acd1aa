package app.azmoon.formats;

/**
 * One question a converter leaves out, and why: caught where the question is read or written and
 * turned into a {@link Note} with its line or id, while the others carry on.
 */
final class Skip extends RuntimeException {
  private static final long serialVersionUID = 1L;

  Skip(String message) {
    super(message, null, false, false);
  }
}
