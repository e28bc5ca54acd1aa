package app.azmoon.domain.answer;

import java.util.ArrayList;
import java.util.List;

/**
 * One cheapest way to edit a typed text into a right one, edit by edit, for texts at most {@code
 * cap} edits apart (optimal string alignment, as {@link Typos#distance} counts).
 *
 * <p>"مسکوو" against "مسکو" is one {@link Kind#ADDED} letter; "اسالین" against "استالین" one {@link
 * Kind#LEFT_OUT}.
 */
final class Alignment {
  private Alignment() {}

  enum Kind {
    CHANGED,
    SWAPPED,
    /** A letter the typed text has and the right one does not. */
    ADDED,
    /** A letter of the right text the typed one lacks. */
    LEFT_OUT
  }

  /**
   * One edit: where it falls in the typed letters (for a letter left out, the typed letter after
   * it, perhaps one past the end) and in the right letters (for an added letter, the right letter
   * before it, or 0).
   */
  record Edit(Kind kind, int typed, int right) {}

  /** The edits, or all that fit when the texts are more than {@code cap} apart. */
  static List<Edit> edits(int[] s, int[] t, int cap) {
    int width = 2 * cap + 1;
    int over = cap + 1;
    int[][] d = new int[s.length + 1][width];
    for (int i = 0; i <= s.length; i++) {
      for (int k = 0; k < width; k++) {
        int j = i + k - cap;
        d[i][k] =
            j < 0 || j > t.length
                ? over
                : i == 0 ? Math.min(j, over) : j == 0 ? Math.min(i, over) : over;
      }
    }
    for (int i = 1; i <= s.length; i++) {
      for (int j = Math.max(1, i - cap); j <= Math.min(t.length, i + cap); j++) {
        int cost = s[i - 1] == t[j - 1] ? 0 : 1;
        int best = Math.min(at(d, i - 1, j - 1, cap, over) + cost, at(d, i - 1, j, cap, over) + 1);
        best = Math.min(best, at(d, i, j - 1, cap, over) + 1);
        if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
          best = Math.min(best, at(d, i - 2, j - 2, cap, over) + 1);
        }
        d[i][j - i + cap] = Math.min(best, over);
      }
    }
    List<Edit> edits = new ArrayList<>();
    int i = s.length;
    int j = t.length;
    while (i > 0 || j > 0) {
      int here = at(d, i, j, cap, over);
      if (i > 0 && j > 0 && s[i - 1] == t[j - 1] && here == at(d, i - 1, j - 1, cap, over)) {
        i--;
        j--;
      } else if (i > 1
          && j > 1
          && s[i - 1] == t[j - 2]
          && s[i - 2] == t[j - 1]
          && here == at(d, i - 2, j - 2, cap, over) + 1) {
        edits.add(new Edit(Kind.SWAPPED, i - 1, j - 1));
        i -= 2;
        j -= 2;
      } else if (i > 0 && j > 0 && here == at(d, i - 1, j - 1, cap, over) + 1) {
        edits.add(new Edit(Kind.CHANGED, i - 1, j - 1));
        i--;
        j--;
      } else if (i > 0 && (j == 0 || here == at(d, i - 1, j, cap, over) + 1)) {
        edits.add(new Edit(Kind.ADDED, i - 1, Math.max(0, j - 1)));
        i--;
      } else {
        edits.add(new Edit(Kind.LEFT_OUT, i, j - 1));
        j--;
      }
    }
    return edits;
  }

  private static int at(int[][] d, int i, int j, int cap, int over) {
    int k = j - i + cap;
    return i < 0 || j < 0 || k < 0 || k >= d[i].length ? over : d[i][k];
  }
}
