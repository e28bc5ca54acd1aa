package app.azmoon.domain.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberReaderTest {

  private static BigDecimal read(String typed) {
    return NumberReader.read(typed).orElse(null);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "635000",
        "635,000",
        "۶۳۵٬۰۰۰",
        "٦٣٥٬٠٠٠",
        "635 000",
        "۶۳۵۰۰۰",
        "٦٣٥٠٠٠",
        "۶۳۵,۰۰۰",
        "635٬000",
        " 635000 ",
        "۶۳۵ ۰۰۰"
      })
  void digits_in_any_script_with_or_without_separators_read_as_one_number(String typed) {
    assertThat(read(typed)).isEqualByComparingTo("635000");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "ششصد و سی و پنج هزار, 635000", // the examples
    "شش صد و سی و پنج هزار, 635000",
    "سی و شش, 36",
    "یکصد, 100",
    "صد, 100",
    "یک‌صد, 100",
    "یک صد, 100",
    "هزار و نهصد و چهل و نه, 1949",
    "یک هزار و نه صد و پنجاه, 1950",
    "صفر, 0",
    "ده, 10",
    "صد و یک, 101",
    "دویست, 200",
    "هزار, 1000",
    "یک میلیون, 1000000",
    "صد هزار, 100000",
    "دو میلیون و سیصد هزار, 2300000",
    "یک میلیارد و یک, 1000000001",
    "هزار میلیارد, 1000000000000",
    "یک تریلیون, 1000000000000",
    "میلیون و هزار, 1001000",
  })
  void persian_number_words_read_as_their_number(String words, String number) {
    assertThat(read(words)).isEqualByComparingTo(number);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "شیش, 6",
    "پونزده, 15",
    "پونصد, 500",
    "شونزده, 16",
    "هیجده, 18",
    "چارصد, 400",
    "سی و شیش, 36",
    "یه میلیون, 1000000",
  })
  void colloquial_forms_read_as_their_number(String words, String number) {
    assertThat(read(words)).isEqualByComparingTo(number);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "سی و پنج",
        "سی‌و‌پنج",
        "سی‌وپنج",
        "سیوپنج",
        "سی  و  پنج",
        "سی\u200Cو پنج",
        "سـی و پـنج"
      })
  void the_connector_may_have_spaces_a_zwnj_or_nothing_around_it(String words) {
    assertThat(read(words)).isEqualByComparingTo("35");
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "۶۳۵ هزار, 635000",
    "635هزار, 635000",
    "1.5 میلیون, 1500000",
    "۱٫۵ میلیون, 1500000",
    "2 میلیون و 300 هزار, 2300000",
    "۱۲ هزار و پانصد, 12500",
  })
  void digits_and_words_mix(String typed, String number) {
    assertThat(read(typed)).isEqualByComparingTo(number);
  }

  @ParameterizedTest(name = "{0} = {1}")
  @CsvSource({
    "1.5, 1.5",
    "۱٫۵, 1.5",
    "٠٫٢٥, 0.25",
    "'1,234.5', 1234.5",
    "-12, -12",
    "−۱۲, -12",
    "منفی دوازده, -12",
    "007, 7",
  })
  void decimals_and_signs_read(String typed, String number) {
    assertThat(read(typed)).isEqualByComparingTo(number);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "635000 تن",
        "635,000 تن",
        "۶۳۵ هزار تن",
        "ششصد و سی و پنج هزار تن",
        "635000تن",
        "635000 tons",
        "635000 Tons"
      })
  void a_trailing_unit_word_of_the_question_is_set_aside(String typed) {
    assertThat(NumberReader.read(typed, List.of("تن", "tons")))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("635000"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"635000 تن", "635000 کیلو", "تن"})
  void other_words_and_units_not_of_the_question_are_not_numbers(String typed) {
    List<String> units = typed.equals("635000 تن") ? List.of() : List.of("تن");
    assertThat(NumberReader.read(typed, units)).isEmpty();
  }

  @ParameterizedTest(name = "«{0}»")
  @ValueSource(
      strings = {
        "شش سی", // the example: each part must be smaller than the place before it
        "سی شش", // additive parts need و
        "دو سه",
        "بیست و ده",
        "ده و یک",
        "سی و و شش",
        "و سی",
        "سی و",
        "صد صد",
        "شش و صد",
        "دو میلیون هزار",
        "هزار و میلیون",
        "صفر و یک",
        "یک صفر",
        "هزار و 0.5",
        "1.5.3",
        "12 1951",
        "1,2",
        "",
        "   ",
        "سلام",
        "دوستان",
        "میگ ۱۵",
        "نهصد پنجاه",
      })
  void ill_formed_sequences_are_not_numbers(String typed) {
    assertThat(NumberReader.read(typed)).isEmpty();
  }

  @Test
  @Timeout(60) // a guard against a hang, not a speed target: bench/ measures speed
  void long_runs_of_glued_words_are_read_or_refused_quickly() {
    assertThat(NumberReader.read("ششصد".repeat(40) + "ب")).isEmpty();
    assertThat(NumberReader.read("و".repeat(10_000))).isEmpty();
    assertThat(NumberReader.read("سی و شش ".repeat(500))).isEmpty();
    assertThat(NumberReader.read("ششصدوسیوپنجهزاروششصدوسیوپنج")).contains(new BigDecimal(635_635));
  }

  /** Random numbers from 0 to 10^12 and some decimals, printed every way a learner might. */
  static Stream<Arguments> printedNumbers() {
    SplittableRandom random = new SplittableRandom(1_950_0625);
    return IntStream.range(0, 600)
        .mapToObj(
            i -> {
              BigDecimal n =
                  i % 5 == 4
                      ? BigDecimal.valueOf(
                          random.nextLong(0, 10_000_000_000L), random.nextInt(1, 4))
                      : BigDecimal.valueOf(
                          i < 10
                              ? (long) Math.pow(10, i + 3)
                              : random.nextLong(0, 1_000_000_000_001L));
              String digits = "0123456789۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩";
              int script = random.nextInt(3);
              String[] separators = {"", ",", "٬", " "};
              String separator = separators[random.nextInt(separators.length)];
              String point = script == 0 ? "." : random.nextBoolean() ? "." : "٫";
              String printed = print(n, separator, point);
              StringBuilder out = new StringBuilder();
              for (char c : printed.toCharArray()) {
                out.append(c >= '0' && c <= '9' ? digits.charAt(script * 10 + c - '0') : c);
              }
              return arguments(out.toString(), n);
            });
  }

  private static String print(BigDecimal n, String separator, String point) {
    String plain = n.toPlainString();
    int dot = plain.indexOf('.');
    String whole = dot < 0 ? plain : plain.substring(0, dot);
    StringBuilder grouped = new StringBuilder();
    for (int i = 0; i < whole.length(); i++) {
      if (i > 0 && (whole.length() - i) % 3 == 0) {
        grouped.append(separator);
      }
      grouped.append(whole.charAt(i));
    }
    return dot < 0 ? grouped.toString() : grouped + point + plain.substring(dot + 1);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("printedNumbers")
  void any_number_printed_in_any_digit_system_with_or_without_separators_reads_back(
      String printed, BigDecimal n) {
    assertThat(NumberReader.read(printed))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(n));
  }

  /** Random numbers from 0 to 10^12 in Persian words written by a test-side writer. */
  static Stream<Arguments> numbersInWords() {
    SplittableRandom random = new SplittableRandom(1_951_0412);
    return IntStream.range(0, 600)
        .mapToObj(
            i -> {
              long n =
                  switch (i % 4) {
                    case 0 -> random.nextLong(0, 1_000);
                    case 1 -> random.nextLong(0, 1_000_000);
                    case 2 -> random.nextLong(0, 1_000_000_000);
                    default -> i < 20 ? 1_000_000_000_000L : random.nextLong(0, 1_000_000_000_001L);
                  };
              return arguments(PersianWords.write(n, random), n);
            });
  }

  @ParameterizedTest(name = "{0} = {1}")
  @MethodSource("numbersInWords")
  void any_number_written_in_persian_words_reads_back(String words, long n) {
    assertThat(NumberReader.read(words))
        .hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo(BigDecimal.valueOf(n)));
  }
}
