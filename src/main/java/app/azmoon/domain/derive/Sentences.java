package app.azmoon.domain.derive;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into sentences at . ! ? ؟ ؛ ; … ۔ and at every line break, keeping each sentence
 * verbatim (only the spaces around it trimmed), so that it can be quoted from the text.
 *
 * <p>{@code split("در سال ۱۲٫۵ درصد رشد کرد. ق.م. بود؟ آری")} gives "در سال ۱۲٫۵ درصد رشد کرد." and
 * "ق.م. بود؟" and "آری": a point between digits, a point with a letter right after it and a point
 * after a single letter (an abbreviation) end nothing.
 */
public final class Sentences {
  /** A sentence and where it starts in the text. */
  public record Sentence(int start, String text) {}

  private static final String ENDS = ".!?؟؛;…۔";
  private static final String CLOSERS = "»\"')]}”’›";

  private Sentences() {}

  public static List<Sentence> split(String text) {
    List<Sentence> sentences = new ArrayList<>();
    int start = 0;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        add(sentences, text, start, i);
        start = ++i;
      } else if (ENDS.indexOf(c) >= 0 && ends(text, i)) {
        int end = i + 1;
        while (end < text.length()
            && (ENDS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
          end++;
        }
        add(sentences, text, start, end);
        start = i = end;
      } else {
        i++;
      }
    }
    add(sentences, text, start, text.length());
    return sentences;
  }

  static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\f'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  /** Whether the mark at {@code i} ends a sentence; only a full stop has exceptions. */
  private static boolean ends(String text, int i) {
    if (text.charAt(i) != '.') {
      return true;
    }
    boolean letterOrDigitAfter =
        i + 1 < text.length() && Character.isLetterOrDigit(text.codePointAt(i + 1));
    boolean singleLetterBefore =
        i > 0
            && Character.isLetter(text.charAt(i - 1))
            && (i == 1 || !Character.isLetterOrDigit(text.charAt(i - 2)));
    return !letterOrDigitAfter && !singleLetterBefore;
  }

  private static void add(List<Sentence> sentences, String text, int start, int end) {
    int from = start;
    int to = end;
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    if (from < to) {
      sentences.add(new Sentence(from, text.substring(from, to)));
    }
  }
}
