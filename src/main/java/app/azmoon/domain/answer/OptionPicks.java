package app.azmoon.domain.answer;

import app.azmoon.domain.answer.TextMatcher.Found;
import app.azmoon.domain.answer.TextMatcher.Known;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads which shown options an answer names, by number, letter or text, for a choice question and a
 * cloze gap with options alike. Several picks take any separator: "1,3", "۱ و ۳", "3 1", "a c",
 * "الف، ج", "استالین، ترومن", «چین و کره شمالی»; «۱/۳» is the option whose text is that fraction,
 * if one is.
 */
final class OptionPicks {
  /** Separators between whole option texts; a space is not one, as texts have spaces. */
  private static final Pattern PIECES = Pattern.compile("[,،;؛\\n|+]+|(?<!\\d)/|/(?!\\d)");

  private static final Set<String> CONJUNCTIONS = Set.of("و", "and", "or", "یا");
  private static final Set<String> OPTION_WORDS =
      Set.of("گزینه", "گزینههای", "option", "options", "choice", "choices");
  private static final Set<String> AFTER_OPTION_WORD = Set.of("ی", "ها", "های");

  private OptionPicks() {}

  /** The picks read from an answer: shown positions (1-based, perhaps out of range). */
  record Picks(Set<Integer> positions, boolean typo) {}

  /**
   * The options {@code answer} names among {@code shown} of them, whose texts {@code known}
   * designate their positions; {@code several} when more than one may be picked.
   */
  static Optional<Picks> read(String answer, List<Known> known, int shown, boolean several) {
    return read(answer, OptionTexts.of(known), shown, several);
  }

  /** The options {@code answer} names, read with the labels and words of the question's prompt. */
  static Optional<Picks> read(String answer, OptionTexts options, int shown, boolean several) {
    Optional<Found> fraction = fraction(answer, options);
    if (fraction.isPresent()) {
      return Optional.of(new Picks(Set.of(fraction.get().target()), false));
    }
    List<String> parts = withoutOptionWords(Labels.parts(answer));
    Optional<Set<Integer>> labels =
        fractions(answer, options) ? Optional.empty() : labels(parts, several);
    boolean labelsInRange =
        labels.isPresent() && labels.get().stream().allMatch(p -> p >= 1 && p <= shown);
    if (labelsInRange && (several || labels.get().size() == 1)) {
      return Optional.of(new Picks(labels.get(), false));
    }
    if (!several && labelsInRange && labels.get().size() > 1) {
      return labels.map(l -> new Picks(l, false)); // "1 3": two labels, never the text "13"
    }
    Optional<Found> whole = text(answer, options);
    if (whole.isPresent()) {
      return Optional.of(new Picks(Set.of(whole.get().target()), whole.get().typo()));
    }
    if (several) {
      Optional<Picks> pieces = pieces(answer, options);
      if (pieces.isPresent()) {
        return pieces;
      }
    }
    // Several labels for one answer, or a number past the last option: read, and wrong.
    return labels.map(l -> new Picks(l, false));
  }

  private static final Pattern FRACTION = Pattern.compile("\\d\\s*/\\s*\\d");

  /** Whether {@code answer} has fractions and so have options: «۱/۳ و ۲/۳» are not labels. */
  private static boolean fractions(String answer, OptionTexts options) {
    return FRACTION.matcher(Normalization.fold(answer)).find()
        && options.known().stream()
            .anyMatch(k -> FRACTION.matcher(Normalization.fold(k.text())).find());
  }

  /** «۱/۳» where an option's text is that fraction names the option, not options 1 and 3. */
  private static Optional<Found> fraction(String answer, OptionTexts options) {
    return Normalization.fold(answer).contains("/")
        ? TextMatcher.designate(answer, options.known(), false)
        : Optional.empty();
  }

  /**
   * Each piece between separators is labels, one option's text or a list of them joined by و:
   * "استالین، ترومن", «تانک، توپخانه و هواپیمای جنگی».
   */
  private static Optional<Picks> pieces(String answer, OptionTexts options) {
    Set<Integer> positions = new LinkedHashSet<>();
    boolean typo = false;
    for (String piece : PIECES.split(Normalization.fold(answer))) {
      if (Normalization.key(piece).isEmpty()) {
        continue;
      }
      Optional<Found> fraction = fraction(piece, options);
      List<String> parts = withoutOptionWords(Labels.parts(piece));
      if (parts.size() > 1 && CONJUNCTIONS.contains(parts.get(0))) {
        parts = parts.subList(1, parts.size()); // "1, 2, and 4"
      }
      Optional<Set<Integer>> labels =
          fractions(piece, options) ? Optional.empty() : labels(parts, true);
      if (fraction.isPresent()) {
        positions.add(fraction.get().target());
        continue;
      }
      if (labels.isPresent()) {
        positions.addAll(labels.get());
        continue;
      }
      String text = String.join(" ", parts); // «، و کره شمالی»: the joining «و» set aside
      Optional<Found> found = options.one(piece).or(() -> options.one(text));
      List<Found> named = found.map(List::of).or(() -> options.list(text)).orElse(List.of());
      if (named.isEmpty()) {
        return Optional.empty();
      }
      for (Found f : named) {
        positions.add(f.target());
        typo |= f.typo();
      }
    }
    return positions.isEmpty() ? Optional.empty() : Optional.of(new Picks(positions, typo));
  }

  /**
   * The option an answer names by its text, or by its label and text together as shown ("۲)
   * استالین"), when both name the same option.
   */
  private static Optional<Found> text(String answer, OptionTexts options) {
    Optional<Found> found = options.one(answer);
    List<String> parts = withoutOptionWords(Labels.parts(answer));
    if ((found.isPresent() && !found.get().typo()) || parts.size() < 2) {
      return found;
    }
    OptionalInt label = Labels.position(parts.get(0));
    String rest = String.join(" ", parts.subList(1, parts.size()));
    Optional<Found> labelled =
        options.one(rest).filter(f -> label.isPresent() && f.target() == label.getAsInt());
    return labelled.isPresent() ? labelled : found;
  }

  /**
   * Reads parts that are all labels; و between two labels is "and", anywhere else it is the sixth
   * Persian letter.
   */
  private static Optional<Set<Integer>> labels(List<String> parts, boolean several) {
    Set<Integer> positions = new LinkedHashSet<>();
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      boolean between = i > 0 && i < parts.size() - 1;
      if (several && between && CONJUNCTIONS.contains(part)) {
        continue;
      }
      OptionalInt p = Labels.position(part);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      positions.add(p.getAsInt());
    }
    return positions.isEmpty() ? Optional.empty() : Optional.of(positions);
  }

  /** "گزینه ۲", "گزینهٔ ب", "گزینه‌های ۱ و ۳": the word "option" says nothing. */
  private static List<String> withoutOptionWords(List<String> parts) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (OPTION_WORDS.contains(parts.get(i))) {
        boolean suffix = i + 2 < parts.size() && AFTER_OPTION_WORD.contains(parts.get(i + 1));
        i += suffix ? 1 : 0;
      } else {
        kept.add(parts.get(i));
      }
    }
    return kept;
  }
}
