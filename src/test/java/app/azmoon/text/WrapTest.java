package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WrapTest {

  @Test
  void a_line_takes_every_word_that_fits() {
    assertThat(Wrap.lines("در ۱۲ آوریل ۱۹۵۱", 10)).containsExactly("در ۱۲", "آوریل ۱۹۵۱");
    assertThat(Wrap.lines("the war began in june", 10))
        .containsExactly("the war", "began in", "june");
  }

  @Test
  void a_paragraph_that_fits_is_one_line() {
    assertThat(Wrap.lines("سلام دنیا", 9)).containsExactly("سلام دنیا");
  }

  @Test
  void widths_are_columns_not_chars() {
    // طبیعتاً is 7 chars but 6 columns; می‌خواهم is 8 chars but 7 columns: 6 + 1 + 7 = 14.
    assertThat(Wrap.lines("طبیعتاً می\u200Cخواهم", 14)).containsExactly("طبیعتاً می\u200Cخواهم");
    assertThat(Wrap.lines("中文 中文", 4)).containsExactly("中文", "中文");
  }

  @Test
  void zwnj_and_no_break_space_are_inside_words() {
    // Were they break points, these would wrap as "و پنج" and "و ۱۲" first.
    assertThat(Wrap.lines("و پنج\u200Cشنبه", 8)).containsExactly("و", "پنج\u200Cشنبه");
    assertThat(Wrap.lines("و ۱۲\u00A0آوریل", 8)).containsExactly("و", "۱۲\u00A0آوریل");
  }

  @Test
  void runs_of_spaces_inside_a_line_stay_and_trailing_spaces_go() {
    assertThat(Wrap.lines("a   b  ", 10)).containsExactly("a   b");
    assertThat(Wrap.lines("۱۲  ۳۴   ۵۶", 11)).containsExactly("۱۲  ۳۴   ۵۶");
  }

  @Test
  void the_spaces_where_a_line_breaks_go() {
    assertThat(Wrap.lines("aa   bb", 4)).containsExactly("aa", "bb");
    assertThat(Wrap.lines("aa   bb", 6)).containsExactly("aa", "bb");
    assertThat(Wrap.lines("aa   bb", 7)).containsExactly("aa   bb");
  }

  @Test
  void a_chart_keeps_its_width() {
    String chart = "|█" + " ".repeat(27) + "▃|" + " max 3";
    assertThat(Wrap.lines(chart, 80)).containsExactly(chart);
    assertThat(Wrap.lines("|" + " ".repeat(30) + "| بیشینه ۱", 80))
        .containsExactly("|" + " ".repeat(30) + "| بیشینه ۱");
  }

  @Test
  void leading_spaces_indent_every_line_of_the_paragraph() {
    assertThat(Wrap.lines("  aa bb cc", 7)).containsExactly("  aa bb", "  cc");
    assertThat(Wrap.lines("   پاسخ شما: مائو", 12)).containsExactly("   پاسخ شما:", "   مائو");
  }

  @Test
  void an_over_long_word_is_cut_inside_the_indentation() {
    assertThat(Wrap.lines("  abcdefgh", 6)).containsExactly("  abcd", "  efgh");
  }

  @Test
  void indentation_deeper_than_half_the_width_is_dropped() {
    assertThat(Wrap.lines("      aa bb", 10)).containsExactly("aa bb");
    assertThat(Wrap.lines("     aa bb", 10)).containsExactly("     aa bb");
  }

  @Test
  void an_empty_or_blank_paragraph_is_one_empty_line() {
    assertThat(Wrap.lines("", 10)).containsExactly("");
    assertThat(Wrap.lines("   ", 10)).containsExactly("");
  }

  @Test
  void an_over_long_word_gets_lines_of_its_own_and_is_cut_only_there() {
    assertThat(Wrap.lines("a abcdefghij b", 4)).containsExactly("a", "abcd", "efgh", "ij", "b");
  }

  @Test
  void a_cut_never_separates_a_letter_from_its_marks() {
    // ت ا ً: the tanwin rides on the alef, so the three chars move to the next piece together.
    assertThat(Wrap.lines("طبیعتاً", 5)).containsExactly("طبیعت", "اً");
    assertThat(Wrap.lines("طبیعتاً", 4)).containsExactly("طبیع", "تاً");
  }

  @Test
  void a_character_wider_than_the_width_stands_alone() {
    assertThat(Wrap.lines("中文", 1)).containsExactly("中", "文");
  }

  @Test
  void width_below_one_is_rejected() {
    assertThatThrownBy(() -> Wrap.lines("a", 0)).isInstanceOf(IllegalArgumentException.class);
  }

  // --- Properties over generated sentences ---------------------------------------------------

  private static final String[] WORDS = {
    "سلام",
    "می\u200Cخواهم",
    "طبیعتاً",
    "جنگ",
    "کره",
    "۱۹۵۰",
    "پنج\u200Cشنبه",
    "سئول",
    "«آتش\u200Cبس»",
    "(پیونگ\u200Cیانگ)",
    "بِسمِ",
    "آمریکا",
    "۳۸",
    "the",
    "war",
    "Seoul",
    "armistice",
    "1953",
    "(UN)",
    "MacArthur",
    "中文",
    "한국전쟁",
    "\uD83D\uDE00",
    "a",
    "x"
  };
  private static final String LETTERS = "ابپتجچدرژسشکگلمنوهیabcdefghij中";
  private static final String MARKS = "\u064B\u064E\u0650\u0651\u0652\u0670";

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  /** A word from the vocabulary, or now and then a made-up one that may not fit any line. */
  private static String word(SplittableRandom random) {
    if (random.nextInt(5) > 0) {
      return WORDS[random.nextInt(WORDS.length)];
    }
    StringBuilder w = new StringBuilder();
    for (int n = random.nextInt(1, 40); n > 0; n--) {
      w.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      if (random.nextInt(4) == 0) {
        w.append(MARKS.charAt(random.nextInt(MARKS.length())));
      }
      if (random.nextInt(8) == 0 && n > 1) {
        w.append('\u200C');
      }
    }
    return w.toString();
  }

  private static List<String> words(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> words = new ArrayList<>();
    for (int n = random.nextInt(0, 25); n > 0; n--) {
      words.add(word(random));
    }
    return words;
  }

  private static int width(long seed) {
    return new SplittableRandom(~seed).nextInt(2, 31);
  }

  /** The spaces after each word (the last ones trail the paragraph), and the indentation first. */
  private static List<String> gaps(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    List<String> gaps = new ArrayList<>();
    gaps.add(" ".repeat(random.nextInt(3)));
    for (int n = words(seed).size(); n > 0; n--) {
      gaps.add(" ".repeat(random.nextInt(1, 4)));
    }
    return gaps;
  }

  private static String paragraph(long seed) {
    List<String> words = words(seed);
    List<String> gaps = gaps(seed);
    StringBuilder p = new StringBuilder(gaps.get(0));
    for (int i = 0; i < words.size(); i++) {
      p.append(words.get(i)).append(gaps.get(i + 1));
    }
    return p.toString();
  }

  /** The indentation the lines get: the leading spaces, unless they take over half the width. */
  private static String indent(long seed) {
    String leading = gaps(seed).get(0);
    return 2 * leading.length() <= width(seed) ? leading : "";
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void every_line_fits_the_width_and_starts_with_the_indentation(long seed) {
    int width = width(seed);
    String indent = indent(seed);
    for (String line : Wrap.lines(paragraph(seed), width)) {
      if (line.isEmpty()) {
        continue; // the one line of a blank paragraph
      }
      String text = line.substring(indent.length());
      int first = Columns.of(text.codePointAt(0));
      boolean oneWideCharacter = first > width - indent.length() && Columns.width(text) == first;
      if (!oneWideCharacter) { // the exception: a 2-column character (and its marks) in 1 column
        assertThat(Columns.width(line)).as("%s", line).isLessThanOrEqualTo(width);
      }
      assertThat(line).startsWith(indent).doesNotEndWith(" ");
      assertThat(line.charAt(indent.length())).as("%s", line).isNotEqualTo(' ');
    }
  }

  /**
   * One line as a stretch of the paragraph's words: a piece of word {@code piece}, or whole ones.
   */
  private record Placed(int piece, int first, int last) {}

  /**
   * Walks the lines against the words, checking that they give the words back in order with the
   * paragraph's own spaces between them; for each line, which words it holds.
   */
  private static List<Placed> placed(long seed) {
    List<String> words = words(seed);
    List<String> gaps = gaps(seed);
    int width = width(seed);
    String indent = indent(seed);
    List<String> lines = Wrap.lines(paragraph(seed), width);
    List<Placed> placed = new ArrayList<>();
    if (words.isEmpty()) {
      assertThat(lines).containsExactly("");
      return placed;
    }
    int next = 0;
    String soFar = "";
    for (String full : lines) {
      assertThat(next).as("more lines than words").isLessThan(words.size());
      String line = full.substring(indent.length());
      String word = words.get(next);
      if (Columns.width(word) > width - indent.length()) {
        placed.add(new Placed(next, next, next));
        assertThat(Columns.of(line.codePointAt(0))).as("piece starts visibly").isPositive();
        soFar += line;
        assertThat(word).startsWith(soFar);
        if (soFar.equals(word)) {
          soFar = "";
          next++;
        }
      } else {
        StringBuilder expected = new StringBuilder(word);
        int last = next;
        while (expected.length() < line.length()) {
          expected.append(gaps.get(last + 1)).append(words.get(last + 1));
          last++;
        }
        assertThat(line).isEqualTo(expected.toString());
        placed.add(new Placed(-1, next, last));
        next = last + 1;
      }
    }
    assertThat(next).as("every word placed").isEqualTo(words.size());
    return placed;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void the_lines_give_back_the_words_and_their_spaces_and_only_over_long_words_are_cut(long seed) {
    placed(seed);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void no_line_ends_before_a_word_or_character_that_would_have_fitted(long seed) {
    int width = width(seed);
    List<String> words = words(seed);
    List<String> gaps = gaps(seed);
    List<String> lines = Wrap.lines(paragraph(seed), width);
    List<Placed> placed = placed(seed);
    for (int i = 0; i + 1 < placed.size(); i++) {
      String line = lines.get(i);
      String following = lines.get(i + 1).substring(indent(seed).length());
      Placed here = placed.get(i);
      Placed then = placed.get(i + 1);
      if (here.piece() == -1 && then.piece() == -1) {
        String gap = gaps.get(here.last() + 1);
        String first = words.get(then.first());
        assertThat(Columns.width(line) + gap.length() + Columns.width(first))
            .as("%s | %s", line, first)
            .isGreaterThan(width);
      } else if (here.piece() != -1 && here.piece() == then.piece()) {
        assertThat(Columns.width(line) + Columns.of(following.codePointAt(0)))
            .as("%s | %s", line, following)
            .isGreaterThan(width);
      }
    }
  }
}
