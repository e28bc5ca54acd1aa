package app.azmoon.domain.answer;

/**
 * How far apart two keys are, and how far a typo may go.
 *
 * <p>{@code Typos.distance("استالین", "اسالین")} is 1 and {@code Typos.allowed("استالین")} is 1, so
 * the second is forgiven as a typo of the first; {@code distance("مسکو", "مسکو")} is 0.
 *
 * <p>Both distances keep three rows, never a table: answers come from files anyone can write, and
 * two 40,000-character texts would otherwise need gigabytes.
 */
public final class Typos {
  private Typos() {}

  /**
   * Edits allowed against a right key: none up to 3 letters, where one edit makes another word, 1
   * for 4–7, 2 from 8 on.
   */
  public static int allowed(String rightKey) {
    return forLength(rightKey.codePointCount(0, rightKey.length()));
  }

  /** Edits allowed in a text of {@code letters} letters, as {@link #allowed} counts them. */
  static int forLength(int letters) {
    return letters <= 3 ? 0 : letters <= 7 ? 1 : 2;
  }

  /**
   * Damerau–Levenshtein distance (optimal string alignment) over code points: insertions,
   * deletions, substitutions and swaps of two neighbours each cost one.
   */
  public static int distance(String a, String b) {
    return distance(a, b, Math.max(a.length(), b.length()));
  }

  /**
   * {@link #distance}, or {@code cap + 1} when it is over {@code cap}; costs length × (2 × cap + 1)
   * steps, so a small cap is cheap for texts of any length.
   */
  public static int distance(String a, String b, int cap) {
    int[] s = a.codePoints().toArray();
    int[] t = b.codePoints().toArray();
    int over = cap + 1;
    if (Math.abs(s.length - t.length) > cap) {
      return over;
    }
    int[] before = new int[t.length + 1]; // row i - 2
    int[] previous = new int[t.length + 1]; // row i - 1
    int[] row = new int[t.length + 1];
    for (int j = 0; j <= t.length; j++) {
      previous[j] = Math.min(j, over);
    }
    for (int i = 1; i <= s.length; i++) {
      int from = (int) Math.max(1, (long) i - cap);
      int to = (int) Math.min(t.length, (long) i + cap);
      // Cells just outside the band read as "too far"; the rows are reused, so clear them.
      row[0] = Math.min(i, over);
      row[from - 1] = from > 1 ? over : row[0];
      if (to < t.length) {
        row[to + 1] = over;
      }
      int least = from == 1 ? row[0] : over;
      for (int j = from; j <= to; j++) {
        int cost = s[i - 1] == t[j - 1] ? 0 : 1;
        int best = Math.min(Math.min(previous[j] + 1, row[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
          best = Math.min(best, before[j - 2] + 1);
        }
        row[j] = Math.min(best, over);
        least = Math.min(least, row[j]);
      }
      if (least >= over) {
        return over;
      }
      int[] spare = before;
      before = previous;
      previous = row;
      row = spare;
    }
    return previous[t.length];
  }
}
