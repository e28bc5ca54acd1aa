package app.azmoon.i18n;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.question.Language;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The user interface's words in one language, from {@code messages[_fa].properties}; numbers are
 * written in that language's digits.
 *
 * <p>{@code new Messages(Language.FA).get("summary.score", "۲", "۳", "۶۶٫۷")} is "امتیاز: ۲ از ۳
 * (۶۶٫۷٪)".
 */
public final class Messages {
  private final Language language;
  private final ResourceBundle bundle;

  public Messages(Language language) {
    this.language = language;
    Locale locale = language == Language.FA ? Locale.forLanguageTag("fa") : Locale.ROOT;
    this.bundle =
        ResourceBundle.getBundle(
            "app.azmoon.i18n.messages",
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public Language language() {
    return language;
  }

  public String get(String key, Object... args) {
    String pattern = bundle.getString(key);
    return new MessageFormat(pattern, Locale.ROOT).format(args);
  }

  /** A count or small number in this language's digits, at most one decimal place. */
  public String number(double value) {
    BigDecimal rounded =
        BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
    return Display.number(rounded.scale() < 0 ? rounded.setScale(0) : rounded, language);
  }
}
