package app.azmoon.domain.derive;

import app.azmoon.domain.answer.Normalization;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word, a numeral or a mark of a sentence, where it is, its normalized key and how it is joined
 * to the token before it.
 *
 * <p>In "میگ-۱۵ و ۶۳۵٬۰۰۰ تن" the tokens are the word میگ, the mark - (glued), the numeral ۱۵
 * (glued, key "15"), the word و, the numeral ۶۳۵٬۰۰۰ (key "635000") and the word تن.
 */
record Token(int start, int end, Type type, String text, String key, Join join) {

  enum Type {
    WORD,
    NUMERAL,
    MARK
  }

  /** What stands between this token and the one before it (a space also at the start). */
  enum Join {
    SPACE,
    ZWNJ,
    GLUED
  }

  private static final char ZWNJ = '\u200C';

  /**
   * Digits in any script, thousands grouped by , or ٬ or not at all, then decimals after . or ٫.
   */
  private static final Pattern NUMERAL =
      Pattern.compile(
          "\\d{1,3}(?:[,\u066C]\\d{3})+(?:[.\u066B]\\d+)?(?!\\d|[,\u066C]\\d)|\\d+(?:[.\u066B]\\d+)?",
          Pattern.UNICODE_CHARACTER_CLASS);

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean isNumeral() {
    return type == Type.NUMERAL;
  }

  boolean isMark(String marks) {
    return type == Type.MARK && marks.contains(text);
  }

  /** Joined to the token before by a space. */
  boolean spaced() {
    return join == Join.SPACE;
  }

  /** A numeral's value; empty for a word or a mark. */
  Optional<BigDecimal> value() {
    try {
      return isNumeral() ? Optional.of(new BigDecimal(key)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty(); // digits NFKC does not fold to ASCII: not a number here
    }
  }

  /** A numeral of digits only, without separators or decimals, such as a year. */
  boolean isPlainWhole() {
    return isNumeral() && text.codePoints().allMatch(Character::isDigit);
  }

  /**
   * The tokens of {@code sentence}; invisible marks are kept inside words and otherwise dropped.
   */
  static List<Token> of(String sentence) {
    List<Token> tokens = new ArrayList<>();
    Matcher numeral = NUMERAL.matcher(sentence);
    Join join = Join.SPACE;
    int i = 0;
    while (i < sentence.length()) {
      int c = sentence.codePointAt(i);
      int end;
      Type type;
      if (c == ZWNJ) {
        join = join == Join.GLUED ? Join.ZWNJ : join;
        i++;
        continue;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        join = Join.SPACE;
        i += Character.charCount(c);
        continue;
      } else if (Character.isDigit(c)) {
        numeral.region(i, sentence.length()).lookingAt();
        end = numeral.end();
        type = Type.NUMERAL;
      } else if (inWord(c)) {
        end = i;
        while (end < sentence.length() && inWord(sentence.codePointAt(end))) {
          end += Character.charCount(sentence.codePointAt(end));
        }
        type = Type.WORD;
      } else {
        end = i + Character.charCount(c);
        type = Type.MARK;
      }
      String text = sentence.substring(i, end);
      String key = type == Type.NUMERAL ? Normalization.fold(text) : Normalization.key(text);
      if (type != Type.WORD || !key.isEmpty()) {
        tokens.add(new Token(i, end, type, text, type == Type.MARK ? text : key, join));
        join = Join.GLUED;
      }
      i = end;
    }
    return tokens;
  }

  private static boolean inWord(int c) {
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || (type == Character.FORMAT && c != ZWNJ);
  }
}
