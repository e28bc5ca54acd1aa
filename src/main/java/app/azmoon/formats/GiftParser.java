package app.azmoon.formats;

import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one GIFT file, as Moodle's importer does: questions separated by blank lines, {@code //}
 * comment lines, {@code $CATEGORY:} lines, and per question an optional {@code ::title::}, an
 * optional {@code [html]}-style format, the text, and the answers between braces. Each question
 * that would not load in a bank is a {@link Note} with its line; the others are kept.
 */
final class GiftParser {
  private static final Pattern FORMAT =
      Pattern.compile("^\\[(html|moodle|plain|markdown)\\]", Pattern.CASE_INSENSITIVE);
  private static final Pattern MOODLE_ROOT = Pattern.compile("\\$[a-z0-9]+\\$");

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
        String tag = "cat-" + Ids.hash(segment.strip());
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
    String text = GiftText.protect(String.join("\n", lines));
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
      title = GiftText.restore(text.substring(pos + 2, end)).strip();
      pos = skipSpace(text, end + 2);
    }
    boolean html = false;
    Matcher format = FORMAT.matcher(text.substring(pos));
    if (format.find()) {
      html = format.group(1).equalsIgnoreCase("html");
      pos += format.end();
    }
    int open = text.indexOf('{', pos);
    int stray = text.indexOf('}', pos);
    if (stray >= 0 && (open < 0 || stray < open)) {
      sawQuestion = true;
      throw new Skip(
          "this '}' closes no '{' (write \\} for a literal brace)", first + newlines(text, stray));
    }
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
    GiftText texts = new GiftText(html);
    String before = text.substring(pos, open);
    String after = text.substring(close + 1);
    String body = text.substring(open + 1, close);
    String general = null;
    int hashes = body.lastIndexOf("####");
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
      // As Moodle does, answers inside the text leave a blank where they stood.
      String prompt = texts.clean(missingWord ? before + "_____" + after : before);
      if (prompt.isEmpty()) {
        if (title == null || title.isEmpty()) {
          throw new Skip("the question has no text");
        }
        prompt = title;
      }
      String id = ids.next(name != null && !name.isEmpty() ? name : prompt);
      question = kinded(id, prompt, texts, body, explanation, line);
    }
    BankRules.check(question);
    questions.add(question);
  }

  private Question kinded(
      String id, String prompt, GiftText texts, String body, Optional<String> general, int line) {
    if (body.startsWith("#")) {
      return numeric(id, prompt, texts, body.substring(1).strip(), general, line);
    }
    if (isTrueFalse(body)) {
      String[] parts = body.split("#", -1);
      boolean answer = parts[0].strip().startsWith("T");
      // Moodle's {T#wrong#right}: the first feedback is for a wrong pick, the second for a right.
      Optional<String> right =
          parts.length > 2 ? Optional.of(texts.clean(parts[2])) : Optional.empty();
      return new Question.TrueFalse(
          info(id, prompt, general.or(() -> right.filter(r -> !r.isEmpty()))), answer);
    }
    if (isMatch(body)) {
      return match(id, prompt, texts, body, general, line);
    }
    List<GiftAnswers.Answer> answers = GiftAnswers.split(body, "=~");
    if (body.contains("~")) {
      return choice(id, prompt, texts, answers, general);
    }
    Graded graded = Graded.of(answers, texts);
    if (graded.right().isEmpty()) {
      throw new Skip("no answer has full credit (= or =%100%)");
    }
    return new Question.Typed(
        info(id, prompt, first(general, graded.feedback())),
        graded.right(),
        graded.wrong(),
        true,
        graded.partial());
  }

  private static boolean isTrueFalse(String body) {
    String head = body.split("#", 2)[0].strip();
    return !body.contains("~") && head.equals("T")
        || head.equals("TRUE")
        || head.equals("F")
        || head.equals("FALSE");
  }

  private static boolean isMatch(String body) {
    return !body.contains("~") && body.contains("=") && body.contains("->");
  }

  private Question choice(
      String id,
      String prompt,
      GiftText texts,
      List<GiftAnswers.Answer> answers,
      Optional<String> general) {
    boolean single = answers.stream().anyMatch(a -> a.mark() == '=');
    List<Text> options = new ArrayList<>();
    List<Double> credits = new ArrayList<>();
    Set<Integer> correct = new TreeSet<>();
    boolean weighted = !single;
    Optional<String> feedback = Optional.empty();
    for (int i = 0; i < answers.size(); i++) {
      GiftAnswers.Answer a = answers.get(i);
      double credit = a.credit();
      String option = texts.answer(a.text());
      options.add(Text.of(Texts.languageOf(option), option));
      credits.add(credit);
      weighted |= credit != 0 && credit != 1;
      if (single ? credit == 1 : credit > 0) {
        correct.add(i);
        if (single) {
          feedback = texts.feedback(a.feedback());
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
      String id, String prompt, GiftText texts, String body, Optional<String> general, int line) {
    List<Question.Pair> pairs = new ArrayList<>();
    for (GiftAnswers.Answer a : GiftAnswers.split(body, "=")) {
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
      pairs.add(
          new Question.Pair(
              Text.of(Texts.languageOf(left), left), Text.of(Texts.languageOf(right), right)));
    }
    return new Question.Match(info(id, prompt, general), pairs);
  }

  private Question numeric(
      String id, String prompt, GiftText texts, String body, Optional<String> general, int line) {
    if (!body.startsWith("=") && !body.startsWith("~")) {
      String[] parts = body.split("#", 2);
      BigDecimal[] range = GiftAnswers.range(GiftText.restore(parts[0]));
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
    for (GiftAnswers.Answer a : GiftAnswers.split(body, "=~")) {
      double credit = a.credit();
      if (credit <= 0) {
        continue; // a wrong number only carries feedback, which Azmoon has no place for
      }
      BigDecimal[] range = GiftAnswers.range(GiftText.restore(a.text()));
      if (credit < 1) {
        partial.add(new PartialRange(range[1], range[2], credit));
      } else if (full == null) {
        full = range;
        feedback = texts.feedback(a.feedback());
      } else {
        notes.add(
            new Note(
                "line " + line,
                "only the first full-credit number is kept; "
                    + GiftText.restore(a.text()).strip()
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

  private Question cloze(
      String id,
      GiftText texts,
      String before,
      String after,
      String body,
      Optional<String> general) {
    List<GiftAnswers.Answer> answers = GiftAnswers.split(body, "=~");
    boolean options = body.contains("~");
    Graded graded = Graded.of(answers, texts);
    for (String value : graded.all()) {
      if (value.contains("|") || value.contains("{{") || value.contains("}}")) {
        throw new Skip("a gap's answer \"" + value + "\" holds | or double braces");
      }
    }
    if (graded.right().isEmpty()) {
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
    parts.add(
        new ClozeText.Gap(graded.right(), graded.partial(), options ? graded.all() : List.of()));
    parts.add(new ClozeText.Literal(tail));
    Language language = Texts.languageOf(head + tail);
    String prompt = language == Language.FA ? "جای خالی را پر کنید." : "Fill in the gap.";
    return new Question.Cloze(
        info(id, prompt, first(general, graded.feedback())), new ClozeText(parts));
  }

  /**
   * Short answers sorted by credit: full, partial, and none or less (Moodle's wrong answers), with
   * the feedback of the first full one.
   */
  private record Graded(
      List<String> all,
      List<String> right,
      List<Partial> partial,
      List<String> wrong,
      Optional<String> feedback) {
    static Graded of(List<GiftAnswers.Answer> answers, GiftText texts) {
      List<String> all = new ArrayList<>();
      List<String> right = new ArrayList<>();
      List<Partial> partial = new ArrayList<>();
      List<String> wrong = new ArrayList<>();
      Optional<String> feedback = Optional.empty();
      for (GiftAnswers.Answer a : answers) {
        String value = texts.answer(a.text());
        all.add(value);
        double credit = a.credit();
        if (credit == 1) {
          right.add(value);
          feedback = feedback.isPresent() ? feedback : texts.feedback(a.feedback());
        } else if (credit > 0) {
          partial.add(new Partial(value, credit));
        } else {
          wrong.add(value);
        }
      }
      return new Graded(all, right, partial, wrong, feedback);
    }
  }

  /** The general feedback when there is one, else the right answer's. */
  private static Optional<String> first(Optional<String> general, Optional<String> feedback) {
    return general.isPresent() ? general : feedback;
  }

  private Info info(String id, String prompt, Optional<String> explanation) {
    return new Info(
        id,
        Text.of(Texts.languageOf(prompt), prompt),
        explanation.filter(e -> !e.isBlank()).map(e -> Text.of(Texts.languageOf(e), e)),
        Optional.empty(),
        tags,
        1);
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
}
