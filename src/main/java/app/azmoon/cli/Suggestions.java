package app.azmoon.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Near misses for a mistyped name — an option, a command, a tag — by edit distance, ignoring case
 * and leading dashes.
 *
 * <p>Example: {@code of("--cuont", List.of("--count", "--color", "--tag"))} is {@code ["--count"]}:
 * two letters swapped is one edit, and "--color" is three away. {@code of("version",
 * List.of("completion", "--version"))} is {@code ["--version"]}, the same word with its dashes.
 */
final class Suggestions {
  /** At most this many names are suggested. */
  static final int MAX = 3;

  private Suggestions() {}

  /**
   * The names of {@code known} closest to {@code typed}, nearest first; empty when none is near.
   */
  static List<String> of(String typed, Collection<String> known) {
    String word = bare(typed);
    if (word.length() < 2) {
      return List.of();
    }
    record Near(String name, int distance) {}
    List<Near> near = new ArrayList<>();
    for (String name : known) {
      String candidate = bare(name);
      int distance =
          candidate.startsWith(word) && word.length() >= 3
              ? Math.min(1, distance(word, candidate))
              : distance(word, candidate);
      if (distance <= limit(word)) {
        near.add(new Near(name, distance));
      }
    }
    return near.stream()
        .sorted(Comparator.comparingInt(Near::distance).thenComparing(Near::name))
        .map(Near::name)
        .distinct()
        .limit(MAX)
        .toList();
  }

  /** How many edits a word of this length may be off: one for short words, up to three. */
  private static int limit(String word) {
    return word.length() <= 4 ? 1 : word.length() <= 8 ? 2 : 3;
  }

  private static String bare(String name) {
    int equals = name.indexOf('=');
    String head = equals > 0 ? name.substring(0, equals) : name;
    return head.replaceFirst("^-+", "").toLowerCase(Locale.ROOT);
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions, swaps of two. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
