package app.azmoon.domain.answer;

import java.util.function.Predicate;

/**
 * Whether the few edits between a typed answer and a right one are typos a teacher forgives: each
 * word spends its own budget, and no edit turns a typed word that the question uses for something
 * else into the right one.
 *
 * <p>Against «جمهوری خلق چین», «جمهوری خلق چبن» is forgiven (one edit in «چین»), but «جمهوری ملی
 * چین» is not: two edits in the three-letter «خلق». «کیم سونگ» is not Kaesong («کائوسونگ»): the
 * typed «کیم» would take two edits.
 *
 * <p>A word's budget, by its letters: 1–2 none, 3–7 one, 8 or more two. An edit counts against the
 * right answer's word it changes and against the typed word it happens in; a letter left out of a
 * typed word counts toward that word's length, so «ال» for «ایل» is one edit in a word of three.
 */
final class WordTypos {
  private WordTypos() {}

  /** Edits allowed in one word of {@code letters} letters. */
  static int budget(int letters) {
    return letters <= 2 ? 0 : letters <= 7 ? 1 : 2;
  }

  /**
   * Whether {@code typed} may be forgiven as {@code right} ({@link Normalization#text} forms,
   * within {@code edits} edits of each other as keys); {@code otherWords} tells the keys of words
   * the question uses for other answers, its options or its prompt.
   */
  static boolean forgivable(String typed, String right, int edits, Predicate<String> otherWords) {
    Words t = Words.of(typed);
    Words r = Words.of(right);
    int[] typedEdits = new int[t.count()];
    int[] typedLength = t.lengths();
    int[] rightEdits = new int[r.count()];
    for (Alignment.Edit e : Alignment.edits(t.letters(), r.letters(), edits)) {
      int typedWord = t.wordAt(typedLetter(e, t, r));
      typedEdits[typedWord]++;
      if (e.kind() == Alignment.Kind.LEFT_OUT) {
        typedLength[typedWord]++;
      }
      if (e.kind() != Alignment.Kind.ADDED) {
        rightEdits[r.wordAt(e.right())]++;
      }
    }
    for (int w = 0; w < t.count(); w++) {
      boolean changed = typedEdits[w] > 0;
      if (typedEdits[w] > budget(typedLength[w]) || (changed && otherWords.test(t.word(w)))) {
        return false;
      }
    }
    for (int w = 0; w < r.count(); w++) {
      if (rightEdits[w] > budget(r.lengths()[w])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The typed letter an edit happens at; a letter left out belongs with the typed letter before it,
   * unless it begins a right word (then with the one after: «جمهوری لق» lacks a letter of «لق»).
   */
  private static int typedLetter(Alignment.Edit e, Words t, Words r) {
    int last = t.letters().length - 1;
    if (e.kind() != Alignment.Kind.LEFT_OUT) {
      return e.typed();
    }
    boolean startsWord = e.right() == 0 || r.wordAt(e.right() - 1) != r.wordAt(e.right());
    return Math.max(0, startsWord && e.typed() <= last ? e.typed() : Math.min(e.typed() - 1, last));
  }

  /** A text's letters without spaces, and which word each belongs to. */
  private record Words(String[] words, int[] letters, int[] owner) {
    static Words of(String text) {
      String[] words = text.isEmpty() ? new String[0] : text.split(" ");
      int[] letters = text.replace(" ", "").codePoints().toArray();
      int[] owner = new int[letters.length];
      int at = 0;
      for (int w = 0; w < words.length; w++) {
        int n = words[w].codePointCount(0, words[w].length());
        for (int k = 0; k < n; k++) {
          owner[at++] = w;
        }
      }
      return new Words(words, letters, owner);
    }

    int count() {
      return words.length;
    }

    String word(int w) {
      return words[w];
    }

    int wordAt(int letter) {
      return owner.length == 0 ? 0 : owner[letter];
    }

    int[] lengths() {
      int[] lengths = new int[words.length];
      for (int w = 0; w < words.length; w++) {
        lengths[w] = words[w].codePointCount(0, words[w].length());
      }
      return lengths;
    }
  }
}
