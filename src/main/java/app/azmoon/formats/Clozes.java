package app.azmoon.formats;

import app.azmoon.domain.question.ClozeText;
import java.util.stream.Collectors;

/**
 * A cloze text written back as the bank format writes it: {@code {{answer|variant}}} for each gap,
 * so that {@code ClozeText.parse(Clozes.text(t))} is {@code t} again.
 */
public final class Clozes {
  private Clozes() {}

  public static String text(ClozeText text) {
    return text.parts().stream()
        .map(
            part ->
                part instanceof ClozeText.Gap g
                    ? "{{" + String.join("|", g.answers()) + "}}"
                    : ((ClozeText.Literal) part).text())
        .collect(Collectors.joining());
  }
}
