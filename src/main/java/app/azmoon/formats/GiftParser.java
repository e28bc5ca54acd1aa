package app.azmoon.formats;

import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one GIFT file, as Moodle's importer does: questions separated by blank lines, {@code //}
 * comment lines, {@code $CATEGORY:} lines, and per question an optional {@code ::title::}, an
 * optional {@code [html]}-style format, the text, and the answers between braces. Escaped
 * characters ({@code \~ \= \# \{ \} \: \\}) are swapped for private-use placeholders before
 * anything is split, as Moodle does, and put back in each finished text.
 */
final class GiftParser {
  private static final String ESCAPABLE = "\\~=#{}:n";
  private static final char PLACEHOLDER = '\uE000';
  private static final Pattern WEIGHT = Pattern.compile("^\\s*%(-?\\d+(?:\\.\\d+)?)%");
  private static final Pattern FORMAT =
      Pattern.compile("^\\[(html|moodle|plain|markdown)\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern MOODLE_ROOT = Pattern.compile("\\$[a-z0-9]+\\$");
  private static final int MAX_CHOICES = 10;
  private static final int MAX_DIGITS = 18;

  private final QuestionIds ids;
  private final List<Question> questions = new ArrayList<>();
  private final List<Note> notes = new ArrayList<>();
  private List<String> tags = List.of();
  private boolean sawQuestion;

  GiftParser(String idPrefix) {
    this.ids = new QuestionIds(idPrefix);
  }

  /** A question that cannot be kept; the message says why, as the end of a sentence. */
  private static final class Skip extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The line the problem is on, when it is not the question's first line; else 0. */
    final int line;

    Skip(String message) {
      this(message, 0);
    }

    Skip(String message, int line) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  /** One answer between the braces: its mark, weight (NaN when not given), text and feedback. */
  private record Answer(char mark, double weight, String text, String feedback) {
    double credit() {
      return Double.isNaN(weight) ? (mark == '=' ? 1 : 0) : weight;
    }
  }

  Imported read(String text) {
    String[] lines = text.split("\r\n|\r|\n", -1);
    List<String> block = new ArrayList<>();
    int first = 0;
    for (int i = 0; i < lines.length; i++) {
      String line = i == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[i];
      String trimmed = line.strip();
      if (trimmed.startsWith("//")) {
        continue;
      }
      if (trimmed.isEmpty() || trimmed.startsWith("$CATEGORY:")) {
        block(block, first);
        block.clear();
        if (!trimmed.isEmpty()) {
          category(trimmed.substring("$CATEGORY:".length()), i + 1);
        }
        continue;
      }
      if (block.isEmpty()) {
        first = i + 1;
      }
      block.add(line);
    }
    block(block, first);
    if (questions.isEmpty() && !sawQuestion) {
      throw new FormatException("no GIFT question found: a question has its answers in { }");
    }
    return new Imported(questions, notes);
  }

  private void category(String path, int line) {
    Set<String> found = new LinkedHashSet<>();
    List<String> segments = new ArrayList<>(List.of(path.strip().split("/")));
    while (!segments.isEmpty() && MOODLE_ROOT.matcher(segments.get(0).strip()).matches()) {
      segments.remove(0);
    }
    if (!segments.isEmpty() && segments.get(0).strip().equals("top")) {
      segments.remove(0);
    }
    for (String segment : segments) {
      if (segment.isBlank()) {
        continue;
      }
      Optional<String> latin = QuestionIds.latin(segment);
      if (latin.isEmpty()) {
        String tag = "cat-" + QuestionIds.hash(segment.strip());
        notes.add(
            new Note(
                "line " + line,
                "the category \"" + segment.strip() + "\" has no Latin name; tagged " + tag));
        found.add(tag);
      } else {
        found.add(latin.get());
      }
    }
    tags = List.copyOf(found);
  }

  private void block(List<String> lines, int first) {
    if (lines.isEmpty()) {
      return;
    }
    String text = protect(String.join("\n", lines));
    int pos = skipSpace(text, 0);
    int line = first + newlines(text, pos);
    try {
      question(text, pos, first, line);
    } catch (Skip e) {
      notes.add(new Note("line " + (e.line > 0 ? e.line : line), e.getMessage()));
    } catch (IllegalArgumentException e) {
      notes.add(new Note("line " + line, e.getMessage()));
    }
  }

  private void question(String text, int start, int first, int line) {
    String title = null;
    int pos = start;
    if (text.startsWith("::", pos)) {
      int end = text.indexOf("::", pos + 2);
      if (end < 0) {
        throw new Skip("the title has no closing :: (write \\: for a colon in a title)");
      }
      title = restore(text.substring(pos + 2, end)).strip();
      pos = skipSpace(text, end + 2);
    }
    boolean html = false;
    Matcher format = FORMAT.matcher(text.substring(pos));
    if (format.find()) {
      html = format.group(1).equalsIgnoreCase("html");
      pos += format.end();
    }
    int open = text.indexOf('{', pos);
    if (open < 0) {
      throw new Skip("a description (text without answers in { }) is skipped");
    }
    sawQuestion = true;
    int close = text.indexOf('}', open + 1);
    int nested = text.indexOf('{', open + 1);
    if (close < 0 || (nested >= 0 && nested < close)) {
      throw new Skip(
          "this '{' is never closed (write \\{ and \\} for literal braces)",
          first + newlines(text, open));
    }
    if (text.indexOf('{', close) >= 0 || text.indexOf('}', close + 1) >= 0) {
      throw new Skip("a question has one { } of answers; write \\{ and \\} for literal braces");
    }
    Texts texts = new Texts(html);
    String before = text.substring(pos, open);
    String after = text.substring(close + 1);
    String body = text.substring(open + 1, close);
    String general = null;
    int hashes = body.indexOf("####");
    if (hashes >= 0) {
      general = texts.clean(body.substring(hashes + 4));
      body = body.substring(0, hashes);
    }
    body = body.strip();
    if (body.isEmpty()) {
      throw new Skip("an essay question is skipped: Azmoon cannot grade free writing");
    }
    String name = title;
    Optional<String> explanation = Optional.ofNullable(general).filter(g -> !g.isEmpty());
    boolean missingWord = !texts.clean(after).isEmpty();
    Question question;
    if (missingWord && !body.startsWith("#") && !isTrueFalse(body) && !isMatch(body)) {
      String prompt = texts.clean(before) + " _ " + texts.clean(after);
      String id = ids.next(name != null && !name.isEmpty() ? name : prompt);
      question = cloze(id, texts, before, after, body, explanation);
    } else {
      String prompt = texts.clean(before);
      if (missingWord) {
        prompt = (prompt + " _____ " + texts.clean(after)).strip();
      }
      if (prompt.isEmpty()) {
        if (title == null || title.isEmpty()) {
          throw new Skip("the question has no text");
        }
        prompt = title;
      }
      String id = ids.next(name != null && !name.isEmpty() ? name : prompt);
      question = kinded(id, prompt, texts, body, explanation, line);
    }
    Validity.check(question);
    questions.add(question);
  }

  private Question kinded(
      String id, String prompt, Texts texts, String body, Optional<String> general, int line) {
    if (body.startsWith("#")) {
      return numeric(id, prompt, texts, body.substring(1).strip(), general, line);
    }
    if (isTrueFalse(body)) {
      String[] parts = body.split("#", -1);
      boolean answer = parts[0].strip().toUpperCase(Locale.ROOT).startsWith("T");
      // Moodle's {T#wrong#right}: the first feedback is for a wrong pick, the second for a right.
      Optional<String> right =
          parts.length > 2 ? Optional.of(texts.clean(parts[2])) : Optional.empty();
      return new Question.TrueFalse(
          info(id, prompt, general.or(() -> right.filter(r -> !r.isEmpty()))), answer);
    }
    if (isMatch(body)) {
      return match(id, prompt, texts, body, general, line);
    }
    List<Answer> answers = answers(body, "=~");
    if (body.contains("~")) {
      return choice(id, prompt, texts, answers, general);
    }
    List<String> accept = new ArrayList<>();
    List<String> reject = new ArrayList<>();
    List<Partial> partial = new ArrayList<>();
    Optional<String> feedback = Optional.empty();
    for (Answer a : answers) {
      String value = texts.answer(a.text());
      double credit = a.credit();
      if (credit == 1) {
        accept.add(value);
        feedback = feedback.or(() -> texts.feedback(a));
      } else if (credit > 0) {
        partial.add(new Partial(value, credit));
      } else {
        reject.add(value);
      }
    }
    if (accept.isEmpty()) {
      throw new Skip("no answer has full credit (= or =%100%)");
    }
    return new Question.Typed(
        info(id, prompt, first(general, feedback)), accept, reject, true, partial);
  }

  private static boolean isTrueFalse(String body) {
    String head = body.split("#", 2)[0].strip().toUpperCase(Locale.ROOT);
    return head.equals("T") || head.equals("TRUE") || head.equals("F") || head.equals("FALSE");
  }

  private static boolean isMatch(String body) {
    return body.startsWith("=") && body.contains("->");
  }

  private Question choice(
      String id, String prompt, Texts texts, List<Answer> answers, Optional<String> general) {
    boolean single = answers.stream().anyMatch(a -> a.mark() == '=');
    List<Text> options = new ArrayList<>();
    List<Double> credits = new ArrayList<>();
    Set<Integer> correct = new TreeSet<>();
    boolean weighted = !single;
    Optional<String> feedback = Optional.empty();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      double credit = a.credit();
      String option = texts.answer(a.text());
      options.add(Text.of(language(option), option));
      credits.add(credit);
      weighted |= credit != 0 && credit != 1;
      if (single ? credit == 1 : credit > 0) {
        correct.add(i);
        if (single) {
          feedback = texts.feedback(a);
        }
      }
    }
    if (correct.isEmpty()) {
      throw new Skip(
          single
              ? "no option has full credit (= or ~%100%)"
              : "no option is right: mark it with = or give it a weight above 0");
    }
    if (single && correct.size() > 1) {
      throw new Skip(
          "several options are marked right with =; a select-all question gives each right"
              + " option a weight: ~%50%");
    }
    return new Question.Choice(
        info(id, prompt, first(general, feedback)),
        options,
        correct,
        true,
        weighted ? credits : List.of());
  }

  private Question match(
      String id, String prompt, Texts texts, String body, Optional<String> general, int line) {
    List<Question.Pair> pairs = new ArrayList<>();
    for (Answer a : answers(body, "=")) {
      String pair = a.text() + (a.feedback() == null ? "" : "#" + a.feedback());
      int arrow = pair.indexOf("->");
      if (arrow < 0) {
        throw new Skip("a matching answer needs ->: =left -> right");
      }
      String left = texts.clean(pair.substring(0, arrow));
      String right = texts.answer(pair.substring(arrow + 2));
      if (left.isEmpty()) {
        notes.add(
            new Note(
                "line " + line,
                "the extra right-hand answer \""
                    + right
                    + "\" is dropped: Azmoon pairs every answer"));
        continue;
      }
      pairs.add(new Question.Pair(Text.of(language(left), left), Text.of(language(right), right)));
    }
    return new Question.Match(info(id, prompt, general), pairs);
  }

  private Question numeric(
      String id, String prompt, Texts texts, String body, Optional<String> general, int line) {
    if (!body.startsWith("=") && !body.startsWith("~")) {
      String[] parts = body.split("#", 2);
      BigDecimal[] range = range(restore(parts[0]));
      Optional<String> feedback =
          parts.length > 1
              ? Optional.of(texts.clean(parts[1])).filter(f -> !f.isEmpty())
              : Optional.empty();
      return new Question.Numeric(
          info(id, prompt, first(general, feedback)),
          range[0],
          range[1],
          range[2],
          Optional.empty());
    }
    BigDecimal[] full = null;
    Optional<String> feedback = Optional.empty();
    List<PartialRange> partial = new ArrayList<>();
    for (Answer a : answers(body, "=~")) {
      double credit = a.credit();
      if (credit <= 0) {
        continue; // a wrong number only carries feedback, which Azmoon has no place for
      }
      BigDecimal[] range = range(restore(a.text()));
      if (credit < 1) {
        partial.add(new PartialRange(range[1], range[2], credit));
      } else if (full == null) {
        full = range;
        feedback = texts.feedback(a);
      } else {
        notes.add(
            new Note(
                "line " + line,
                "only the first full-credit number is kept; "
                    + restore(a.text()).strip()
                    + " is dropped"));
      }
    }
    if (full == null) {
      throw new Skip("no number has full credit (= or =%100%)");
    }
    return new Question.Numeric(
        info(id, prompt, first(general, feedback)),
        full[0],
        full[1],
        full[2],
        Optional.empty(),
        partial);
  }

  /** {@code answer, min, max} of {@code 1822}, {@code 1822:2} or {@code 1820..1824}. */
  private static BigDecimal[] range(String written) {
    String t = written.strip();
    int dots = t.indexOf("..");
    if (dots >= 0) {
      BigDecimal min = number(t.substring(0, dots));
      BigDecimal max = number(t.substring(dots + 2));
      if (min.compareTo(max) > 0) {
        throw new Skip("the range " + t + " runs backwards");
      }
      BigDecimal mid =
          min.add(max).divide(BigDecimal.valueOf(2), MAX_DIGITS, RoundingMode.HALF_EVEN);
      return new BigDecimal[] {mid.stripTrailingZeros(), min, max};
    }
    int colon = t.indexOf(':');
    BigDecimal answer = number(colon < 0 ? t : t.substring(0, colon));
    BigDecimal tolerance = colon < 0 ? BigDecimal.ZERO : number(t.substring(colon + 1)).abs();
    return new BigDecimal[] {answer, answer.subtract(tolerance), answer.add(tolerance)};
  }

  private static BigDecimal number(String written) {
    String t = written.strip();
    try {
      BigDecimal n = new BigDecimal(t);
      if (n.signum() != 0 && (n.precision() - n.scale() > MAX_DIGITS || n.scale() > MAX_DIGITS)) {
        throw new Skip("the number " + t + " has more than " + MAX_DIGITS + " digits");
      }
      return n;
    } catch (NumberFormatException e) {
      throw new Skip("\"" + t + "\" is not a number");
    }
  }

  private Question cloze(
      String id, Texts texts, String before, String after, String body, Optional<String> general) {
    List<Answer> answers = answers(body, "=~");
    boolean options = body.contains("~");
    List<String> right = new ArrayList<>();
    List<Partial> partial = new ArrayList<>();
    List<String> all = new ArrayList<>();
    Optional<String> feedback = Optional.empty();
    for (Answer a : answers) {
      String value = texts.answer(a.text());
      if (value.contains("|") || value.contains("{{") || value.contains("}}")) {
        throw new Skip("a gap's answer \"" + value + "\" holds | or double braces");
      }
      all.add(value);
      double credit = a.credit();
      if (credit == 1) {
        right.add(value);
        feedback = feedback.or(() -> texts.feedback(a));
      } else if (credit > 0) {
        partial.add(new Partial(value, credit));
      }
    }
    if (right.isEmpty()) {
      throw new Skip("the gap has no answer with full credit (=)");
    }
    List<ClozeText.Part> parts = new ArrayList<>();
    String head = texts.literal(before).stripLeading();
    String tail = texts.literal(after).stripTrailing();
    if ((head + tail).contains("{{") || (head + tail).contains("}}")) {
      throw new Skip("the text around the gap holds {{ or }}, which a cloze text cannot");
    }
    if (!head.isEmpty()) {
      parts.add(new ClozeText.Literal(head));
    }
    parts.add(new ClozeText.Gap(right, partial, options ? all : List.of()));
    parts.add(new ClozeText.Literal(tail));
    Language language = language(head + tail);
    String prompt = language == Language.FA ? "جای خالی را پر کنید." : "Fill in the gap.";
    return new Question.Cloze(info(id, prompt, first(general, feedback)), new ClozeText(parts));
  }

  /** The answers of {@code body}, each starting at one of the {@code marks}. */
  private static List<Answer> answers(String body, String marks) {
    List<Answer> answers = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= body.length(); i++) {
      if (i == body.length() || marks.indexOf(body.charAt(i)) >= 0) {
        if (start < 0) {
          if (!body.substring(0, i).isBlank()) {
            throw new Skip(
                "each answer starts with = or ~, not \""
                    + restore(body.substring(0, i)).strip()
                    + "\"");
          }
        } else {
          answers.add(answer(body.charAt(start), body.substring(start + 1, i)));
        }
        start = i;
      }
    }
    return answers;
  }

  private static Answer answer(char mark, String written) {
    double weight = Double.NaN;
    String rest = written;
    Matcher m = WEIGHT.matcher(rest);
    if (m.find()) {
      BigDecimal percent = new BigDecimal(m.group(1));
      if (percent.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new Skip("the weight %" + m.group(1) + "% lies outside -100% to 100%");
      }
      weight = percent.movePointLeft(2).doubleValue();
      rest = rest.substring(m.end());
    }
    int hash = rest.indexOf('#');
    return hash < 0
        ? new Answer(mark, weight, rest, null)
        : new Answer(mark, weight, rest.substring(0, hash), rest.substring(hash + 1));
  }

  /** The general feedback when there is one, else the right answer's. */
  private static Optional<String> first(Optional<String> general, Optional<String> feedback) {
    return general.isPresent() ? general : feedback;
  }

  private Info info(String id, String prompt, Optional<String> explanation) {
    return new Info(
        id,
        Text.of(language(prompt), prompt),
        explanation.filter(e -> !e.isBlank()).map(e -> Text.of(language(e), e)),
        Optional.empty(),
        tags,
        1);
  }

  /** Persian when the text has an Arabic-script letter, else English. */
  static Language language(String text) {
    return text.codePoints()
            .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC)
        ? Language.FA
        : Language.EN;
  }

  /** How the texts of one question are made plain: escapes restored, HTML reduced to text. */
  private record Texts(boolean html) {
    /** A whole text: source line breaks are spaces, and it is stripped. */
    String clean(String written) {
      return literal(written).strip();
    }

    /** A text whose outer spaces count, as the text around a gap. */
    String literal(String written) {
      String text = written.replaceAll("[ \\t]*\\n[ \\t]*", " ");
      if (html) {
        String core = GiftHtml.text(text);
        // The spaces next to a gap survive the reduction.
        String lead = text.startsWith(" ") ? " " : "";
        String trail = text.endsWith(" ") ? " " : "";
        text = core.isEmpty() ? lead : lead + core + trail;
      }
      return restore(text);
    }

    String answer(String written) {
      String value = clean(written);
      if (value.isEmpty()) {
        throw new Skip("an answer is empty");
      }
      return value;
    }

    Optional<String> feedback(Answer a) {
      return Optional.ofNullable(a.feedback()).map(this::clean).filter(f -> !f.isEmpty());
    }
  }

  /** Escapes swapped for placeholders: {@code \~} becomes one character no text has. */
  private static String protect(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int escaped = i + 1 < text.length() && c == '\\' ? ESCAPABLE.indexOf(text.charAt(i + 1)) : -1;
      if (escaped >= 0) {
        out.append((char) (PLACEHOLDER + escaped));
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String restore(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      int escaped = c - PLACEHOLDER;
      if (escaped >= 0 && escaped < ESCAPABLE.length()) {
        char original = ESCAPABLE.charAt(escaped);
        out.append(original == 'n' ? '\n' : original);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int skipSpace(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int newlines(String text, int end) {
    int n = 0;
    for (int i = 0; i < end; i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /** The bank format's rules that the domain's records leave to the bank reader. */
  private static final class Validity {
    private Validity() {}

    static void check(Question q) {
      texts(q.info().prompt());
      q.info().explanation().ifPresent(Validity::texts);
      if (q instanceof Question.Choice c) {
        if (c.choices().size() > MAX_CHOICES) {
          throw new Skip(
              "a choice question has at most "
                  + MAX_CHOICES
                  + " options, not "
                  + c.choices().size());
        }
        distinct(
            c.choices().stream().map(t -> t.in(Language.FA)).toList(), "two options are the same");
      } else if (q instanceof Question.Match m) {
        distinct(
            m.pairs().stream().map(p -> p.left().in(Language.FA)).toList(),
            "two left sides are the same");
        distinct(
            m.pairs().stream().map(p -> p.right().in(Language.FA)).toList(),
            "two right sides are the same");
      }
    }

    private static void texts(Text text) {
      String value = text.in(Language.FA);
      if (value.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
        throw new Skip("a text holds a control character");
      }
    }

    private static void distinct(List<String> values, String message) {
      Set<String> seen = new HashSet<>();
      for (String value : values) {
        texts(Text.of(Language.EN, value));
        if (!seen.add(value)) {
          throw new Skip(message + ": \"" + value + "\"");
        }
      }
    }
  }
}
