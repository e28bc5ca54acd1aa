package app.azmoon.domain.answer;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import java.math.BigDecimal;
import java.util.List;

/**
 * Right answers as the learner reads them: Persian digits and separators in Persian, ASCII in
 * English.
 *
 * <p>{@code Display.number(new BigDecimal("635000.5"), Language.FA)} is "۶۳۵٬۰۰۰٫۵", and in English
 * "635,000.5"; {@code Display.date(PartialDate.parse("1950-06").get(), Language.FA)} is "ژوئن
 * ۱۹۵۰".
 */
public final class Display {
  private Display() {}

  /** ASCII digits of {@code text} in the language's digits. */
  public static String digits(String text, Language language) {
    if (language != Language.FA) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      out.append(c >= '0' && c <= '9' ? (char) ('\u06F0' + c - '0') : c);
    }
    return out.toString();
  }

  public static String digits(long n, Language language) {
    return digits(Long.toString(n), language);
  }

  /** A number with thousands grouped: ٬ and ٫ in Persian, , and . in English. */
  public static String number(BigDecimal value, Language language) {
    String plain = plain(value);
    boolean negative = plain.startsWith("-");
    String unsigned = negative ? plain.substring(1) : plain;
    int point = unsigned.indexOf('.');
    String whole = point < 0 ? unsigned : unsigned.substring(0, point);
    String fraction = point < 0 ? "" : unsigned.substring(point + 1);
    String group = language == Language.FA ? "\u066C" : ",";
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(group);
      }
      grouped.append(whole.charAt(i));
    }
    if (!fraction.isEmpty()) {
      grouped.append(language == Language.FA ? "\u066B" : ".").append(fraction);
    }
    return (negative ? "-" : "") + digits(grouped.toString(), language);
  }

  /** A number without grouping or trailing zeros: "635000", "1.5". */
  static String plain(BigDecimal value) {
    return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
  }

  /** "۱۲ آوریل ۱۹۵۱" or "12 April 1951"; "ژوئن ۱۹۵۰"; "۱۹۴۹". */
  public static String date(PartialDate date, Language language) {
    String year = digits(date.year(), language);
    if (date.month() == 0) {
      return year;
    }
    String month = MonthNames.display(date.month(), language);
    return date.day() == 0
        ? month + " " + year
        : digits(date.day(), language) + " " + month + " " + year;
  }

  /**
   * The first of a text answer's accepted spellings written in the language's script, since those
   * are plain strings rather than texts in both languages; the very first when none is.
   */
  static String spelling(List<String> spellings, Language language) {
    for (String s : spellings) {
      boolean arabic =
          s.codePoints()
              .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
      if (arabic == (language == Language.FA)) {
        return s;
      }
    }
    return spellings.get(0);
  }
}
