package app.azmoon.formats;

/**
 * Something a conversion could not carry over, or carried over with a change, with where it was:
 * {@code "line 12"} of a GIFT, Aiken or CSV file, {@code "question 'Busan'"} of a Moodle XML file,
 * or a question id on export.
 */
public record Note(String where, String message) {
  @Override
  public String toString() {
    return where + ": " + message;
  }
}
