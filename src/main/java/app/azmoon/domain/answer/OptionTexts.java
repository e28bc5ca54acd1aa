package app.azmoon.domain.answer;

import app.azmoon.domain.answer.TextMatcher.Found;
import app.azmoon.domain.answer.TextMatcher.Known;
import app.azmoon.domain.question.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads options named by their texts as people write them: after the label word the prompt asks by,
 * and several joined as a list is joined in Persian.
 *
 * <p>For «کدام کشورها …؟» with options چین, کرهٔ شمالی, ژاپن: «کشور چین» names چین, and «چین و کره
 * شمالی» or «کشورهای چین و کره شمالی» name the first two. «کشور» alone names nothing.
 *
 * @param known every form of every option (its texts and the bank's other forms) and the position
 *     it names
 * @param labels keys of the words an option may follow: the noun the prompt asks by ("کدام کشور",
 *     "which country"), in its singular and plural forms, a preposition before it ("به کدام بندر",
 *     «تا کجا») and an English article; an option's text that begins with one may be typed without
 *     it
 * @param context keys of the prompt's words, never forgiven as typos of an option
 */
record OptionTexts(List<Known> known, Set<String> labels, Set<String> context) {
  /** Words that join the items of a list. */
  private static final Set<String> AND = Set.of("و", "and", "&");

  /** Options that share no word with a prompt: only numbers and letters name them. */
  static OptionTexts of(List<Known> known) {
    return new OptionTexts(known, Set.of(), Set.of());
  }

  /** Options asked by {@code prompt}. */
  static OptionTexts of(List<Known> known, Text prompt) {
    Set<String> labels = new HashSet<>();
    Set<String> context = new HashSet<>();
    for (String p : List.of(prompt.fa().orElse(""), prompt.en().orElse(""))) {
      List<String> words = Arrays.asList(Normalization.text(p).split(" "));
      context.addAll(words);
      for (int i = 0; i < words.size(); i++) {
        if (ASKING.contains(words.get(i))) {
          boolean noun = i + 1 < words.size() && !PLACE.contains(words.get(i));
          labels.addAll(noun ? forms(words.get(i + 1)) : Set.of());
          if (i > 0 && FrameWords.PREPOSITIONS.contains(words.get(i - 1))) {
            labels.add(words.get(i - 1));
          }
        }
      }
    }
    labels.addAll(FrameWords.ARTICLES); // set aside as label words are: "the Soviet Union"
    return new OptionTexts(bare(known, labels), labels, context);
  }

  /**
   * {@code known} and, for a text that begins with an article or a label word ("The Soviet Union",
   * «تا سئول» for «تا کجا»), the text without it, unless that names something else.
   */
  private static List<Known> bare(List<Known> known, Set<String> labels) {
    Set<String> keys = new HashSet<>();
    known.forEach(k -> keys.add(Normalization.key(k.text())));
    List<Known> all = new ArrayList<>(known);
    for (Known k : known) {
      List<String> words = words(k.text());
      if (words.size() > 1 && labels.contains(words.get(0))) {
        String bare = String.join(" ", words.subList(1, words.size()));
        if (keys.add(Normalization.key(bare))) {
          all.add(new Known(bare, k.target()));
        }
      }
    }
    return all;
  }

  private static final Set<String> ASKING =
      Set.of("کدام", "کدامیک", "چه", "کجا", "which", "what", "where");

  /** Asking words that name no noun after them: «تا کجا پیش رفتند». */
  private static final Set<String> PLACE = Set.of("کجا", "where");

  /** A noun and its singular and plural: کشورها → کشور، کشورهای; countries → country. */
  private static Set<String> forms(String noun) {
    Set<String> forms = new HashSet<>(Set.of(noun));
    String stem = noun;
    for (String ending : List.of("های", "ها", "ی", "ies", "es", "s")) {
      if (noun.endsWith(ending) && noun.length() - ending.length() >= 2) {
        stem =
            noun.substring(0, noun.length() - ending.length()) + (ending.equals("ies") ? "y" : "");
        break;
      }
    }
    boolean latin = stem.chars().allMatch(c -> c < 0x80);
    forms.add(stem);
    forms.addAll(
        latin
            ? List.of(stem + "s", stem + "es", stem.replaceAll("y$", "ies"))
            : List.of(stem + "ها", stem + "های", stem + "ی"));
    return forms;
  }

  /** The option {@code text} names by its text, perhaps after label words («کشور چین»). */
  Optional<Found> one(String text) {
    Optional<Found> found = TextMatcher.designate(text, known, true, context);
    if (found.isPresent() && !found.get().typo()) {
      return found;
    }
    List<String> words = words(text);
    int skip = 0;
    while (skip < Math.min(2, words.size() - 1) && labels.contains(words.get(skip))) {
      skip++;
    }
    if (skip == 0) {
      return found;
    }
    Optional<Found> bare =
        TextMatcher.designate(
            String.join(" ", words.subList(skip, words.size())), known, true, context);
    return bare.isPresent() && (found.isEmpty() || !bare.get().typo()) ? bare : found;
  }

  /**
   * The options {@code text} names as a list joined by و or "and" («تانک، توپخانه و هواپیمای جنگی»
   * once split at its commas); an option's own «و» stays inside it. Empty unless every item names
   * an option.
   */
  Optional<List<Found>> list(String text) {
    List<List<String>> items = new ArrayList<>();
    List<String> joiners = new ArrayList<>();
    List<String> item = new ArrayList<>();
    for (String w : words(text)) {
      if (AND.contains(w)) {
        items.add(item);
        joiners.add(w);
        item = new ArrayList<>();
      } else {
        item.add(w);
      }
    }
    items.add(item);
    if (items.get(0).isEmpty()) { // a leading «و», as after a comma: «تانک، و توپخانه»
      items.remove(0);
      joiners.remove(0);
    }
    if (!items.isEmpty() && items.get(items.size() - 1).isEmpty()) { // «چین و»
      items.remove(items.size() - 1);
      joiners.remove(joiners.size() - 1);
    }
    // A list names at most as many options as there are forms; anything longer is not a list.
    if (items.isEmpty() || items.size() > 2 * known.size() + 2) {
      return Optional.empty();
    }
    return join(items, joiners, 0, new boolean[items.size()]);
  }

  /**
   * Reads items from {@code from} on, each option made of one item or several joined by their
   * joiners; {@code failed} remembers where no reading was found, so each start is tried once.
   */
  private Optional<List<Found>> join(
      List<List<String>> items, List<String> joiners, int from, boolean[] failed) {
    if (from == items.size()) {
      return Optional.of(new ArrayList<>());
    }
    if (failed[from] || items.get(from).isEmpty()) {
      return Optional.empty();
    }
    for (int to = Math.min(items.size(), from + SPAN); to > from; to--) {
      List<String> option = new ArrayList<>(items.get(from));
      for (int i = from + 1; i < to; i++) {
        option.add(joiners.get(i - 1));
        option.addAll(items.get(i));
      }
      Optional<Found> found = one(String.join(" ", option));
      if (found.isPresent()) {
        Optional<List<Found>> rest = join(items, joiners, to, failed);
        if (rest.isPresent()) {
          rest.get().add(0, found.get());
          return rest;
        }
      }
    }
    failed[from] = true;
    return Optional.empty();
  }

  /** Items an option's text may join with its own «و». */
  private static final int SPAN = 3;

  private static List<String> words(String text) {
    String t = Normalization.text(text);
    return t.isEmpty() ? List.of() : Arrays.asList(t.split(" "));
  }
}
