package app.azmoon.domain.answer;

import app.azmoon.domain.answer.OptionPicks.Picks;
import app.azmoon.domain.answer.TextMatcher.Found;
import app.azmoon.domain.answer.TextMatcher.Known;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.ClozeText.Gap;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.scoring.PartialCredit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    ClozeText text = q.accepting(lang);
    List<Gap> gaps = text.gaps();
    Answers answers = Answers.of(q, text);
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
              ? typed(answers, g, piece)
              : gap.selectAll() ? all(gap, piece) : picked(gap, piece, answers.words());
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
   * Every gap's answers, read once: how they designate ("12", "۱۲" and "دوازده" alike), which gaps
   * each reading belongs to, and the answers by the shape of their keys, so that a gap looks only
   * at the few others a typo could reach. Checking costs a pass over the gaps, not one for each
   * gap.
   */
  private record Answers(
      List<Gap> gaps,
      List<Set<String>> own,
      Map<String, Set<Integer>> gapsOf,
      Map<String, List<Known>> byShape,
      Set<String> words) {
    static Answers of(Question.Cloze q, ClozeText text) {
      List<Gap> gaps = text.gaps();
      List<Set<String>> own = new ArrayList<>();
      Map<String, Set<Integer>> gapsOf = new HashMap<>();
      Map<String, List<Known>> byShape = new HashMap<>();
      List<String> texts = new ArrayList<>();
      for (int g = 0; g < gaps.size(); g++) {
        Set<String> readings = new HashSet<>();
        for (String a : gaps.get(g).answers()) {
          String reading = sameness(a);
          readings.add(reading);
          gapsOf.computeIfAbsent(reading, r -> new HashSet<>()).add(g);
          byShape.computeIfAbsent(shape(a, 0), n -> new ArrayList<>()).add(new Known(reading, g));
          texts.add(a);
        }
        own.add(readings);
      }
      for (ClozeText.Part part : text.parts()) {
        if (part instanceof ClozeText.Literal literal) {
          texts.add(literal.text());
        }
      }
      Set<String> words = TextMatcher.words(texts);
      words.addAll(TextMatcher.promptWords(q));
      return new Answers(gaps, own, gapsOf, byShape, words);
    }

    /** Whether {@code reading} is an answer of a gap other than {@code g}, and not of g. */
    boolean another(String reading, int g) {
      Set<Integer> of = gapsOf.getOrDefault(reading, Set.of());
      return !of.contains(g) && !of.isEmpty();
    }

    /**
     * Other gaps' answers within two letters of {@code piece}'s length, unless g accepts them; as
     * their readings, which designate as they do.
     */
    List<Known> near(String piece, int g) {
      List<Known> near = new ArrayList<>();
      for (int longer = -2; longer <= 2; longer++) {
        for (Known k : byShape.getOrDefault(shape(piece, longer), List.of())) {
          if (k.target() != g && !own.get(g).contains(k.text())) {
            near.add(k);
          }
        }
      }
      return near;
    }

    /**
     * A key's length ({@code longer} added) and digits: a typo keeps the digits and changes the
     * length by two at most, so only answers of a near shape can be as near as a typo.
     */
    private static String shape(String text, int longer) {
      String key = Normalization.key(text);
      StringBuilder digits = new StringBuilder();
      key.chars().filter(Normalization::isAsciiDigit).forEach(c -> digits.append((char) c));
      return (key.codePointCount(0, key.length()) + longer) + ":" + digits;
    }
  }

  /**
   * A typed gap: its own answers, then its partly right ones (targets from the number of gaps on),
   * never another gap's answer, nor a typo as near another gap's answer.
   */
  private static Filled typed(Answers answers, int g, String piece) {
    List<Gap> gaps = answers.gaps();
    List<Known> known = new ArrayList<>();
    gaps.get(g).answers().forEach(a -> known.add(new Known(a, g)));
    List<Partial> partial = gaps.get(g).partial();
    for (int i = 0; i < partial.size(); i++) {
      known.add(new Known(partial.get(i).answer(), gaps.size() + i));
    }
    Optional<Found> found = TextMatcher.designate(piece, known, false);
    if (found.isEmpty() && !answers.another(sameness(piece), g)) {
      found = TextMatcher.designate(piece, known, true, answers.words());
      if (found.isPresent()) {
        // A typo of this gap's answer, unless another gap's answer is as near.
        known.addAll(answers.near(piece, g));
        found = TextMatcher.designate(piece, known, true, answers.words());
      }
    }
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
  private static Filled picked(Gap gap, String piece, Set<String> words) {
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
      Optional<Found> found = TextMatcher.designate(piece, known, true, words);
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
}
