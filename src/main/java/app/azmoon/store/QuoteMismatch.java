package app.azmoon.store;

import java.util.Locale;

/**
 * Where a quote parts from its source text: the longest start of the quote that the source holds,
 * and the characters that differ right after it, each named by its code point — the difference is
 * often one a reader cannot see (ي for ی, a space for a half-space).
 *
 * <p>Example: for the quote "ارتش کره به شمال حمله کرد" and the source "… ارتش کره به جنوب حمله کرد
 * …", {@code describe} gives: it matches the source up to "ارتش کره به ", then the quote has "شمال
 * حمله" (U+0634) where the source has "جنوب حمله" (U+062C).
 *
 * <p>Both texts come with runs of white space already collapsed, as the check compares them. The
 * message quotes bank text: it is neutralized where it is printed, like every problem.
 */
final class QuoteMismatch {
  /** Code points of the matching start shown, counted back from where the texts part. */
  static final int BEFORE = 24;

  /** Code points shown from where the texts part. */
  static final int AFTER = 10;

  private QuoteMismatch() {}

  /** How {@code quote}, which {@code source} does not contain, parts from it. */
  static String describe(String quote, String source) {
    int matched = longestPrefixIn(quote, source);
    if (matched == 0) {
      return "not even its first character, " + shown(quote, 0, 1) + ", is in the source";
    }
    int at = source.indexOf(quote.substring(0, matched)) + matched;
    return "it matches the source up to \""
        + tail(quote, matched)
        + "\", then the quote has "
        + shown(quote, matched, AFTER)
        + " where the source "
        + (at < source.length() ? "has " + shown(source, at, AFTER) : "ends");
  }

  /** The length of the longest start of {@code quote} found in {@code source}; binary search. */
  private static int longestPrefixIn(String quote, String source) {
    int low = 0;
    int high = quote.length();
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (source.contains(quote.substring(0, mid))) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    // Never end between the two halves of a surrogate pair.
    return low > 0 && Character.isHighSurrogate(quote.charAt(low - 1)) ? low - 1 : low;
  }

  /** The last {@link #BEFORE} code points before {@code end}, with "…" when there are more. */
  private static String tail(String text, int end) {
    int start = end;
    for (int n = 0; n < BEFORE && start > 0; n++) {
      start = text.offsetByCodePoints(start, -1);
    }
    return (start > 0 ? "…" : "") + text.substring(start, end);
  }

  /**
   * Up to {@code count} code points from {@code at}, quoted ("…" when the text goes on past more
   * than one), and the first one's U+ number.
   */
  private static String shown(String text, int at, int count) {
    int end = at;
    for (int n = 0; n < count && end < text.length(); n++) {
      end = text.offsetByCodePoints(end, 1);
    }
    return "\""
        + text.substring(at, end)
        + (count > 1 && end < text.length() ? "…" : "")
        + "\" ("
        + String.format(Locale.ROOT, "U+%04X", text.codePointAt(at))
        + ")";
  }
}
