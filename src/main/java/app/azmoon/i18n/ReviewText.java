package app.azmoon.i18n;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.schedule.Intervals;
import app.azmoon.domain.schedule.Outcome;
import app.azmoon.domain.schedule.Outcomes;
import app.azmoon.domain.schedule.Rating;
import app.azmoon.domain.schedule.State;
import app.azmoon.engine.review.Card;
import app.azmoon.engine.review.ReviewSession;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A flashcard review's words, for both front ends: the card's header, the rating bar with each
 * rating's next interval, and the session's summary.
 *
 * <p>The rating bar reads "1 again 10m · 2 hard 1d · 3 good 3d · 4 easy 8d", and in Persian "۱
 * دوباره ۱۰ دقیقه · ۲ سخت ۱ روز · …": Persian units, because a Latin unit after Persian digits
 * ("۱۰m") is a left-to-right run in a right-to-left line, which the bidi algorithm would join with
 * the next rating's number.
 */
public final class ReviewText {
  private static final Pattern LABEL = Pattern.compile("(<?)([0-9.]+)(m|h|d|mo|y)");
  private final Messages messages;
  private final Dates dates;

  /** Words in {@code messages}' language, with its own calendar for dates. */
  public ReviewText(Messages messages) {
    this(messages, Dates.of(messages.language()));
  }

  public ReviewText(Messages messages, Dates dates) {
    this.messages = messages;
    this.dates = dates;
  }

  public String header(Card card, int number, int total) {
    return messages.get(
        "review.header",
        digits(number),
        digits(total),
        messages.get(card.state().state() == State.NEW ? "review.new" : "review.due"));
  }

  public String ratingName(Rating rating) {
    return messages.get("rating." + rating.code());
  }

  public String ratings(Outcomes outcomes) {
    List<String> parts = new ArrayList<>();
    for (Outcome o : outcomes.all()) {
      parts.add(
          messages.get(
              "review.rating",
              digits(o.rating().grade()),
              ratingName(o.rating()),
              interval(o.interval())));
    }
    return String.join(" · ", parts);
  }

  /**
   * An interval in the interface's words: {@link Intervals#format}'s label (a number and m, h, d,
   * mo or y, perhaps after "<") with its number in the interface's digits and its unit from the
   * messages; number and unit are joined by a no-break space where the unit is a word.
   */
  public String interval(Duration interval) {
    String label = Intervals.format(interval);
    Matcher m = LABEL.matcher(label);
    if (!m.matches()) {
      throw new IllegalStateException("unexpected interval label " + label);
    }
    String shown =
        messages.get("interval." + m.group(3), messages.number(Double.parseDouble(m.group(2))));
    return m.group(1).isEmpty() ? shown : messages.get("interval.under", shown);
  }

  public String keys(Optional<Rating> preselected) {
    return messages.get(
        "review.keys",
        preselected.map(r -> messages.get("review.enter", ratingName(r))).orElse(""));
  }

  public List<String> summary(ReviewSession.Summary s) {
    List<String> out = new ArrayList<>();
    out.add(
        messages.get("review.summary", digits(s.reviewed()), digits(s.right()), digits(s.typed())));
    out.add(
        s.nextDue()
            .map(d -> messages.get("review.next", when(d)))
            .orElse(messages.get("review.next.none")));
    return out;
  }

  public String when(Instant instant) {
    return dates.moment(instant);
  }

  private String digits(long n) {
    return Display.digits(n, messages.language());
  }
}
