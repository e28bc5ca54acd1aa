package app.azmoon.domain.question;

import java.math.BigDecimal;

/**
 * Numbers that earn part of a numeric question's points: any value in {@code [min, max]} earns
 * {@code credit}, strictly between 0 and 1. A GIFT answer {@code =%50%1822:5} is the range 1817 to
 * 1827 at half credit.
 */
public record PartialRange(BigDecimal min, BigDecimal max, double credit) {
  public PartialRange {
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("min is above max");
    }
    if (!(credit > 0 && credit < 1)) {
      throw new IllegalArgumentException("a partial credit lies between 0 and 1, not " + credit);
    }
  }

  public boolean contains(BigDecimal value) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }
}
