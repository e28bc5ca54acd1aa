package app.azmoon.domain.answer;

/**
 * How far apart two keys are, and how far a typo may go.
 *
 * <p>{@code Typos.distance("استالین", "اسالین")} is 1 and {@code Typos.allowed("استالین")} is 1, so
 * the second is forgiven as a typo of the first; {@code distance("مسکو", "مسکو")} is 0.
 */
public final class Typos {
  private Typos() {}

  /**
   * Edits allowed against a right key: none up to 3 letters, where one edit makes another word, 1
   * for 4–7, 2 from 8 on.
   */
  public static int allowed(String rightKey) {
    int length = rightKey.codePointCount(0, rightKey.length());
    return length <= 3 ? 0 : length <= 7 ? 1 : 2;
  }

  /**
   * Damerau–Levenshtein distance (optimal string alignment) over code points: insertions,
   * deletions, substitutions and swaps of two neighbours each cost one.
   */
  public static int distance(String a, String b) {
    int[] s = a.codePoints().toArray();
    int[] t = b.codePoints().toArray();
    int[][] d = new int[s.length + 1][t.length + 1];
    for (int i = 0; i <= s.length; i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length; j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length; i++) {
      for (int j = 1; j <= t.length; j++) {
        int cost = s[i - 1] == t[j - 1] ? 0 : 1;
        int best = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
          best = Math.min(best, d[i - 2][j - 2] + 1);
        }
        d[i][j] = best;
      }
    }
    return d[s.length][t.length];
  }
}
