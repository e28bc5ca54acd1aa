package app.azmoon.domain.answer;

import app.azmoon.domain.answer.TextMatcher.Found;
import app.azmoon.domain.answer.TextMatcher.Known;
import app.azmoon.domain.question.ClozeText.Gap;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.scoring.PartialCredit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Judges a cloze question: one answer per gap, in order, on separate lines or between " | ".
 *
 * <p>For "در {{۱۲|12|دوازده}} آوریل، {{۳۰|سی}} میگ حمله کردند", the answer "دوازده | 30" fills both
 * gaps; "12 | 36" fills one of two and earns 0.5. Each gap is read as a number when both it and its
 * answer are numbers, otherwise as text, typos forgiven, though never into another gap's answer.
 */
final class ClozeChecker {
  private static final Pattern GAPS = Pattern.compile("\\R|\\|");

  private ClozeChecker() {}

  static Verdict check(Question.Cloze q, String answer, Language lang) {
    List<Gap> gaps = q.text().gaps();
    List<String> pieces =
        gaps.size() == 1 ? List.of(answer.strip()) : List.of(GAPS.split(answer.strip(), -1));
    int right = 0;
    boolean typo = false;
    List<String> normalized = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int g = 0; g < gaps.size(); g++) {
      String piece = g < pieces.size() ? pieces.get(g) : "";
      Optional<Found> found = TextMatcher.designate(piece, known(gaps, g), true);
      boolean ok = found.isPresent() && found.get().target() == g;
      right += ok ? 1 : 0;
      typo |= ok && found.get().typo();
      normalized.add(Normalization.text(piece));
      expected.add(
          ok && found.get().typo()
              ? found.get().spelling()
              : Display.spelling(gaps.get(g).answers(), lang));
    }
    return Verdict.of(
        PartialCredit.share(right, gaps.size()),
        typo,
        String.join(" | ", normalized),
        String.join(" | ", expected));
  }

  /** Answers that designate alike: "12", "۱۲" and "دوازده" are one number. */
  private static String sameness(String answer) {
    return NumberReader.read(answer).map(Display::plain).orElseGet(() -> Normalization.key(answer));
  }

  /** This gap's answers, and the other gaps' answers unless this gap accepts them too. */
  private static List<Known> known(List<Gap> gaps, int g) {
    List<Known> known = new ArrayList<>();
    Set<String> own = new HashSet<>();
    for (String a : gaps.get(g).answers()) {
      known.add(new Known(a, g));
      own.add(sameness(a));
    }
    for (int other = 0; other < gaps.size(); other++) {
      for (String a : other == g ? List.<String>of() : gaps.get(other).answers()) {
        if (!own.contains(sameness(a))) {
          known.add(new Known(a, other));
        }
      }
    }
    return known;
  }
}
