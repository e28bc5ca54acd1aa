package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * {@code cards} prints stability and difficulty with {@link CardsCommand#twoDecimals}, which must
 * print what {@code String.format(Locale.ROOT, "%.2f", x)} prints for every double.
 */
class TwoDecimalsTest {
  private static void same(double x) {
    assertThat(CardsCommand.twoDecimals(x))
        .as("%s", x)
        .isEqualTo(String.format(Locale.ROOT, "%.2f", x));
  }

  @Test
  void halves_of_the_last_place_round_up_as_the_formatter_rounds_them() {
    for (int thousandths = 0; thousandths < 40_000; thousandths++) {
      same(thousandths / 1000.0); // 0.005, 0.015 … 1.005 (just below in binary) … 39.995
      same(thousandths / 1000.0 + 1e-9);
      same(thousandths / 1000.0 - 1e-9);
    }
  }

  @Test
  void any_double_prints_as_the_formatter_prints_it() {
    SplittableRandom random = new SplittableRandom(13);
    for (int i = 0; i < 50_000; i++) {
      same(random.nextDouble() * 100); // stabilities and difficulties
      same(random.nextDouble() * 36_500);
      same(Math.scalb(random.nextDouble(), random.nextInt(-60, 80))); // tiny and huge
      same(Double.longBitsToDouble(random.nextLong())); // anything, NaN and negatives included
    }
    for (double x :
        new double[] {
          0.0,
          -0.0,
          -0.001,
          -1.005,
          Double.MIN_VALUE,
          Double.MAX_VALUE,
          1e20,
          1e-5,
          9.995,
          99.995,
          0.995,
          Double.NaN,
          Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY
        }) {
      same(x);
    }
  }
}
