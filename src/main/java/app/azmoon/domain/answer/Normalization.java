package app.azmoon.domain.answer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a learner typed into the forms answers are compared in: the six rules of
 * docs/answers.md, applied in order.
 *
 * <p>{@code Normalization.key("کیم‌ایل‌سونگ")} and {@code Normalization.key("کیم ایل سونگ")} are
 * both "کیمایلسونگ"; {@code Normalization.text("ﮐﻤﻮﻧﯿﺴﺖ ها")} is "کمونیست ها".
 *
 * <p>Three stages are public because readers need different amounts of it: {@link #fold} (rules
 * 1–5) keeps punctuation, which dates and signs need; {@link #text} (1–6) keeps word breaks, which
 * number words need; {@link #key} drops them, so a space, a ZWNJ or nothing between parts all
 * match.
 */
public final class Normalization {
  private static final char ZWNJ = '\u200C';

  // A run of 1–3 digits followed by groups of exactly three, each after a , or ٬ separator.
  private static final Pattern GROUPED =
      Pattern.compile("(?<![\\d.])\\d{1,3}(?:[,\u066C]\\d{3})+(?!\\d|[,\u066C]\\d)");
  private static final Pattern SEPARATOR = Pattern.compile("[,\u066C]");

  private Normalization() {}

  /**
   * Rules 1–5: trimmed, folded letters and ASCII digits; ZWNJ becomes a space; punctuation stays.
   */
  public static String fold(String raw) {
    return groupsJoined(folded(raw).toString()).strip();
  }

  /** Rules 1–5 but the thousands separators and the final trim. */
  private static StringBuilder folded(String raw) {
    String s = java.text.Normalizer.normalize(raw.strip(), java.text.Normalizer.Form.NFKC);
    // Lowercasing before marks are dropped, because a few capitals (İ) lowercase to a letter plus
    // a combining mark, which a later pass would otherwise remove and break idempotence.
    s = s.toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(s.length());
    // A plain loop, not codePoints(): checking a big bank folds millions of texts.
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80 || arabicLetter(c)) {
        out.appendCodePoint(foldLetter(c)); // neither invisible nor a mark: the common case
      } else if (c == ZWNJ || c == '\u200B') {
        out.append(' ');
      } else if (!invisible(c) && !combining(c)) {
        out.appendCodePoint(foldLetter(c));
      }
    }
    return out;
  }

  /** Letters of the Arabic block (Persian's included): no mark, digit or sign among them. */
  private static boolean arabicLetter(int c) {
    return (c >= '\u0621' && c <= '\u063F')
        || (c >= '\u0641' && c <= '\u064A')
        || (c >= '\u0671' && c <= '\u06D3');
  }

  /**
   * Rules 1–6: {@link #fold}, then punctuation to single spaces; a decimal point between digits
   * stays.
   */
  public static String text(String raw) {
    return text(raw, true);
  }

  /** {@link #text}, with or without the spaces between words. */
  private static String text(String raw, boolean spaces) {
    StringBuilder folded = folded(raw);
    // Without a separator to join, the folded text as it is: space at its ends, which fold()
    // trims, is dropped here as all space is.
    CharSequence s =
        folded.indexOf(",") < 0 && folded.indexOf("\u066C") < 0
            ? folded
            : groupsJoined(folded.toString()).strip();
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i += Character.charCount(Character.codePointAt(s, i))) {
      int c = Character.codePointAt(s, i);
      boolean decimalPoint =
          c == '.'
              && i > 0
              && i + 1 < s.length()
              && isAsciiDigit(s.charAt(i - 1))
              && isAsciiDigit(s.charAt(i + 1));
      boolean letterOrDigit =
          c < 0x80
              ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isAsciiDigit(c)
              : arabicLetter(c) || Character.isLetterOrDigit(c);
      if (letterOrDigit || decimalPoint) {
        out.appendCodePoint(c);
      } else if (spaces && out.length() > 0 && out.charAt(out.length() - 1) != ' ') {
        out.append(' ');
      }
    }
    return out.toString().strip();
  }

  /** The comparison key: {@link #text} without spaces. */
  public static String key(String raw) {
    return text(raw, false); // letters, digits and points only: nothing for strip() to take
  }

  static boolean isAsciiDigit(int c) {
    return c >= '0' && c <= '9';
  }

  /** Rule 2: marks that change nothing a reader sees (ZWNJ is handled as a word break). */
  private static boolean invisible(int c) {
    return c == '\u200D' // ZWJ
        || c == '\u200E' // LRM
        || c == '\u200F' // RLM
        || c == '\u061C' // ALM
        || (c >= '\u202A' && c <= '\u202E') // embeddings and overrides
        || (c >= '\u2066' && c <= '\u2069') // isolates
        || c == '\u2060' // word joiner
        || c == '\u00AD' // soft hyphen
        || c == '\uFEFF' // BOM
        || c == '\u0640'; // tatweel
  }

  /**
   * Rule 4: harakat, tanvin, hamza above and below, superscript alef, and any other combining mark.
   */
  private static boolean combining(int c) {
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
  }

  /** Rules 3 and 5 for one character: letter variants to the Persian letter, digits to ASCII. */
  private static int foldLetter(int c) {
    switch (c) {
      case '\u064A': // ي Arabic yeh
      case '\u0649': // ى alef maksura
      case '\u0626': // ئ yeh with hamza
        return '\u06CC'; // ی
      case '\u0643': // ك Arabic kaf
        return '\u06A9'; // ک
      case '\u0629': // ة teh marbuta
      case '\u06C0': // ۀ heh with yeh above
      case '\u06C1': // ہ heh goal
      case '\u06D5': // ە ae, which NFKC leaves of a decomposed ۀ
        return '\u0647'; // ه
      case '\u0623': // أ
      case '\u0625': // إ
      case '\u0622': // آ
      case '\u0671': // ٱ alef wasla
        return '\u0627'; // ا
      case '\u0624': // ؤ
        return '\u0648'; // و
      case '\u066B': // ٫ Arabic decimal separator
        return '.';
      default:
        if (c < 0x80 || arabicLetter(c)) {
          return c; // an ASCII digit is already one; spared the Unicode tables
        }
        int digit = Character.isDigit(c) ? Character.digit(c, 10) : -1;
        return digit >= 0 ? '0' + digit : c;
    }
  }

  /** Rule 5's thousands separators: only between groups of three, so "1,2" stays two numbers. */
  private static String groupsJoined(String s) {
    if (s.indexOf(',') < 0 && s.indexOf('\u066C') < 0) {
      return s; // no separator, nothing to join: most texts, spared the regex
    }
    Matcher m = GROUPED.matcher(s);
    StringBuilder out = new StringBuilder(s.length());
    while (m.find()) {
      m.appendReplacement(out, SEPARATOR.matcher(m.group()).replaceAll(""));
    }
    m.appendTail(out);
    return out.toString();
  }
}
