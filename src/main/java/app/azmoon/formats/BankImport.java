package app.azmoon.formats;

/**
 * Reads one file format into questions. Pure: the whole file comes in as text (already decoded, its
 * byte-order mark gone) and nothing is read or written here; ids are made with {@link QuestionIds}
 * so that importing the same file twice gives the same ids.
 */
public interface BankImport {
  /**
   * Reads {@code text}; {@code idPrefix} starts every question id (the bank id). Fails with {@link
   * FormatException} only when the file as a whole cannot be read (not XML at all, no header row);
   * a single bad question is a {@link Note}, and the rest are kept.
   */
  Imported read(String text, String idPrefix);
}
