package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated lines of Persian and Latin words and numbers, laid out in visual mode, against a
 * word-level statement of how they should read:
 *
 * <ul>
 *   <li>In a Persian line the units stand from right to left in logical order. A unit is a Persian
 *       word (its letters joined, last letter leftmost), a number (digits left to right as typed,
 *       dates and times too), or a Latin block: consecutive Latin words, with the numbers between
 *       them and any number in ASCII digits next to them, shown left to right as typed.
 *   <li>In an English line the units stand from left to right; a Persian block (consecutive Persian
 *       words, the numbers between them and any number in Persian digits next to them) is one unit,
 *       inside which its words and numbers stand from right to left.
 * </ul>
 *
 * So "۲ سخت ۶m · ۳ خوب" keeps ۶m beside سخت, a date never shows its parts reversed, and «۱۲ آوریل
 * ۱۹۵۱» in an English line keeps ۱۲ at its right end.
 */
class ReadingOrderTest {
  private static final String[] PERSIAN = {
    "سلام", "جنگ", "کره", "دوباره", "سخت", "خوب", "آسان", "می\u200Cخواهم", "پنج\u200Cشنبه", "موعد"
  };
  private static final String[] LATIN = {
    "Seoul", "War", "kw-soviet-atomic", "10m", "6m", "7d", "v1.2", "B-29", "UN", "Enter", "MiG-15"
  };
  private static final String[] ASCII_NUMBERS = {
    "1950", "38", "2026-12-01", "21:20", "3.5", "635,000", "12/04", "1-4"
  };
  private static final String[] PERSIAN_NUMBERS = {
    "۱۹۵۰", "۳۸", "۲۰۲۶-۱۲-۰۱", "۲۱:۲۰", "۸۳٫۳", "۶۳۵٬۰۰۰", "۱۲/۰۴", "۱", "۱-۴"
  };

  private enum Kind {
    PERSIAN,
    LATIN,
    ASCII_NUMBER,
    PERSIAN_NUMBER
  }

  private record Word(String text, Kind kind) {}

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 400);
  }

  private static List<Word> words(long seed, Kind first) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Word> words = new ArrayList<>();
    words.add(pick(random, first));
    for (int n = random.nextInt(0, 12); n > 0; n--) {
      words.add(pick(random, Kind.values()[random.nextInt(Kind.values().length)]));
    }
    return words;
  }

  private static Word pick(SplittableRandom random, Kind kind) {
    String[] pool =
        switch (kind) {
          case PERSIAN -> PERSIAN;
          case LATIN -> LATIN;
          case ASCII_NUMBER -> ASCII_NUMBERS;
          case PERSIAN_NUMBER -> PERSIAN_NUMBERS;
        };
    return new Word(pool[random.nextInt(pool.length)], kind);
  }

  private static String line(List<Word> words) {
    return String.join(" ", words.stream().map(Word::text).toList());
  }

  /** A Persian word as seen: joined forms, last letter leftmost, ZWNJ gone. */
  private static String seen(Word w) {
    if (w.kind() != Kind.PERSIAN) {
      return w.text();
    }
    String shaped = Shaping.shape(w.text()).replace("\u200C", "");
    return new StringBuilder(shaped).reverse().toString();
  }

  private static String visual(String line, boolean rtlContext) {
    List<String> lines = Layout.lines(line, 10_000, RtlMode.VISUAL, rtlContext);
    assertThat(lines).hasSize(1);
    return lines.get(0).stripLeading(); // the padding of a right-aligned line
  }

  /**
   * Splits words into units: maximal runs of words that may belong to a block of {@code block}'s
   * direction, trimmed to start and end at an anchor, become one unit if they hold a {@code block}
   * word; every other word is a unit of its own.
   */
  private static List<List<Word>> units(List<Word> words, Kind block, Kind anchorNumber) {
    List<List<Word>> units = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word w = words.get(i);
      if (w.kind() != block && w.kind() != anchorNumber) {
        units.add(List.of(w));
        i++;
        continue;
      }
      int last = i;
      boolean hasBlock = false;
      int j = i;
      while (j < words.size() && words.get(j).kind() != oppositeOf(block)) {
        if (words.get(j).kind() == block || words.get(j).kind() == anchorNumber) {
          last = j;
        }
        hasBlock |= words.get(j).kind() == block && j <= last;
        j++;
      }
      if (hasBlock) {
        units.add(words.subList(i, last + 1));
        i = last + 1;
      } else {
        units.add(List.of(w));
        i++;
      }
    }
    return units;
  }

  private static Kind oppositeOf(Kind block) {
    return block == Kind.LATIN ? Kind.PERSIAN : Kind.LATIN;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void a_persian_line_reads_from_the_right_with_latin_blocks_and_numbers_left_to_right(long seed) {
    List<Word> words = words(seed, Kind.PERSIAN);
    List<String> shown = new ArrayList<>();
    for (List<Word> unit : units(words, Kind.LATIN, Kind.ASCII_NUMBER)) {
      shown.add(String.join(" ", unit.stream().map(ReadingOrderTest::seen).toList()));
    }
    Collections.reverse(shown);
    String line = line(words);
    assertThat(visual(line, seed % 2 == 0)).as(line).isEqualTo(String.join(" ", shown));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void an_english_line_reads_from_the_left_with_each_persian_block_from_the_right(long seed) {
    List<Word> words = words(seed, Kind.LATIN);
    List<String> shown = new ArrayList<>();
    for (List<Word> unit : units(words, Kind.PERSIAN, Kind.PERSIAN_NUMBER)) {
      List<String> inner = new ArrayList<>(unit.stream().map(ReadingOrderTest::seen).toList());
      Collections.reverse(inner); // one word: no change; a Persian block: right to left
      shown.add(String.join(" ", inner));
    }
    String line = line(words);
    assertThat(visual(line, seed % 2 == 0)).as(line).isEqualTo(String.join(" ", shown));
  }
}
