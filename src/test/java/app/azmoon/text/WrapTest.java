package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
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
  void runs_of_spaces_collapse_and_edge_spaces_go() {
    assertThat(Wrap.lines("  a   b  ", 10)).containsExactly("a b");
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

  private static String paragraph(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    StringBuilder p = new StringBuilder(" ".repeat(random.nextInt(2)));
    for (String w : words(seed)) {
      p.append(w).append(" ".repeat(random.nextInt(1, 4)));
    }
    return p.toString();
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void every_line_fits_the_width(long seed) {
    int width = width(seed);
    for (String line : Wrap.lines(paragraph(seed), width)) {
      assertThat(Columns.width(line)).as("%s", line).isLessThanOrEqualTo(width);
      assertThat(line).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    }
  }

  /**
   * Walks the lines against the words, checking that they give the words back in order; for each
   * line, the index of the over-long word it is a piece of, or -1 for a line of whole words.
   */
  private static List<Integer> pieces(List<String> words, List<String> lines, int width) {
    List<Integer> pieces = new ArrayList<>();
    int next = 0;
    String soFar = "";
    for (String line : lines) {
      assertThat(next).as("more lines than words").isLessThan(words.size());
      String word = words.get(next);
      boolean piece = Columns.width(word) > width;
      pieces.add(piece ? next : -1);
      if (piece) {
        assertThat(Columns.of(line.codePointAt(0))).as("piece starts visibly").isPositive();
        soFar += line;
        assertThat(word).startsWith(soFar);
        if (soFar.equals(word)) {
          soFar = "";
          next++;
        }
      } else {
        List<String> tokens = Arrays.asList(line.split(" "));
        assertThat(tokens)
            .isEqualTo(words.subList(next, Math.min(words.size(), next + tokens.size())));
        next += tokens.size();
      }
    }
    assertThat(next).as("every word placed").isEqualTo(words.size());
    return pieces;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void the_lines_give_back_the_words_in_order_and_only_over_long_words_are_cut(long seed) {
    List<String> words = words(seed);
    List<String> lines = Wrap.lines(paragraph(seed), width(seed));
    if (words.isEmpty()) {
      assertThat(lines).containsExactly("");
    } else {
      pieces(words, lines, width(seed));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void no_line_ends_before_a_word_or_character_that_would_have_fitted(long seed) {
    int width = width(seed);
    List<String> words = words(seed);
    List<String> lines = Wrap.lines(paragraph(seed), width);
    if (words.isEmpty()) {
      return;
    }
    List<Integer> pieces = pieces(words, lines, width);
    for (int i = 0; i + 1 < lines.size(); i++) {
      String line = lines.get(i);
      String following = lines.get(i + 1);
      if (pieces.get(i) == -1 && pieces.get(i + 1) == -1) {
        String first = following.split(" ")[0];
        assertThat(Columns.width(line) + 1 + Columns.width(first))
            .as("%s | %s", line, first)
            .isGreaterThan(width);
      } else if (pieces.get(i) != -1 && pieces.get(i).equals(pieces.get(i + 1))) {
        assertThat(Columns.width(line) + Columns.of(following.codePointAt(0)))
            .as("%s | %s", line, following)
            .isGreaterThan(width);
      }
    }
  }
}
