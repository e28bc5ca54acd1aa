package app.azmoon.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: every history of both reference files, replayed review by review, gives the
 * reference's state, stability and difficulty (within 1e-4), due time and day count after every
 * review. The files were made without fuzz, so these are also the fuzz-off behaviour of {@link
 * Scheduler#next}.
 */
class ReferenceHistoriesTest {
  private static final double TOLERANCE = 1e-4;

  static Stream<ReferenceHistories.Card> shortTermCards() {
    return ReferenceHistories.read(ReferenceHistories.SHORT_TERM).cards().stream();
  }

  static Stream<ReferenceHistories.Card> longTermCards() {
    return ReferenceHistories.read(ReferenceHistories.LONG_TERM).cards().stream();
  }

  @Test
  void the_short_term_reference_uses_our_defaults_without_fuzz() {
    assertThat(ReferenceHistories.read(ReferenceHistories.SHORT_TERM).parameters())
        .isEqualTo(Parameters.DEFAULT.withFuzz(false));
  }

  @Test
  void the_long_term_reference_uses_our_defaults_without_fuzz_or_short_term() {
    assertThat(ReferenceHistories.read(ReferenceHistories.LONG_TERM).parameters())
        .isEqualTo(Parameters.DEFAULT.withFuzz(false).withShortTerm(false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("shortTermCards")
  void short_term_replay_matches_the_reference_after_every_review(ReferenceHistories.Card card) {
    replayMatches(card, ReferenceHistories.read(ReferenceHistories.SHORT_TERM).parameters());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("longTermCards")
  void long_term_replay_matches_the_reference_after_every_review(ReferenceHistories.Card card) {
    replayMatches(card, ReferenceHistories.read(ReferenceHistories.LONG_TERM).parameters());
  }

  private static void replayMatches(ReferenceHistories.Card card, Parameters parameters) {
    Scheduler scheduler = new Scheduler(parameters);
    CardState state = CardState.NEW;
    int i = 0;
    for (ReferenceHistories.Step want : card.steps()) {
      Outcome got =
          scheduler.next(state, want.reviewAt(), "card-" + card.number()).get(want.rating());
      CardState c = got.card();
      String where =
          card.file()
              + " card "
              + card.number()
              + " step "
              + i
              + " ("
              + want.rating().code()
              + " at "
              + want.reviewAt()
              + ")";
      SoftAssertions soft = new SoftAssertions();
      soft.assertThat(c.state()).as(where + " state").isEqualTo(want.state());
      soft.assertThat(c.stability())
          .as(where + " stability")
          .isCloseTo(want.stability(), within(TOLERANCE));
      soft.assertThat(c.difficulty())
          .as(where + " difficulty")
          .isCloseTo(want.difficulty(), within(TOLERANCE));
      soft.assertThat(c.due()).as(where + " due").isEqualTo(want.due());
      soft.assertThat(got.scheduledDays())
          .as(where + " scheduled days")
          .isEqualTo(want.scheduledDays());
      soft.assertAll();
      state = c;
      i++;
    }
  }
}
