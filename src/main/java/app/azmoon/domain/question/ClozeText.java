package app.azmoon.domain.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A cloze sentence split into literal text and gaps.
 *
 * <p>{@code ClozeText.parse("پایتخت {{سئول|سوول}} است")} has the literal "پایتخت ", a gap accepting
 * سئول or سوول, and the literal " است".
 */
public record ClozeText(List<Part> parts) {

  /** Literal text or a gap. */
  public sealed interface Part {}

  public record Literal(String text) implements Part {}

  /**
   * A gap and the answers it accepts, the first one being the one shown; {@code partial} answers
   * earn part of the gap's share. With {@code options}, the gap is a choice among them, as in
   * Moodle's embedded {@code MULTICHOICE}: the learner names one by its number or its text, and it
   * is right when it is one of {@code answers}. With {@code selectAll} as well, as in Moodle's
   * embedded {@code MULTIRESPONSE}, the learner names every right option: {@code answers} are the
   * right ones, and the gap earns the select-all credit of a choice question.
   */
  public record Gap(
      List<String> answers, List<Partial> partial, List<String> options, boolean selectAll)
      implements Part {
    public Gap {
      answers = List.copyOf(answers);
      partial = List.copyOf(partial);
      options = List.copyOf(options);
      if (selectAll && (options.isEmpty() || answers.isEmpty())) {
        throw new IllegalArgumentException(
            "a select-all gap needs options and at least one right answer among them");
      }
      if (selectAll && !partial.isEmpty()) {
        // The select-all rule scores every pick; a partly right option would mean nothing.
        throw new IllegalArgumentException("a select-all gap has no partly right answers");
      }
      if (!options.isEmpty()) {
        if (options.size() < 2) {
          throw new IllegalArgumentException("a gap with options needs two options or more");
        }
        List<String> named = new ArrayList<>(answers);
        partial.forEach(p -> named.add(p.answer()));
        for (String answer : named) {
          if (!options.contains(answer)) {
            throw new IllegalArgumentException(
                "the gap's answer \"" + answer + "\" is not among its options");
          }
        }
      }
    }

    public Gap(List<String> answers, List<Partial> partial, List<String> options) {
      this(answers, partial, options, false);
    }

    public Gap(List<String> answers) {
      this(answers, List.of(), List.of());
    }

    /** This gap with other options and partly right answers, a choice of one. */
    public Gap with(List<Partial> partial, List<String> options) {
      return with(partial, options, false);
    }

    /** This gap with other options and partly right answers, perhaps select-all. */
    public Gap with(List<Partial> partial, List<String> options, boolean selectAll) {
      return new Gap(answers, partial, options, selectAll);
    }
  }

  public ClozeText {
    parts = List.copyOf(parts);
  }

  public List<Gap> gaps() {
    return parts.stream().filter(Gap.class::isInstance).map(Gap.class::cast).toList();
  }

  /** The same text with its gaps, in order, replaced by {@code gaps}: one for each. */
  public ClozeText withGaps(List<Gap> gaps) {
    if (gaps.size() != gaps().size()) {
      throw new IllegalArgumentException(
          "the text has " + gaps().size() + " gaps, not " + gaps.size());
    }
    java.util.Iterator<Gap> next = gaps.iterator();
    return new ClozeText(
        parts.stream().map(p -> p instanceof Gap ? (Part) next.next() : p).toList());
  }

  /** Splits {@code text} at its {@code {{…}}} gaps; fails with a sentence saying what is wrong. */
  public static ClozeText parse(String text) {
    List<Part> parts = new ArrayList<>();
    int at = 0;
    while (true) {
      int open = text.indexOf("{{", at);
      int strayClose = text.indexOf("}}", at);
      if (strayClose >= 0 && (open < 0 || strayClose < open)) {
        throw new IllegalArgumentException(
            "'}}' at character " + (strayClose + 1) + " closes no gap");
      }
      if (open < 0) {
        break;
      }
      int close = text.indexOf("}}", open + 2);
      if (close < 0) {
        throw new IllegalArgumentException("the gap at character " + (open + 1) + " is not closed");
      }
      String body = text.substring(open + 2, close);
      if (body.contains("{{")) {
        throw new IllegalArgumentException("gaps cannot nest (character " + (open + 1) + ")");
      }
      List<String> answers = Arrays.stream(body.split("\\|", -1)).map(String::strip).toList();
      if (answers.stream().anyMatch(String::isEmpty)) {
        throw new IllegalArgumentException(
            "the gap at character " + (open + 1) + " has an empty answer");
      }
      if (open > at) {
        parts.add(new Literal(text.substring(at, open)));
      }
      parts.add(new Gap(answers));
      at = close + 2;
    }
    if (at < text.length()) {
      parts.add(new Literal(text.substring(at)));
    }
    if (parts.stream().noneMatch(Gap.class::isInstance)) {
      throw new IllegalArgumentException("a cloze text needs at least one {{gap}}");
    }
    return new ClozeText(parts);
  }
}
