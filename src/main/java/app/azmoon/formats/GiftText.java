package app.azmoon.formats;

import java.util.Optional;

/**
 * The texts of one GIFT question, made plain: escapes restored, source line breaks made spaces,
 * HTML reduced to text when the question is {@code [html]}; and the escaping that writing needs.
 *
 * <p>Escaped characters ({@code \~ \= \# \{ \} \: \\ \n}) are swapped for private-use placeholders
 * before a question is split, as Moodle does, and put back in each finished text.
 */
record GiftText(boolean html) {
  private static final String ESCAPABLE = "\\~=#{}:n";
  private static final String SPECIAL = "\\~=#{}:";
  private static final char PLACEHOLDER = '\uE000';

  /** A whole text: source line breaks are spaces, and it is stripped. */
  String clean(String written) {
    return literal(written).strip();
  }

  /** A text whose outer spaces count, as the text around a gap. */
  String literal(String written) {
    String text = written.replaceAll("[ \\t]*\\n[ \\t]*", " ");
    if (html) {
      String core = Html.toText(text);
      // The spaces next to a gap survive the reduction.
      String lead = text.startsWith(" ") ? " " : "";
      String trail = text.endsWith(" ") ? " " : "";
      text = core.isEmpty() ? lead : lead + core + trail;
    }
    return restore(text);
  }

  String answer(String written) {
    String value = clean(written);
    if (value.isEmpty()) {
      throw new IllegalArgumentException("an answer is empty");
    }
    return value;
  }

  Optional<String> feedback(String written) {
    return Optional.ofNullable(written).map(this::clean).filter(f -> !f.isEmpty());
  }

  /** Escapes swapped for placeholders: {@code \~} becomes one character no text has. */
  static String protect(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int escaped = i + 1 < text.length() && c == '\\' ? ESCAPABLE.indexOf(text.charAt(i + 1)) : -1;
      if (escaped >= 0) {
        out.append((char) (PLACEHOLDER + escaped));
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static String restore(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      int escaped = c - PLACEHOLDER;
      if (escaped >= 0 && escaped < ESCAPABLE.length()) {
        char original = ESCAPABLE.charAt(escaped);
        out.append(original == 'n' ? '\n' : original);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code text} with GIFT's special characters escaped and line breaks written {@code \n}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (char c : text.toCharArray()) {
      if (SPECIAL.indexOf(c) >= 0) {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
