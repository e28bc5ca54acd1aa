package app.azmoon.domain.question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Bank, question and tag ids: lowercase ASCII letters and digits in dash-separated words. */
public final class Ids {
  /** Long enough for any sensible id, short enough to print on one line. */
  public static final int MAX_LENGTH = 80;

  private Ids() {}

  /**
   * {@code [a-z0-9]+(-[a-z0-9]+)*}, at most {@link #MAX_LENGTH}; a loop, as every id is checked.
   */
  public static boolean isValid(String id) {
    if (id.isEmpty() || id.length() > MAX_LENGTH) {
      return false;
    }
    boolean afterDash = true;
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c == '-') {
        if (afterDash) {
          return false;
        }
        afterDash = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterDash = false;
      } else {
        return false;
      }
    }
    return !afterDash;
  }

  /**
   * Eight hex digits of the SHA-256 of {@code text}: a short, stable part of an id for a question
   * known by no Latin name (one drawn from a Persian sentence, say).
   */
  public static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
