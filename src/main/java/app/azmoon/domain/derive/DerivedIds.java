package app.azmoon.domain.derive;

import app.azmoon.domain.question.Ids;
import java.util.HashSet;
import java.util.Set;

/**
 * Stable ids for derived questions: the bank id, the question's kind and eight hex digits of the
 * SHA-256 of its sentence and span. Deriving the same text again gives the same ids, and editing
 * one sentence changes only the ids of that sentence's questions.
 *
 * <p>In bank {@code kw}, the number ۶۳۵٬۰۰۰ of its sentence gets an id such as {@code
 * kw-numeric-1f0c9a3e}; the same sentence twice in a text gives {@code …-2} to the second.
 */
final class DerivedIds {
  private static final int HASHED = 8; // Ids.hash
  private final String prefix;
  private final Set<String> taken = new HashSet<>();

  DerivedIds(String bankId) {
    // Room for the longest kind ("-numeric-"), the hash and a "-NN" for a repeated sentence.
    int room = Ids.MAX_LENGTH - "-numeric-".length() - HASHED - 3;
    this.prefix =
        bankId.length() <= room ? bankId : bankId.substring(0, room).replaceAll("-+$", "");
  }

  /** The id of the {@code occurrence}-th (from 1) span {@code written} in {@code sentence}. */
  String next(String sentence, String written, int occurrence, String kind) {
    String base =
        prefix + "-" + kind + "-" + Ids.hash(sentence + '\u0000' + written + '\u0000' + occurrence);
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
