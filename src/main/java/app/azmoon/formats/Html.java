package app.azmoon.formats;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Text;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML as question banks hold it, reduced to plain text and back: tags dropped, a paragraph or
 * {@code <br>} a line break, entities decoded, an image its alt text.
 *
 * <p>{@code Html.toText("<p>Who led <b>North&nbsp;Korea</b>?</p><img src=x alt=\"Kim\">")} is "Who
 * led North Korea?\nKim".
 */
final class Html {
  private static final Pattern IMAGE = Pattern.compile("(?i)<img\\b[^<>]*>");
  private static final Pattern ALT =
      Pattern.compile("(?is)\\balt\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s>]+))");
  private static final Pattern BREAK =
      Pattern.compile(
          "(?i)<br\\b[^<>]*>|</?(p|div|li|ul|ol|tr|table|h[1-6]|blockquote|pre)\\b[^<>]*>");
  private static final Pattern TAG = Pattern.compile("<[^<>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
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
          Map.entry("lrm", "\u200E"),
          Map.entry("rlm", "\u200F"),
          Map.entry("laquo", "«"),
          Map.entry("raquo", "»"),
          Map.entry("hellip", "…"),
          Map.entry("ndash", "–"),
          Map.entry("mdash", "—"),
          Map.entry("lsquo", "‘"),
          Map.entry("rsquo", "’"),
          Map.entry("ldquo", "“"),
          Map.entry("rdquo", "”"),
          Map.entry("times", "×"),
          Map.entry("deg", "°"),
          Map.entry("middot", "·"));

  /** Moodle's multi-language filter: {@code <span lang="fa" class="multilang">…</span>}. */
  /**
   * The opening of a part for Moodle's multi-language filter: {@code <span lang="fa"
   * class="multilang">}.
   */
  private static final Pattern MULTILANG =
      Pattern.compile(
          "(?i)<span\\s+(?:lang=\"([a-z]{2})[^\"<>]*\"\\s+class=\"multilang\"|class=\"multilang\"\\s+lang=\"([a-z]{2})[^\"<>]*\")\\s*>");

  private Html() {}

  /**
   * A bank text from a Moodle text: its Persian and English halves when written for Moodle's
   * multi-language filter (HTML or not), else the whole text in the language its script says
   * (Arabic script: Persian). Empty when nothing readable is left.
   */
  static Optional<Text> text(String raw, boolean html) {
    Matcher m = MULTILANG.matcher(raw);
    Optional<String> fa = Optional.empty();
    Optional<String> en = Optional.empty();
    // Each part's end is looked for once, so that a file of unclosed parts takes no longer to read.
    while (m.find()) {
      int close = raw.indexOf("</span>", m.end());
      if (close < 0) {
        break;
      }
      String lang = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
      String value = toText(raw.substring(m.end(), close));
      m.region(close, raw.length());
      if (lang.equals("fa") && fa.isEmpty() && !value.isEmpty()) {
        fa = Optional.of(value);
      } else if (lang.equals("en") && en.isEmpty() && !value.isEmpty()) {
        en = Optional.of(value);
      }
    }
    if (fa.isPresent() || en.isPresent()) {
      return Optional.of(new Text(fa, en));
    }
    String plain = html ? toText(raw) : raw.strip();
    return plain.isEmpty() ? Optional.empty() : Optional.of(Texts.of(plain));
  }

  /** {@code text} as HTML for Moodle, both languages for its multi-language filter. */
  static String fromText(Text text) {
    if (text.fa().isPresent() && text.en().isPresent()) {
      return "<span lang=\"fa\" class=\"multilang\">"
          + fromText(text.fa().get())
          + "</span><span lang=\"en\" class=\"multilang\">"
          + fromText(text.en().get())
          + "</span>";
    }
    Language language = text.fa().isPresent() ? Language.FA : Language.EN;
    String value = text.in(language);
    if (Texts.languageOf(value) == language) {
      return fromText(value);
    }
    // "B-29" as a Persian text would read back as English: its language is said outright.
    return "<span lang=\""
        + language.code()
        + "\" class=\"multilang\">"
        + fromText(value)
        + "</span>";
  }

  /** The text a reader sees: lines kept, runs of spaces made one, blank lines and edges gone. */
  static String toText(String html) {
    // In HTML a line break in the source is a space; only <br> and blocks break lines.
    String text = withoutComments(html.replaceAll("\\R", " "));
    text =
        IMAGE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(" " + alt(m.group()) + " "));
    text = BREAK.matcher(text).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    text = decode(text);
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String clean = line.replaceAll("[\\s\\u00A0]+", " ").strip();
      if (!clean.isEmpty()) {
        out.append(out.isEmpty() ? "" : "\n").append(clean);
      }
    }
    return out.toString();
  }

  private static String withoutComments(String html) {
    StringBuilder out = new StringBuilder(html.length());
    int at = 0;
    for (int open = html.indexOf("<!--"); open >= 0; open = html.indexOf("<!--", at)) {
      int close = html.indexOf("-->", open + 4);
      out.append(html, at, open).append(' ');
      at = close < 0 ? html.length() : close + 3;
    }
    return out.append(html, Math.min(at, html.length()), html.length()).toString();
  }

  /** Character references decoded; an unknown name is left as written. */
  static String decode(String text) {
    return ENTITY
        .matcher(text)
        .replaceAll(
            m -> {
              String name = m.group(1);
              String value;
              if (name.startsWith("#")) {
                boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
                try {
                  int code = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                  value = Character.isValidCodePoint(code) ? Character.toString(code) : m.group();
                } catch (NumberFormatException e) {
                  value = m.group();
                }
              } else {
                value = NAMED.getOrDefault(name, m.group());
              }
              return Matcher.quoteReplacement(value);
            });
  }

  /** Plain text as HTML: {@code & < > "} escaped, line breaks as {@code <br>}. */
  static String fromText(String text) {
    return text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;")
        .replace("\n", "<br>");
  }

  private static String alt(String image) {
    Matcher m = ALT.matcher(image);
    if (!m.find()) {
      return "";
    }
    String value = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    return decode(value);
  }
}
