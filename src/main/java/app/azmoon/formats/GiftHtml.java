package app.azmoon.formats;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain text of a GIFT {@code [html]} text: tags dropped, line and paragraph breaks kept as
 * line breaks, an image replaced by its alt text, entities (named and numeric) decoded.
 *
 * <p>{@code GiftHtml.text("<p>A&nbsp;<b>bold</b><br>line &#1575;</p>")} is "A bold\nline ا".
 */
final class GiftHtml {
  private static final Pattern IMAGE =
      Pattern.compile(
          "<img\\b[^>]*?\\balt\\s*=\\s*(\"([^\"]*)\"|'([^']*)')[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BREAK =
      Pattern.compile("<br\\s*/?>|</?(p|div|li|tr|h[1-6])\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);");
  private static final Map<String, String> NAMED =
      Map.ofEntries(
          Map.entry("amp", "&"),
          Map.entry("lt", "<"),
          Map.entry("gt", ">"),
          Map.entry("quot", "\""),
          Map.entry("apos", "'"),
          Map.entry("nbsp", " "),
          Map.entry("zwnj", "\u200C"),
          Map.entry("zwj", "\u200D"),
          Map.entry("rlm", "\u200F"),
          Map.entry("lrm", "\u200E"),
          Map.entry("laquo", "«"),
          Map.entry("raquo", "»"),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("hellip", "…"),
          Map.entry("times", "×"),
          Map.entry("deg", "°"),
          Map.entry("copy", "©"));

  private GiftHtml() {}

  static String text(String html) {
    String text = IMAGE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(alt(m)));
    text = BREAK.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = decode(text);
    // Breaks of the markup are what count, not those of the source around them.
    return text.replaceAll("[ \\t]*\\n[ \\t\\n]*", "\n").replaceAll("[ \\t]+", " ").strip();
  }

  private static String alt(java.util.regex.MatchResult m) {
    return " " + (m.group(2) != null ? m.group(2) : m.group(3)) + " ";
  }

  /** Entities decoded; an unknown one or a number that is no character stays as written. */
  static String decode(String text) {
    return ENTITY
        .matcher(text)
        .replaceAll(
            m -> {
              String name = m.group(1);
              String value;
              if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                value =
                    Character.isValidCodePoint(code) && code != 0
                        ? new String(Character.toChars(code))
                        : m.group();
              } else {
                value = NAMED.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), m.group());
              }
              return Matcher.quoteReplacement(value);
            });
  }
}
