package app.azmoon.domain.question;

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
}
