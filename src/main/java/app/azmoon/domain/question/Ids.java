package app.azmoon.domain.question;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Bank, question and tag ids: lowercase ASCII letters and digits in dash-separated words. */
public final class Ids {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  /** Long enough for any sensible id, short enough to print on one line. */
  public static final int MAX_LENGTH = 80;

  private Ids() {}

  public static boolean isValid(String id) {
    return id.length() <= MAX_LENGTH && ID.matcher(id).matches();
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
