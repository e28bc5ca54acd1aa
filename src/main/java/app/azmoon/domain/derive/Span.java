package app.azmoon.domain.derive;

import app.azmoon.domain.question.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A stretch of a sentence ({@code start} to {@code end}, in its characters) and what it was read
 * as.
 *
 * <p>In "نیروی هوایی ۶۳۵٬۰۰۰ تن بمب ریخت" the span ۶۳۵٬۰۰۰ is a {@link Quantity} of 635000 تن.
 */
record Span(int start, int end, Reading reading) {

  /** What a span says. */
  sealed interface Reading {}

  /** A number, and the noun it counts when one follows (تن, فروند); a percentage counts درصد. */
  record Quantity(BigDecimal value, Optional<String> unit, boolean percent) implements Reading {}

  /** A Gregorian year, month of a year or day. */
  record Dated(PartialDate date) implements Reading {}

  /** A month of "this year" (سپتامبر این سال): the year is the last one the text gave. */
  record ThisYear(int month, int day) implements Reading {}

  /** Text the learner must give back as written: an ordinal, a Solar Hijri or a year-less date. */
  record Literal(List<String> answers, Sort sort) implements Reading {
    enum Sort {
      ORDINAL,
      DATE
    }
  }

  /** Something that looks like a number but is not asked for. */
  record Skip(Reason reason) implements Reading {}
}
