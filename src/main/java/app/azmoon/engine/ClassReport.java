package app.azmoon.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole class's results on one drill: per student, per question (item analysis) and overall.
 * Every result must come from the same plan, question for question.
 *
 * <p>Four students scoring 90, 70, 60 and 20 have mean 60, median 65, and pass rate 50% at pass 65.
 */
public final class ClassReport {
  /** One question across the class. */
  public record Item(
      String id,
      double shareCorrect,
      double meanCredit,
      Optional<String> commonWrongAnswer,
      double discrimination) {}

  private final List<DrillResult> students;

  public ClassReport(List<DrillResult> students) {
    this.students = List.copyOf(students);
  }

  public List<DrillResult> students() {
    return students;
  }

  public double mean() {
    return students.stream().mapToDouble(r -> r.summary().percent()).average().orElse(0);
  }

  public double median() {
    double[] p = students.stream().mapToDouble(r -> r.summary().percent()).sorted().toArray();
    if (p.length == 0) {
      return 0;
    }
    return p.length % 2 == 1 ? p[p.length / 2] : (p[p.length / 2 - 1] + p[p.length / 2]) / 2;
  }

  public double passRate() {
    return students.isEmpty()
        ? 0
        : 100.0 * students.stream().filter(DrillResult::passed).count() / students.size();
  }

  /** How many students scored in each tenth: [0,10), [10,20) … [90,100]. */
  public int[] histogram() {
    int[] bins = new int[10];
    for (DrillResult r : students) {
      bins[Math.min(9, (int) (r.summary().percent() / 10))]++;
    }
    return bins;
  }

  /**
   * Item analysis. The discrimination index compares the share fully right in the top 27% of the
   * class (by total percentage) with the bottom 27%: near 1, the item separates strong from weak
   * students; near 0 or below, it does not.
   */
  public List<Item> items() {
    if (students.isEmpty()) {
      return List.of();
    }
    List<DrillResult> ranked = new ArrayList<>(students);
    ranked.sort(Comparator.comparingDouble((DrillResult r) -> r.summary().percent()).reversed());
    int group = Math.max(1, (int) Math.round(0.27 * ranked.size()));
    List<DrillResult> upper = ranked.subList(0, group);
    List<DrillResult> lower = ranked.subList(ranked.size() - group, ranked.size());
    List<Item> items = new ArrayList<>();
    int questions = students.get(0).summary().firstTries().size();
    for (int i = 0; i < questions; i++) {
      int q = i;
      String id = students.get(0).summary().firstTries().get(i).asked().question().id();
      double correct = students.stream().filter(r -> feedback(r, q).verdict().correct()).count();
      double credit = students.stream().mapToDouble(r -> feedback(r, q).verdict().credit()).sum();
      Map<String, Integer> wrong = new HashMap<>();
      for (DrillResult r : students) {
        Feedback f = feedback(r, q);
        if (!f.verdict().correct() && !f.answer().isBlank()) {
          wrong.merge(f.verdict().normalized(), 1, Integer::sum);
        }
      }
      Optional<String> common =
          wrong.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .map(Map.Entry::getKey);
      items.add(
          new Item(
              id,
              correct / students.size(),
              credit / students.size(),
              common,
              shareCorrect(upper, q) - shareCorrect(lower, q)));
    }
    return items;
  }

  /** The three (or fewer) items with the lowest mean credit, hardest first. */
  public List<Item> hardest() {
    return items().stream().sorted(Comparator.comparingDouble(Item::meanCredit)).limit(3).toList();
  }

  private static double shareCorrect(List<DrillResult> group, int q) {
    return (double) group.stream().filter(r -> feedback(r, q).verdict().correct()).count()
        / group.size();
  }

  private static Feedback feedback(DrillResult r, int q) {
    return r.summary().firstTries().get(q);
  }
}
