package app.azmoon.formats;

import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.ClozeText.Gap;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Moodle's embedded answers (the Cloze question type): gaps written in the question text as {@code
 * {1:SHORTANSWER:=Busan~%50%Pusan#feedback}} or {@code {1:MC:=Seoul~Busan}}.
 *
 * <p>Reading gives a cloze question's prompt (the paragraphs before the first gap, if any) and its
 * text; a choice gap keeps its options and a 50% answer its half credit, a select-all gap ({@code
 * MULTIRESPONSE}) its options and which are right. Writing makes every gap weigh 1.
 */
final class EmbeddedAnswers {
  /**
   * A gap: weight, type, and its alternatives with {@code \}} and the like escaped. A gap holds no
   * unescaped "{", so that a file of gaps never closed takes no longer to read than others.
   */
  private static final Pattern GAP =
      Pattern.compile("\\{(\\d*):([A-Za-z_]+):((?:\\\\.|[^\\\\{}])*)\\}");

  private static final Pattern BLOCK_END = Pattern.compile("(?i)</p\\s*>|<br\\b[^>]*>");
  private static final char HOLE = '\uE000';
  private static final Set<String> CHOICE =
      Set.of(
          "MULTICHOICE",
          "MC",
          "MULTICHOICE_V",
          "MCV",
          "MULTICHOICE_H",
          "MCH",
          "MULTICHOICE_S",
          "MCS",
          "MULTICHOICE_VS",
          "MCVS",
          "MULTICHOICE_HS",
          "MCHS");
  private static final Set<String> SELECT_ALL =
      Set.of(
          "MULTIRESPONSE",
          "MR",
          "MULTIRESPONSE_H",
          "MRH",
          "MULTIRESPONSE_S",
          "MRS",
          "MULTIRESPONSE_HS",
          "MRHS");
  private static final Set<String> SHORT = Set.of("SHORTANSWER", "SA", "MW");
  private static final Set<String> SHORT_CASE = Set.of("SHORTANSWER_C", "SAC", "MWC");
  private static final Set<String> NUMBER = Set.of("NUMERICAL", "NM");
  private static final Text DEFAULT_PROMPT =
      new Text(Optional.of("جاهای خالی را پر کنید."), Optional.of("Fill in the gaps."));

  private EmbeddedAnswers() {}

  /** A cloze question read from Moodle's question text, the sum of its gaps' weights, warnings. */
  record Read(Text prompt, ClozeText text, int weight, List<String> warnings) {}

  /** One alternative of a gap: its fraction (1 for {@code =}) and its text, unescaped. */
  record Alternative(double fraction, String text) {}

  /**
   * Reads {@code html}; fails with a sentence when a gap cannot be carried (a gap with no 100%
   * answer, a select-all gap with no right option).
   */
  static Read read(String html) {
    Matcher m = GAP.matcher(html);
    StringBuilder holed = new StringBuilder();
    List<Gap> gaps = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<Integer> weights = new TreeSet<>();
    int weight = 0;
    while (m.find()) {
      int w = m.group(1).isEmpty() ? 1 : Integer.parseInt(m.group(1));
      weights.add(w);
      weight += w;
      gaps.add(gap(gaps.size() + 1, m.group(2), m.group(3), warnings));
      m.appendReplacement(holed, Character.toString(HOLE));
    }
    m.appendTail(holed);
    if (gaps.isEmpty()) {
      throw new IllegalArgumentException("the cloze question has no embedded answers");
    }
    if (weights.size() > 1) {
      warnings.add("its gaps weigh " + weights + " in Moodle; here every gap weighs the same");
    }
    String all = holed.toString();
    int first = all.indexOf(HOLE);
    int split = 0;
    Matcher end = BLOCK_END.matcher(all.substring(0, first));
    while (end.find()) {
      split = end.end();
    }
    Text prompt = Html.text(all.substring(0, split), true).orElse(DEFAULT_PROMPT);
    return new Read(prompt, cloze(Html.toText(all.substring(split)), gaps), weight, warnings);
  }

  private static ClozeText cloze(String text, List<Gap> gaps) {
    List<ClozeText.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int next = 0;
    for (char c : text.toCharArray()) {
      if (c != HOLE) {
        literal.append(c);
        continue;
      }
      if (!literal.isEmpty()) {
        parts.add(new ClozeText.Literal(plain(literal.toString())));
        literal.setLength(0);
      }
      parts.add(gaps.get(next++));
    }
    if (!literal.isEmpty()) {
      parts.add(new ClozeText.Literal(plain(literal.toString())));
    }
    return new ClozeText(parts);
  }

  private static String plain(String literal) {
    if (literal.contains("{{") || literal.contains("}}")) {
      throw new IllegalArgumentException("the cloze text holds '{{' or '}}' outside a gap");
    }
    return literal;
  }

  private static Gap gap(int n, String rawType, String body, List<String> warnings) {
    String type = rawType.toUpperCase(java.util.Locale.ROOT);
    boolean selectAll = SELECT_ALL.contains(type);
    boolean choice = selectAll || CHOICE.contains(type);
    boolean number = NUMBER.contains(type);
    if (!choice && !number && !SHORT.contains(type) && !SHORT_CASE.contains(type)) {
      throw new IllegalArgumentException("gap " + n + " has the unknown type " + rawType);
    }
    if (SHORT_CASE.contains(type)) {
      warnings.add("gap " + n + " is case-sensitive in Moodle; here case is ignored");
    }
    Set<String> answers = new LinkedHashSet<>();
    List<Partial> partial = new ArrayList<>();
    Set<String> options = new LinkedHashSet<>();
    for (Alternative alt : alternatives(body)) {
      String text = alt.text();
      if (number) {
        text = number(n, text, warnings);
      }
      if (!choice && text.equals("*")) {
        warnings.add("gap " + n + ": the catch-all answer '*' is dropped");
        continue;
      }
      if (choice && !options.add(text)) {
        throw new IllegalArgumentException("gap " + n + " offers \"" + text + "\" twice");
      }
      if (text.contains("|") || text.contains("{{") || text.contains("}}")) {
        throw new IllegalArgumentException("gap " + n + ": an answer holds '|', '{{' or '}}'");
      }
      if (alt.fraction() >= 1) {
        answers.add(text);
      } else if (alt.fraction() > 0) {
        partial.add(new Partial(text, alt.fraction()));
      } else if (!choice) {
        warnings.add("gap " + n + ": the wrong answer \"" + text + "\" is dropped");
      }
    }
    if (selectAll) {
      return selectAll(n, body, options, warnings);
    }
    if (answers.isEmpty()) {
      throw new IllegalArgumentException("gap " + n + " has no answer worth 100%");
    }
    return new Gap(List.copyOf(answers), partial, List.copyOf(options));
  }

  /**
   * A select-all gap: its options of positive weight are the right ones. It is scored as (right −
   * wrong picks) ÷ right options, Moodle's own score only when each right option weighs 1/k and
   * each other −1/k; other weights are noted.
   */
  private static Gap selectAll(int n, String body, Set<String> options, List<String> warnings) {
    List<Alternative> alts = alternatives(body);
    List<String> right =
        alts.stream().filter(a -> a.fraction() > 0).map(Alternative::text).toList();
    if (right.isEmpty()) {
      throw new IllegalArgumentException("gap " + n + " has no right option");
    }
    double share = 1.0 / right.size();
    boolean asMoodle =
        alts.stream().allMatch(a -> Math.abs(Math.abs(a.fraction()) - share) < 0.001);
    if (!asMoodle) {
      warnings.add(
          "gap "
              + n
              + " (select all that apply): its weights are dropped; here it earns"
              + " (right − wrong picks) ÷ right options");
    }
    return new Gap(right, List.of(), List.copyOf(options), true);
  }

  private static String number(int n, String text, List<String> warnings) {
    int colon = text.indexOf(':');
    if (colon < 0 || text.equals("*")) {
      return text;
    }
    String tolerance = text.substring(colon + 1).strip();
    if (!tolerance.isEmpty() && new BigDecimal(tolerance).signum() != 0) {
      warnings.add(
          "gap " + n + ": the tolerance ±" + tolerance + " is dropped (exact answers only)");
    }
    return text.substring(0, colon).strip();
  }

  /**
   * The alternatives of a gap's body, split at unescaped {@code ~}, feedback after {@code #} gone.
   */
  static List<Alternative> alternatives(String body) {
    List<Alternative> out = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    boolean feedback = false;
    for (int i = 0; i <= body.length(); i++) {
      char c = i < body.length() ? body.charAt(i) : '~';
      if (c == '\\' && i + 1 < body.length()) {
        if (!feedback) {
          text.append(body.charAt(++i));
        } else {
          i++;
        }
      } else if (c == '~') {
        if (!text.isEmpty() || i < body.length()) {
          out.add(alternative(text.toString()));
        }
        text.setLength(0);
        feedback = false;
      } else if (c == '#'
          && !feedback
          && (text.isEmpty() || text.charAt(text.length() - 1) != '&')) {
        feedback = true;
      } else if (!feedback) {
        text.append(c);
      }
    }
    return out.stream().filter(a -> !a.text().isEmpty()).toList();
  }

  private static Alternative alternative(String raw) {
    String s = raw.strip();
    double fraction = 0;
    if (s.startsWith("=")) {
      fraction = 1;
      s = s.substring(1);
    } else if (s.startsWith("%")) {
      int close = s.indexOf('%', 1);
      if (close > 0) {
        fraction = Double.parseDouble(s.substring(1, close).replace(',', '.')) / 100;
        s = s.substring(close + 1);
      }
    }
    return new Alternative(fraction, Html.toText(s));
  }

  /** {@code gap} written as an embedded answer of weight 1. */
  static String write(Gap gap) {
    List<String> alts = new ArrayList<>();
    if (gap.options().isEmpty()) {
      gap.answers().forEach(a -> alts.add("%100%" + escape(a)));
      gap.partial().forEach(p -> alts.add("%" + percent(p.credit()) + "%" + escape(p.answer())));
      return "{1:SHORTANSWER:" + String.join("~", alts) + "}";
    }
    if (gap.selectAll()) {
      // Moodle sums the picks' weights: ±1/k makes its score the select-all rule's.
      String right = "%" + percent(1.0 / gap.answers().size()) + "%";
      String wrong = "%" + percent(-1.0 / gap.answers().size()) + "%";
      for (String option : gap.options()) {
        alts.add((gap.answers().contains(option) ? right : wrong) + escape(option));
      }
      return "{1:MULTIRESPONSE:" + String.join("~", alts) + "}";
    }
    for (String option : gap.options()) {
      String mark = gap.answers().contains(option) ? "%100%" : "";
      for (Partial p : gap.partial()) {
        if (mark.isEmpty() && p.answer().equals(option)) {
          mark = "%" + percent(p.credit()) + "%";
        }
      }
      alts.add(mark + escape(option));
    }
    return "{1:MULTICHOICE:" + String.join("~", alts) + "}";
  }

  /** A weight as Moodle writes a percentage: 100, 50, 33.33333, -25. */
  static String percent(double credit) {
    return BigDecimal.valueOf(credit * 100)
        .setScale(5, RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }

  private static String escape(String answer) {
    return Html.fromText(answer)
        .replace("\\", "\\\\")
        .replace("}", "\\}")
        .replace("~", "\\~")
        .replace("#", "\\#");
  }
}
