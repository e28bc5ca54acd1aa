package app.azmoon.domain.question;

import java.util.List;
import java.util.Optional;

/**
 * What every question has, whatever its kind.
 *
 * @param quote the sentence of the bank's source text the question was drawn from
 * @param points what a fully right answer earns
 */
public record Info(
    String id,
    Text prompt,
    Optional<Text> explanation,
    Optional<String> quote,
    List<String> tags,
    double points) {

  public Info {
    if (!Ids.isValid(id)) {
      throw new IllegalArgumentException("not a question id: " + id);
    }
    if (!(points > 0) || Double.isInfinite(points)) {
      throw new IllegalArgumentException("points must be positive: " + points);
    }
    tags = List.copyOf(tags);
  }
}
