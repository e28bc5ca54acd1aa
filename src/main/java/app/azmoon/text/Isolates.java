package app.azmoon.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the stretches of a line that the Unicode bidi algorithm must lay out as one unit, and wraps
 * them in isolates (LRI or RLI … PDI), which {@link java.text.Bidi} and bidi terminals honour.
 *
 * <p>Example: in the Persian line "۲ سخت ۶m · ۳ خوب" the algorithm on its own makes "۶m · ۳" one
 * left-to-right run (a digit after a Latin letter counts as Latin), so a reader going from the
 * right meets ۳ before ۶m and pairs the interval with the wrong rating. Isolating "۶m" keeps it
 * next to سخت, where it belongs.
 *
 * <p>The line is read as words (runs of anything but U+0020). A word is right-to-left if it has a
 * right-to-left letter (Arabic, Hebrew...) and no Latin one, left-to-right if the other way round,
 * mixed if it has both (left to the algorithm), and weak if it has neither (numbers, punctuation,
 * chart bars). Two kinds of stretch are isolated:
 *
 * <ol>
 *   <li>A run of the other direction: in a right-to-left paragraph, consecutive left-to-right and
 *       weak words that start and end with a left-to-right word or a number in ASCII digits; in a
 *       left-to-right paragraph, consecutive right-to-left and weak words that start and end with a
 *       right-to-left word or a number in Persian or Arabic-Indic digits. The run must hold at
 *       least one word of the other direction, and is trimmed to its first and last letter or digit
 *       (plus a % or other number terminator next to a digit), so brackets, quotes and the colon
 *       after it stay in the paragraph's flow; but when a quote or bracket opens just before the
 *       run, the punctuation up to its closing mark is the quoted sentence's own and joins the run.
 *       So "(Korean War 1950)" in Persian and "«۱۲ آوریل ۱۹۵۱.»" in English each read as one block,
 *       the number and the full stop at the block's far end.
 *   <li>A number of digit groups joined by single separators (- + / : . , ٫ ٬), such as a date
 *       ۲۰۲۶-۱۲-۰۱ or a time, wherever it sits in right-to-left text: after Arabic letters the
 *       algorithm takes Persian digits for Arabic numbers, which a hyphen does not join, and would
 *       show the date's groups from right to left. Isolated, a number reads left to right as typed.
 * </ol>
 *
 * <p>Numbers standing alone, spaces, chart bars and punctuation between words are left to the
 * algorithm, which lays out each run of them as one piece.
 */
final class Isolates {
  static final char LRI = '\u2066';
  static final char RLI = '\u2067';
  static final char PDI = '\u2069';

  /**
   * Digit groups joined by one separator each: dates, times, decimals, grouped thousands. A match
   * starts only where a digit run does, and never gives digits back: a long run costs its length.
   */
  private static final Pattern NUMBER =
      Pattern.compile("(?<!\\p{Nd})\\p{Nd}++(?:[-+/:.,\u066B\u066C]\\p{Nd}++)+");

  /**
   * Characters {@code start} to {@code end} (exclusive) laid out as one right-to-left unit or not.
   */
  record Span(int start, int end, boolean rtl) {}

  /**
   * By start, an outer span before the spans it holds. One comparator, not a chain of {@link
   * Comparator#comparingInt} and {@code thenComparing}: a quiz's first line would spin seven
   * classes for that chain.
   */
  private static final Comparator<Span> OUTER_FIRST =
      (a, b) ->
          a.start() != b.start()
              ? Integer.compare(a.start(), b.start())
              : Integer.compare(b.end(), a.end());

  private static final String OPENERS = "([{«‹\"'“‘";
  private static final String CLOSERS = ")]}»›\"'”’";

  private enum Kind {
    LTR,
    RTL,
    MIXED,
    WEAK
  }

  private record Word(int start, int end, Kind kind, boolean asciiDigits, boolean arabicDigits) {}

  private Isolates() {}

  /** The stretches to isolate in one line of a paragraph of direction {@code rtl}, in order. */
  static List<Span> find(String line, boolean rtl) {
    List<Word> words = words(line);
    List<Span> runs = otherDirection(line, words, rtl);
    List<Span> spans = new ArrayList<>(runs);
    Matcher number = NUMBER.matcher(line);
    while (number.find()) {
      // The runs are in order and apart: only the last one starting before the number, and the
      // one after it, can hold or cross it (a binary search keeps a long line linear).
      int at = lastStartingBy(runs, number.start());
      Span before = at < 0 ? null : runs.get(at);
      Span after = at + 1 < runs.size() ? runs.get(at + 1) : null;
      Span inside = before != null && number.end() <= before.end() ? before : null;
      boolean crosses =
          inside == null
              && (before != null && number.start() < before.end()
                  || after != null && after.start() < number.end());
      boolean rightToLeftHere = inside == null ? rtl : inside.rtl();
      if (rightToLeftHere && !crosses) {
        spans.add(new Span(number.start(), number.end(), false));
      }
    }
    spans.sort(OUTER_FIRST);
    return List.copyOf(spans);
  }

  /** {@code line} with each span wrapped in LRI or RLI and PDI; nested spans nest. */
  static String apply(String line, List<Span> spans) {
    if (spans.isEmpty()) {
      return line;
    }
    List<Span> ordered = new ArrayList<>(spans);
    ordered.sort(OUTER_FIRST);
    int[] closing = new int[line.length() + 1];
    ordered.forEach(s -> closing[s.end()]++);
    StringBuilder out = new StringBuilder(line.length() + 2 * spans.size());
    int next = 0;
    for (int i = 0; i <= line.length(); i++) {
      // spans are never empty, so these close ones opened earlier
      out.append(String.valueOf(PDI).repeat(closing[i]));
      for (; next < ordered.size() && ordered.get(next).start() == i; next++) {
        out.append(ordered.get(next).rtl() ? RLI : LRI); // outer spans first
      }
      if (i < line.length()) {
        out.append(line.charAt(i));
      }
    }
    return out.toString();
  }

  /** The index of the last of {@code runs} (in order, apart) starting at or before {@code at}. */
  private static int lastStartingBy(List<Span> runs, int at) {
    int lo = 0;
    int hi = runs.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (runs.get(mid).start() <= at) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  private static List<Span> otherDirection(String line, List<Word> words, boolean rtl) {
    Kind other = rtl ? Kind.LTR : Kind.RTL;
    List<Span> spans = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      if (!anchors(words.get(i), other)) {
        i++;
        continue;
      }
      // Extend over words of the other direction and weak ones; end at the last anchor.
      int last = i;
      boolean hasOther = words.get(i).kind() == other;
      int j = i + 1;
      while (j < words.size()
          && (words.get(j).kind() == other || words.get(j).kind() == Kind.WEAK)) {
        if (anchors(words.get(j), other)) {
          last = j;
          hasOther |= words.get(j).kind() == other;
        }
        j++;
      }
      if (hasOther) {
        int start = firstSignificant(line, words.get(i), other);
        int end = closing(line, start, lastSignificant(line, words.get(last), other));
        spans.add(new Span(start, end, !rtl));
      }
      i = last + 1;
    }
    return spans;
  }

  private static boolean anchors(Word w, Kind other) {
    return w.kind() == other
        || (w.kind() == Kind.WEAK && (other == Kind.LTR ? w.asciiDigits() : w.arabicDigits()));
  }

  private static boolean significant(int cp, Kind other) {
    return Character.isDigit(cp) || kindOf(cp) == other;
  }

  private static int firstSignificant(String line, Word w, Kind other) {
    int i = w.start();
    while (!significant(line.codePointAt(i), other)) {
      i += Character.charCount(line.codePointAt(i));
    }
    // A currency or other number terminator just before a number goes with it.
    while (i > w.start()
        && Character.isDigit(line.codePointAt(i))
        && terminator(line.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static int lastSignificant(String line, Word w, Kind other) {
    int i = w.end();
    while (!significant(line.codePointBefore(i), other)) {
      i -= Character.charCount(line.codePointBefore(i));
    }
    while (i < w.end()
        && Character.isDigit(line.codePointBefore(i))
        && terminator(line.charAt(i))) {
      i++; // 50%, ۱۲٪
    }
    return i;
  }

  /**
   * Where a stretch opened right after a quote or bracket ends: at its closing mark if only
   * punctuation lies between, which is the quoted sentence's own (the full stop of «…داد.»).
   */
  private static int closing(String line, int start, int end) {
    int pair = start > 0 ? OPENERS.indexOf(line.charAt(start - 1)) : -1;
    if (pair < 0) {
      return end;
    }
    for (int i = end; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == CLOSERS.charAt(pair)) {
        return i;
      }
      if (c == ' ' || Character.isLetterOrDigit(c)) {
        break;
      }
    }
    return end;
  }

  private static boolean terminator(char c) {
    return Character.getDirectionality(c) == Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR;
  }

  private static List<Word> words(String line) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    while (i < line.length()) {
      if (line.charAt(i) == ' ') {
        i++;
        continue;
      }
      int start = i;
      boolean ltr = false;
      boolean rtl = false;
      boolean ascii = false;
      boolean arabic = false;
      while (i < line.length() && line.charAt(i) != ' ') {
        int cp = line.codePointAt(i);
        Kind kind = kindOf(cp);
        ltr |= kind == Kind.LTR;
        rtl |= kind == Kind.RTL;
        ascii |= cp >= '0' && cp <= '9';
        arabic |= (cp >= 0x0660 && cp <= 0x0669) || (cp >= 0x06F0 && cp <= 0x06F9);
        i += Character.charCount(cp);
      }
      Kind kind = ltr && rtl ? Kind.MIXED : ltr ? Kind.LTR : rtl ? Kind.RTL : Kind.WEAK;
      words.add(new Word(start, i, kind, ascii, arabic));
    }
    return words;
  }

  /**
   * LTR or RTL for a strong letter, WEAK for anything else. LRM, RLM and ALM count as weak: they
   * are hints to the algorithm, which still sees them, not letters that make a word Latin or
   * Persian.
   */
  private static Kind kindOf(int cp) {
    if (cp == 0x200E || cp == 0x200F || cp == 0x061C) {
      return Kind.WEAK;
    }
    return switch (Character.getDirectionality(cp)) {
      case Character.DIRECTIONALITY_LEFT_TO_RIGHT -> Kind.LTR;
      case Character.DIRECTIONALITY_RIGHT_TO_LEFT, Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC ->
          Kind.RTL;
      default -> Kind.WEAK;
    };
  }
}
