package app.azmoon.domain.answer;

import app.azmoon.domain.answer.OptionPicks.Picks;
import app.azmoon.domain.answer.TextMatcher.Found;
import app.azmoon.domain.answer.TextMatcher.Known;
import app.azmoon.domain.question.ClozeText.Gap;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.scoring.PartialCredit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
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
    double earned = 0;
    boolean typo = false;
    List<String> normalized = new ArrayList<>();
    List<String> expected = new ArrayList<>();
    for (int g = 0; g < gaps.size(); g++) {
      Gap gap = gaps.get(g);
      String piece = g < pieces.size() ? pieces.get(g) : "";
      Filled filled =
          gap.options().isEmpty()
              ? typed(gaps, g, piece)
              : gap.selectAll() ? all(gap, piece) : picked(gap, piece);
      earned += filled.credit();
      typo |= filled.typo();
      normalized.add(Normalization.text(piece));
      expected.add(filled.spelling().orElseGet(() -> Display.spelling(gap.answers(), lang)));
    }
    return Verdict.of(
        earned >= gaps.size() ? 1 : earned / gaps.size(),
        typo,
        String.join(" | ", normalized),
        String.join(" | ", expected));
  }

  /**
   * What one gap earned, and how its answer is best spelled when a typo was forgiven (or, for a
   * select-all gap, all its right options).
   */
  private record Filled(double credit, boolean typo, Optional<String> spelling) {
    static final Filled NOTHING = new Filled(0, false, Optional.empty());
  }

  /**
   * A typed gap: its own answers, then its partly right ones (targets from the number of gaps on),
   * never another gap's answer.
   */
  private static Filled typed(List<Gap> gaps, int g, String piece) {
    List<Known> known = known(gaps, g);
    List<Partial> partial = gaps.get(g).partial();
    for (int i = 0; i < partial.size(); i++) {
      known.add(new Known(partial.get(i).answer(), gaps.size() + i));
    }
    Optional<Found> found = TextMatcher.designate(piece, known, true);
    if (found.isEmpty()) {
      return Filled.NOTHING;
    }
    int target = found.get().target();
    if (target == g) {
      boolean typo = found.get().typo();
      return new Filled(1, typo, typo ? Optional.of(found.get().spelling()) : Optional.empty());
    }
    return target >= gaps.size()
        ? new Filled(partial.get(target - gaps.size()).credit(), false, Optional.empty())
        : Filled.NOTHING;
  }

  /**
   * A select-all gap: every right option named, by numbers, letters or texts between spaces or
   * commas (" | " and new lines part the gaps), scored as a select-all choice question is.
   */
  private static Filled all(Gap gap, String piece) {
    List<String> options = gap.options();
    List<Known> known = new ArrayList<>();
    for (int i = 0; i < options.size(); i++) {
      known.add(new Known(options.get(i), i + 1));
    }
    Optional<Picks> picks = OptionPicks.read(piece, known, options.size(), true);
    if (picks.isEmpty()) {
      return Filled.NOTHING;
    }
    int right = 0;
    int wrong = 0;
    for (int position : picks.get().positions()) {
      boolean inRange = position >= 1 && position <= options.size();
      if (inRange && gap.answers().contains(options.get(position - 1))) {
        right++;
      } else {
        wrong++;
      }
    }
    double credit = PartialCredit.selectAll(right, wrong, gap.answers().size());
    return new Filled(
        credit, picks.get().typo() && right > 0, Optional.of(String.join(", ", gap.answers())));
  }

  /** A gap with options: one named by its number, letter or text, as in a choice question. */
  private static Filled picked(Gap gap, String piece) {
    List<String> parts = Labels.parts(piece);
    OptionalInt label = parts.size() == 1 ? Labels.position(parts.get(0)) : OptionalInt.empty();
    int option = -1;
    boolean typo = false;
    if (label.isPresent() && label.getAsInt() >= 1 && label.getAsInt() <= gap.options().size()) {
      option = label.getAsInt() - 1;
    } else {
      List<Known> known = new ArrayList<>();
      for (int i = 0; i < gap.options().size(); i++) {
        known.add(new Known(gap.options().get(i), i));
      }
      Optional<Found> found = TextMatcher.designate(piece, known, true);
      if (found.isPresent()) {
        option = found.get().target();
        typo = found.get().typo();
      }
    }
    if (option < 0) {
      return Filled.NOTHING;
    }
    String chosen = gap.options().get(option);
    if (gap.answers().contains(chosen)) {
      return new Filled(1, typo, Optional.empty());
    }
    return gap.partial().stream()
        .filter(p -> p.answer().equals(chosen))
        .findFirst()
        .map(p -> new Filled(p.credit(), false, Optional.empty()))
        .orElse(Filled.NOTHING);
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
