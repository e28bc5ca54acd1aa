package app.azmoon.domain.answer;

import app.azmoon.domain.answer.TextMatcher.Found;
import app.azmoon.domain.answer.TextMatcher.Known;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a learner writes around an answer, which a teacher reads past: the label the prompt
 * asks by («بندر بوسان» for «کدام بندر»), a preposition it invites («به بوسان» for «به کدام بندر»),
 * the noun it counts after a number («۳۰ فروند میگ» for «چند فروند میگ»), and punctuation. The
 * words come from the question's own prompt and the short lists of {@link FrameWords}.
 *
 * <p>For the prompt «کیم ایل سونگ به کدام شهر سفر کرد؟», {@code readings("به شهر مسکو.")} is [به
 * شهر مسکو., به شهر مسکو, شهر مسکو, مسکو]: the answer as typed first, then with each frame word
 * taken off. A frame word alone («شهر») gives no further reading: it stays what it is, no answer.
 */
final class Frame {
  /**
   * A framed answer is a few words; longer ones are read only as typed, which keeps the cost of
   * this step bounded whatever an answers file holds.
   */
  private static final int MAX_CHARS = 400;

  private static final int MAX_WORDS = 16;
  private static final int MAX_COUNTED = 3;
  private static final int LONGEST_LABEL = 3; // chunks: «رئیس جمهور», "prime minister"
  private static final Pattern TOKENS = Pattern.compile("\\d+(?:\\.\\d+)*|\\p{L}+");

  /** Keys that may stand before the answer. */
  private final Set<String> leading;

  /** Keys of the nouns that may follow a number, each also without its ending. */
  private final Set<String> counted;

  /** True when the prompt has English: English number and zero words are read. */
  private final boolean english;

  private Frame(Set<String> leading, Set<String> counted, boolean english) {
    this.leading = Set.copyOf(leading);
    this.counted = Set.copyOf(counted);
    this.english = english;
  }

  /** The frame {@code q}'s prompt, in either language, sets around an answer. */
  static Frame of(Question q) {
    Text prompt = q.info().prompt();
    Set<String> labels = new HashSet<>();
    Set<String> leading = new HashSet<>(FrameWords.ARTICLES);
    Set<String> nouns = new HashSet<>();
    for (String text : List.of(prompt.fa().orElse(""), prompt.en().orElse(""))) {
      List<String> words = Arrays.asList(text.strip().split("\\s+"));
      for (int i = 0; i < words.size(); i++) {
        String w = Normalization.key(words.get(i));
        String two = i + 1 < words.size() ? w + Normalization.key(words.get(i + 1)) : w;
        for (String label : List.of(w, two)) {
          if (FrameWords.LABELS.contains(label)) {
            labels.add(label);
          }
        }
        boolean asking = FrameWords.ASKING.contains(w);
        boolean counting = FrameWords.COUNTING.contains(w);
        if (asking || counting) {
          invited(words, i, leading);
        }
        if (asking) {
          asked(words, i + 1, labels);
        }
        if (counting) {
          countedAfter(words, i + 1, nouns);
        }
      }
    }
    leading.addAll(labels);
    if (q instanceof Question.Dated) {
      leading.addAll(FrameWords.DATE_WORDS);
    }
    if (q instanceof Question.Numeric n) {
      List<String> units = new ArrayList<>();
      n.unit().ifPresent(u -> units.addAll(List.of(u.fa().orElse(""), u.en().orElse(""))));
      units.replaceAll(Normalization::key);
      units.forEach(u -> nouns.addAll(forms(u)));
      if (n.unit().isEmpty() || units.stream().anyMatch(FrameWords.CLASSIFIERS::contains)) {
        nouns.addAll(FrameWords.CLASSIFIERS);
      }
      labels.forEach(l -> nouns.addAll(forms(l)));
    }
    nouns.add("of"); // "tons of bombs"
    // A noun must be letters: a bare number after the answer («۳۶ ۲۹») is not a frame.
    nouns.removeIf(k -> k.length() < 2 || k.chars().allMatch(Normalization::isAsciiDigit));
    return new Frame(leading, nouns, prompt.en().isPresent());
  }

  /** A preposition just before the question word (or before the label before it) is invited. */
  private static void invited(List<String> words, int at, Set<String> leading) {
    for (int d = 1; d <= 2 && at - d >= 0; d++) {
      String before = Normalization.key(words.get(at - d));
      if (FrameWords.PREPOSITIONS.contains(before)) {
        leading.add(before);
      }
    }
  }

  /** The word asked by, as written and without its ending: «چه سالی» → سالی، سال. */
  private static void asked(List<String> words, int at, Set<String> labels) {
    for (int k = at; k < words.size() && k <= at + 2; k += 2) {
      String w = Normalization.key(words.get(k));
      if (w.isEmpty() || FrameWords.COUNT_ENDS.contains(w)) {
        return;
      }
      labels.addAll(forms(w));
      // «چه ماه و سالی», "which month and year": a second label joined by و or and
      String joiner = k + 2 < words.size() ? Normalization.key(words.get(k + 1)) : "";
      if (!joiner.equals("و") && !joiner.equals("and")) {
        return;
      }
    }
  }

  /** The noun phrase a prompt counts: «چند فروند میگ به…» → فروند، میگ. */
  private static void countedAfter(List<String> words, int at, Set<String> nouns) {
    int content = 0;
    for (int k = at; k < words.size() && content < MAX_COUNTED; k++) {
      String raw = Normalization.fold(words.get(k));
      String w = Normalization.key(raw);
      if (w.isEmpty() || !Character.isLetterOrDigit(raw.codePointAt(0))) {
        return; // «(بمب‌افکن و جت)» explains, it does not count
      }
      if (FrameWords.COUNT_ENDS.contains(w)) {
        return;
      }
      if (!FrameWords.COUNT_SKIPS.contains(w)) {
        nouns.addAll(forms(w));
        content++;
      }
      if (!Character.isLetterOrDigit(raw.codePointBefore(raw.length()))) {
        return;
      }
    }
  }

  /** A key and the key without each ending it has: هواپیمای → هواپیمای، هواپیما، هواپیم. */
  private static Set<String> forms(String key) {
    Set<String> forms = new HashSet<>(Set.of(key));
    for (String ending : FrameWords.ENDINGS) {
      if (key.endsWith(ending) && key.length() - ending.length() >= 2) {
        forms.add(key.substring(0, key.length() - ending.length()));
      }
    }
    return forms;
  }

  /**
   * The texts to judge, most literal first: the answer as typed, without surrounding punctuation,
   * then with each leading label, invited preposition or article taken off.
   */
  List<String> readings(String answer) {
    List<String> out = new ArrayList<>(List.of(answer));
    if (answer.length() > MAX_CHARS) {
      return out;
    }
    String trimmed = trimmed(answer);
    if (!trimmed.equals(answer) && !trimmed.isEmpty()) {
      out.add(trimmed);
    }
    String[] chunks = Normalization.fold(trimmed).split("\\s+");
    if (chunks.length > MAX_WORDS) {
      return out;
    }
    int i = 0;
    while (i < chunks.length) {
      i = frameWordEnd(chunks, i);
      if (i < 0) {
        break;
      }
      String rest = String.join(" ", Arrays.asList(chunks).subList(i, chunks.length));
      if (Normalization.key(rest).isEmpty()) {
        break;
      }
      out.add(rest);
    }
    return out;
  }

  /** Where the frame word starting at chunk {@code at} ends, or -1 if none starts there. */
  private int frameWordEnd(String[] chunks, int at) {
    StringBuilder key = new StringBuilder();
    for (int j = at; j < chunks.length && j < at + LONGEST_LABEL; j++) {
      key.append(Normalization.key(chunks[j]));
      if (key.isEmpty() || leading.contains(key.toString())) {
        return j + 1; // a lone punctuation chunk, or a frame word
      }
    }
    return -1;
  }

  /** Quotes and brackets before, and any punctuation after, are not the answer. */
  private static String trimmed(String answer) {
    String s = answer.strip();
    int end = s.length();
    while (end > 0 && !Character.isLetterOrDigit(s.codePointBefore(end))) {
      end -= Character.charCount(s.codePointBefore(end));
    }
    int start = 0;
    while (start < end && "«\"'“‘([{".indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    return s.substring(start, end);
  }

  /**
   * The known answer a text designates through its frame: an exact match in any reading wins over a
   * typo in any, so «تا کائوسونگ» is Kaesong, not a typo of it. A typed word is never forgiven into
   * one of the question's {@code context} words (see {@link TextMatcher#promptWords}).
   */
  Optional<Found> designate(String answer, List<Known> known, boolean fuzzy, Set<String> context) {
    List<String> readings = readings(answer);
    for (String r : List.copyOf(readings)) {
      spoken(r).ifPresent(v -> readings.add(Display.plain(v)));
    }
    for (String r : readings) {
      Optional<Found> found = TextMatcher.designate(r, known, false, context);
      if (found.isPresent()) {
        return found;
      }
    }
    for (String r : fuzzy ? readings : List.<String>of()) {
      Optional<Found> found = TextMatcher.designate(r, known, true, context);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** Every date span of every reading, in order, each once. */
  List<DateReader.Span> dateSpans(String answer) {
    List<DateReader.Span> found = new ArrayList<>();
    for (String r : readings(answer)) {
      for (DateReader.Span d : DateReader.spans(r)) {
        if (!found.contains(d)) {
          found.add(d);
        }
      }
    }
    return found;
  }

  /**
   * The number an answer gives, with the question's {@code units}, a counted noun or a classifier
   * after it, a label before it, or as an ordinal or a zero word («هیچ»).
   */
  Optional<BigDecimal> number(String answer, Collection<String> units) {
    for (String r : readings(answer)) {
      Optional<BigDecimal> v = NumberReader.read(r, units);
      if (v.isEmpty() && r.length() <= MAX_CHARS) {
        v = counted(r);
      }
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** A number followed by nothing but counted nouns: tried with the longest number first. */
  private Optional<BigDecimal> counted(String reading) {
    String folded = Normalization.fold(reading);
    boolean negative = folded.startsWith("-") || folded.startsWith("\u2212");
    List<String> tokens = tokens(reading);
    for (int k = tokens.size(); k >= 1; k--) {
      List<String> head = tokens.subList(0, k);
      List<String> tail = tokens.subList(k, tokens.size());
      String headKey = String.join("", head);
      boolean zero =
          FrameWords.ZERO.contains(headKey) || english && FrameWords.ZERO_EN.contains(headKey);
      boolean without =
          FrameWords.WITHOUT.contains(headKey)
              || english && FrameWords.WITHOUT_EN.contains(headKey);
      if (!tail.isEmpty() && !isTail(tail, zero || without)) {
        continue;
      }
      if (zero || without && !tail.isEmpty()) {
        return negative ? Optional.empty() : Optional.of(BigDecimal.ZERO);
      }
      String joined = String.join(" ", head);
      Optional<BigDecimal> v = NumberReader.read(negative ? "-" + joined : joined);
      if (v.isEmpty() && !negative) {
        v = SpokenNumbers.read(head, english);
      }
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** Words and numerals of a short reading, or none when it is too long to be framed. */
  private static List<String> tokens(String reading) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKENS.matcher(Normalization.text(reading));
    while (m.find()) {
      if (tokens.size() == MAX_WORDS) {
        return List.of();
      }
      tokens.add(m.group());
    }
    return tokens;
  }

  /** Whether {@code tail} is counted nouns only, each perhaps with an ending («هواپیماها»). */
  private boolean isTail(List<String> tail, boolean loss) {
    String t = String.join("", tail);
    boolean[] reach = new boolean[t.length() + 1];
    reach[0] = true;
    Set<String> nouns = loss ? union(counted, FrameWords.LOSSES) : counted;
    for (int i = 0; i < t.length(); i++) {
      if (!reach[i]) {
        continue;
      }
      for (String noun : nouns) {
        if (t.startsWith(noun, i)) {
          int j = i + noun.length();
          reach[j] = true;
          for (String ending : FrameWords.ENDINGS) {
            if (t.startsWith(ending, j)) {
              reach[j + ending.length()] = true;
            }
          }
        }
      }
    }
    return reach[t.length()];
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> u = new HashSet<>(a);
    u.addAll(b);
    return u;
  }

  /** A short reading as an ordinal or in English words, as a text answer may give it. */
  private Optional<BigDecimal> spoken(String reading) {
    List<String> tokens = tokens(reading);
    return tokens.isEmpty() || NumberReader.read(reading).isPresent()
        ? Optional.empty()
        : SpokenNumbers.read(tokens, english);
  }
}
