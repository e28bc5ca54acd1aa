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

  /** A gap and the answers it accepts, the first one being the one shown. */
  public record Gap(List<String> answers) implements Part {
    public Gap {
      answers = List.copyOf(answers);
    }
  }

  public ClozeText {
    parts = List.copyOf(parts);
  }

  public List<Gap> gaps() {
    return parts.stream().filter(Gap.class::isInstance).map(Gap.class::cast).toList();
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
