package app.azmoon.domain.answer;

import app.azmoon.domain.question.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labels learners type for shown options and items: numbers in any digit system, Latin letters,
 * and Persian letters in abjad order (الف، ب، ج، د، ه، و، ز، ح، ط، ی…).
 *
 * <p>{@code Labels.letterFor(3, Language.FA)} is "ج" and {@code letterFor(3, Language.EN)} is "c";
 * read back, "ج", "c" and "۳" all name the third option shown.
 */
public final class Labels {
  /** The abjad order, as Persian tests letter their options; past ی it goes on by tens. */
  private static final List<String> PERSIAN =
      List.of(
          "الف", "ب", "ج", "د", "ه", "و", "ز", "ح", "ط", "ی", "ک", "ل", "م", "ن", "س", "ع", "ف",
          "ص", "ق", "ر", "ش", "ت", "ث", "خ", "ذ", "ض", "ظ", "غ");

  private static final Pattern PARTS = Pattern.compile("\\d+|\\p{L}+");

  private Labels() {}

  /** Numbers and words of {@code answer}, split where digits meet letters ("۱ب" is 1 and ب). */
  static List<String> parts(String answer) {
    List<String> parts = new ArrayList<>();
    Matcher m = PARTS.matcher(Normalization.text(answer));
    while (m.find()) {
      parts.add(m.group());
    }
    return parts;
  }

  /** The 1-based position a label names, in range or not. */
  static OptionalInt position(String part) {
    if (part.chars().allMatch(Normalization::isAsciiDigit)) {
      return part.length() > 6 ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(part));
    }
    return letter(part);
  }

  /** The 1-based position a letter label names; numbers are not letters. */
  static OptionalInt letter(String part) {
    if (part.length() == 1 && part.charAt(0) >= 'a' && part.charAt(0) <= 'z') {
      return OptionalInt.of(part.charAt(0) - 'a' + 1);
    }
    int persian = PERSIAN.indexOf(part);
    return persian < 0 ? OptionalInt.empty() : OptionalInt.of(persian + 1);
  }

  static boolean isNumber(String part) {
    return !part.isEmpty() && part.chars().allMatch(Normalization::isAsciiDigit);
  }

  /** The letter shown for a 1-based position: a, b, c… or الف، ب، ج…; the number past the end. */
  public static String letterFor(int position, Language language) {
    if (language == Language.FA) {
      return position <= PERSIAN.size()
          ? PERSIAN.get(position - 1)
          : Display.digits(position, language);
    }
    return position <= 26 ? String.valueOf((char) ('a' + position - 1)) : String.valueOf(position);
  }
}
