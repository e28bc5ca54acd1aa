package app.azmoon.domain.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

@Isolated("sets the JVM's default locale")
class PartialDateTest {
  @Test
  void is_written_as_iso_with_leading_zeros() {
    assertThat(new PartialDate(1950, 0, 0)).hasToString("1950");
    assertThat(new PartialDate(1950, 6, 0)).hasToString("1950-06");
    assertThat(new PartialDate(1950, 6, 5)).hasToString("1950-06-05");
    assertThat(new PartialDate(7, 11, 30)).hasToString("0007-11-30");
    assertThat(new PartialDate(12345, 1, 1)).hasToString("12345-01-01");
  }

  @Test
  void reads_back_what_it_writes_for_every_day_of_several_years() {
    for (LocalDate d = LocalDate.of(1949, 1, 1); d.getYear() < 1953; d = d.plusDays(1)) {
      for (PartialDate p :
          new PartialDate[] {
            new PartialDate(d.getYear(), 0, 0),
            new PartialDate(d.getYear(), d.getMonthValue(), 0),
            new PartialDate(d.getYear(), d.getMonthValue(), d.getDayOfMonth())
          }) {
        assertThat(p.toString()).isEqualTo(d.toString().substring(0, p.toString().length()));
        assertThat(PartialDate.parse(p.toString())).contains(p);
      }
    }
  }

  /** A Formatter would write the default locale's digits: ۱۹۵۰-۰۶ under fa_IR. */
  @Test
  void is_written_in_ascii_digits_whatever_the_default_locale() {
    Locale before = Locale.getDefault();
    try {
      for (String tag : new String[] {"fa-IR", "ar-EG", "hi-IN-u-nu-deva", "th-TH-u-nu-thai"}) {
        Locale.setDefault(Locale.forLanguageTag(tag));
        assertThat(new PartialDate(1950, 6, 25)).as(tag).hasToString("1950-06-25");
      }
    } finally {
      Locale.setDefault(before);
    }
  }
}
