package app.azmoon.formats;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.util.List;
import java.util.Optional;

/**
 * Bank texts from files that do not say which language a string is in: a string with Persian
 * (Arabic-script) letters is Persian, any other is English.
 *
 * <p>{@code Texts.of("پایتخت کره")} is a Persian text, {@code Texts.of("Seoul")} and {@code
 * Texts.of("1950")} English ones; shown in either language, a text with one side shows that side.
 */
public final class Texts {
  private Texts() {}

  /** Whether {@code s} has a letter of the Arabic script, as Persian is written. */
  public static boolean persian(String s) {
    return s.codePoints()
        .anyMatch(
            c ->
                Character.isLetter(c)
                    && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
  }

  /** The language {@code s} is written in, as far as its letters tell. */
  public static Language languageOf(String s) {
    return persian(s) ? Language.FA : Language.EN;
  }

  /** A bank's language: Persian when any of its prompts has Persian letters, else English. */
  public static Language languageOf(List<Question> questions) {
    return questions.stream()
            .map(q -> q.info().prompt())
            .anyMatch(p -> persian(p.in(Language.FA)) || persian(p.in(Language.EN)))
        ? Language.FA
        : Language.EN;
  }

  /** {@code s} as a text in the language its letters are in. */
  public static Text of(String s) {
    return Text.of(languageOf(s), s);
  }

  /**
   * A text from a string in no stated language ({@code plain}) and strings stated to be Persian or
   * English: the stated ones take their side, the plain one the side its letters say or, when that
   * side is taken, the other one. Empty when all three are.
   */
  public static Optional<Text> combine(
      Optional<String> plain, Optional<String> fa, Optional<String> en) {
    Optional<String> persian = fa;
    Optional<String> english = en;
    if (plain.isPresent()) {
      boolean toPersian = persian(plain.get()) ? persian.isEmpty() : english.isPresent();
      if (toPersian && persian.isEmpty()) {
        persian = plain;
      } else if (english.isEmpty()) {
        english = plain;
      }
    }
    return persian.isEmpty() && english.isEmpty()
        ? Optional.empty()
        : Optional.of(new Text(persian, english));
  }

  /** The side of {@code text} in {@code language}, without falling back to the other side. */
  public static Optional<String> side(Text text, Language language) {
    return language == Language.FA ? text.fa() : text.en();
  }
}
