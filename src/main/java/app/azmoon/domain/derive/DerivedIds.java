package app.azmoon.domain.derive;

import app.azmoon.domain.question.Ids;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
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
  private static final int HASHED = 8;
  private final String prefix;
  private final Set<String> taken = new HashSet<>();

  DerivedIds(String bankId) {
    // Room for "-cloze-", the hash and a "-NN" for a repeated sentence.
    int room = Ids.MAX_LENGTH - "-numeric-".length() - HASHED - 3;
    this.prefix =
        bankId.length() <= room ? bankId : bankId.substring(0, room).replaceAll("-+$", "");
  }

  /** The id of the {@code occurrence}-th (from 1) span {@code written} in {@code sentence}. */
  String next(String sentence, String written, int occurrence, String kind) {
    String base =
        prefix + "-" + kind + "-" + hash(sentence + '\u0000' + written + '\u0000' + occurrence);
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, HASHED);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
