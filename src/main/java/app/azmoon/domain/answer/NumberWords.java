package app.azmoon.domain.answer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The Persian number vocabulary, and how a run of letters splits into it.
 *
 * <p>{@code NumberWords.split("سیوپنج")} is [سی, و, پنج]: the connector و may be written with
 * spaces, a ZWNJ or nothing around it, so glued words are taken apart before they are read.
 */
final class NumberWords {

  /** What a word does in a number. */
  enum Role {
    ZERO,
    UNIT,
    TEEN,
    TEN,
    HUNDRED,
    /** صد: a hundred on its own, or a multiplier after a unit (شش صد). */
    SAD,
    SCALE,
    CONNECTOR
  }

  record Word(String spelling, Role role, BigDecimal value) {}

  private static final Map<String, Word> WORDS = new HashMap<>();

  /** Splits are tried longest word first; this caps how many a pathological run can yield. */
  private static final int MAX_SPLITS = 64;

  /** Longer than any number a learner would glue together (10^15 − 1 is under 150 letters). */
  private static final int MAX_LETTERS = 200;

  private static final int LONGEST;

  static {
    add(Role.ZERO, 0, "صفر");
    // Colloquial spellings sit next to the written ones: شیش, چار, یه, پونزده, شونزده, هیفده…
    add(Role.UNIT, 1, "یک", "یه");
    add(Role.UNIT, 2, "دو");
    add(Role.UNIT, 3, "سه");
    add(Role.UNIT, 4, "چهار", "چار");
    add(Role.UNIT, 5, "پنج");
    add(Role.UNIT, 6, "شش", "شیش");
    add(Role.UNIT, 7, "هفت");
    add(Role.UNIT, 8, "هشت");
    add(Role.UNIT, 9, "نه");
    add(Role.TEEN, 10, "ده");
    add(Role.TEEN, 11, "یازده");
    add(Role.TEEN, 12, "دوازده");
    add(Role.TEEN, 13, "سیزده");
    add(Role.TEEN, 14, "چهارده", "چارده");
    add(Role.TEEN, 15, "پانزده", "پونزده");
    add(Role.TEEN, 16, "شانزده", "شونزده");
    add(Role.TEEN, 17, "هفده", "هیفده");
    add(Role.TEEN, 18, "هجده", "هیجده", "هیژده");
    add(Role.TEEN, 19, "نوزده");
    add(Role.TEN, 20, "بیست");
    add(Role.TEN, 30, "سی");
    add(Role.TEN, 40, "چهل");
    add(Role.TEN, 50, "پنجاه");
    add(Role.TEN, 60, "شصت");
    add(Role.TEN, 70, "هفتاد");
    add(Role.TEN, 80, "هشتاد");
    add(Role.TEN, 90, "نود");
    add(Role.SAD, 100, "صد");
    add(Role.HUNDRED, 100, "یکصد");
    add(Role.HUNDRED, 200, "دویست");
    add(Role.HUNDRED, 300, "سیصد");
    add(Role.HUNDRED, 400, "چهارصد", "چارصد");
    add(Role.HUNDRED, 500, "پانصد", "پونصد");
    add(Role.HUNDRED, 600, "ششصد", "شیشصد");
    add(Role.HUNDRED, 700, "هفتصد");
    add(Role.HUNDRED, 800, "هشتصد");
    add(Role.HUNDRED, 900, "نهصد");
    add(Role.SCALE, 1_000, "هزار");
    add(Role.SCALE, 1_000_000, "میلیون", "ملیون");
    add(Role.SCALE, 1_000_000_000, "میلیارد", "ملیارد");
    WORDS.put("تریلیون", new Word("تریلیون", Role.SCALE, BigDecimal.TEN.pow(12)));
    WORDS.put("و", new Word("و", Role.CONNECTOR, BigDecimal.ZERO));
    LONGEST = WORDS.keySet().stream().mapToInt(String::length).max().orElseThrow();
  }

  private NumberWords() {}

  private static void add(Role role, long value, String... spellings) {
    for (String spelling : spellings) {
      WORDS.put(spelling, new Word(spelling, role, BigDecimal.valueOf(value)));
    }
  }

  /** Every way {@code letters} splits into number words, longest words first; empty if none. */
  static List<List<Word>> split(String letters) {
    List<List<Word>> found = new ArrayList<>();
    if (letters.length() <= MAX_LETTERS) {
      split(letters, 0, new ArrayList<>(), found, new boolean[letters.length()]);
    }
    return found;
  }

  /** {@code dead[at]} marks places from which no split reaches the end, so none is tried twice. */
  private static void split(
      String s, int at, List<Word> so, List<List<Word>> found, boolean[] dead) {
    if (at == s.length()) {
      found.add(List.copyOf(so));
      return;
    }
    if (dead[at]) {
      return;
    }
    int before = found.size();
    for (int end = Math.min(s.length(), at + LONGEST); end > at; end--) {
      Word w = WORDS.get(s.substring(at, end));
      if (w != null && found.size() < MAX_SPLITS) {
        so.add(w);
        split(s, end, so, found, dead);
        so.remove(so.size() - 1);
      }
    }
    dead[at] = found.size() == before;
  }
}
