package app.azmoon.formats;

import static app.azmoon.formats.MoodleXmlParser.child;
import static app.azmoon.formats.MoodleXmlParser.children;
import static app.azmoon.formats.MoodleXmlParser.html;
import static app.azmoon.formats.MoodleXmlParser.value;

import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.w3c.dom.Element;

/**
 * One {@code <question>} of a Moodle XML file as an Azmoon question. What cannot be carried fails
 * with a sentence ({@link IllegalArgumentException}); what is carried with a change is a warning.
 */
final class MoodleQuestion {
  private static final int MAX_CHOICES = 10;
  private final Element q;
  private final String type;
  private final String name;
  private final List<String> category;
  private final QuestionIds ids;
  private final List<String> warnings;

  MoodleQuestion(
      Element q,
      String type,
      String name,
      List<String> category,
      QuestionIds ids,
      List<String> warnings) {
    this.q = q;
    this.type = type;
    this.name = name;
    this.category = category;
    this.ids = ids;
    this.warnings = warnings;
  }

  Question read() {
    return switch (type) {
      case "multichoice" -> choice();
      case "truefalse" -> trueFalse();
      case "shortanswer" -> typed();
      case "numerical" -> numeric();
      case "matching" -> match();
      case "ordering" -> order();
      case "cloze", "multianswer" -> cloze();
      case "description" ->
          throw new IllegalArgumentException("a description holds no question; skipped");
      case "essay" ->
          throw new IllegalArgumentException("an essay cannot be checked automatically; skipped");
      default ->
          throw new IllegalArgumentException(
              "the question type \"" + type + "\" has no Azmoon kind; skipped");
    };
  }

  private Info info(Text prompt, double fallbackPoints) {
    Element feedback = child(q, "generalfeedback");
    Optional<Text> explanation = Html.text(MoodleXmlParser.text(feedback), html(feedback));
    Set<String> tags = new LinkedHashSet<>(category);
    for (Element tag : children(child(q, "tags"), "tag")) {
      String raw = MoodleXmlParser.text(tag).strip();
      Optional<String> slug = QuestionIds.latin(raw);
      if (slug.isPresent()) {
        tags.add(slug.get());
      } else if (!raw.isEmpty()) {
        warnings.add("the tag \"" + raw + "\" is dropped: tags are written in Latin letters");
      }
    }
    double points = fallbackPoints;
    String grade = value(q, "defaultgrade", "");
    if (!grade.isEmpty()) {
      points = Double.parseDouble(grade);
      if (!(points > 0) || Double.isInfinite(points)) {
        warnings.add("its grade " + grade + " is not above 0; it is worth 1 point");
        points = 1;
      }
    }
    String id = ids.next(name.isEmpty() ? prompt.fa().or(prompt::en).orElseThrow() : name);
    return new Info(id, prompt, explanation, Optional.empty(), List.copyOf(tags), points);
  }

  private Info info() {
    Element text = child(q, "questiontext");
    Text prompt =
        Html.text(MoodleXmlParser.text(text), html(text))
            .orElseThrow(() -> new IllegalArgumentException("its question text is empty"));
    return info(prompt, 1);
  }

  private record Answer(double fraction, String raw, boolean html, Element element) {
    Optional<Text> text() {
      return Html.text(raw, html);
    }

    String plain() {
      return html ? Html.toText(raw) : raw.strip();
    }
  }

  private List<Answer> answers() {
    List<Answer> out = new ArrayList<>();
    for (Element a : children(q, "answer")) {
      String fraction = a.getAttribute("fraction").strip();
      double f = fraction.isEmpty() ? 0 : Double.parseDouble(fraction) / 100;
      // Moodle writes fractions to 7 decimals; rounded so that "100" is exactly 1.
      f = Math.round(f * 1e7) / 1e7;
      out.add(new Answer(f, MoodleXmlParser.text(a), html(a), a));
    }
    return out;
  }

  private Question choice() {
    Info info = info();
    boolean single =
        !List.of("false", "0").contains(value(q, "single", "true").toLowerCase(Locale.ROOT));
    boolean shuffle =
        !List.of("false", "0").contains(value(q, "shuffleanswers", "1").toLowerCase(Locale.ROOT));
    List<Text> choices = new ArrayList<>();
    List<Double> credits = new ArrayList<>();
    Set<Integer> correct = new TreeSet<>();
    List<Answer> answers = answers();
    for (int i = 0; i < answers.size(); i++) {
      Answer a = answers.get(i);
      int number = i + 1;
      choices.add(
          a.text()
              .orElseThrow(() -> new IllegalArgumentException("option " + number + " is empty")));
      credits.add(a.fraction());
      if (single ? a.fraction() == 1 : a.fraction() > 0) {
        correct.add(i);
      }
    }
    distinct(choices, "options");
    if (choices.size() < 2 || choices.size() > MAX_CHOICES) {
      throw new IllegalArgumentException(
          "a choice question has 2 to 10 options, this one " + choices.size());
    }
    if (correct.isEmpty()) {
      throw new IllegalArgumentException(
          single ? "no option is worth 100%" : "no option is worth more than 0%");
    }
    if (single && correct.size() > 1) {
      throw new IllegalArgumentException(
          "several options are worth 100% in a one-answer question, which cannot be carried");
    }
    boolean weighted = !single || credits.stream().anyMatch(c -> c != 0 && c != 1);
    return new Question.Choice(info, choices, correct, shuffle, weighted ? credits : List.of());
  }

  private Question trueFalse() {
    Info info = info();
    for (Answer a : answers()) {
      if (a.fraction() == 1) {
        String word = a.plain().toLowerCase(Locale.ROOT);
        if (word.equals("true") || word.equals("false")) {
          return new Question.TrueFalse(info, word.equals("true"));
        }
      }
    }
    throw new IllegalArgumentException("neither \"true\" nor \"false\" is worth 100%");
  }

  private Question typed() {
    Info info = info();
    if (value(q, "usecase", "0").equals("1")) {
      warnings.add("Moodle compares its answers with case; here case is ignored");
    }
    Set<String> accept = new LinkedHashSet<>();
    Set<String> reject = new LinkedHashSet<>();
    List<Partial> partial = new ArrayList<>();
    for (Answer a : answers()) {
      String text = a.plain();
      if (text.isEmpty()) {
        continue;
      }
      if (text.equals("*")) {
        warnings.add("the catch-all answer '*' is dropped");
      } else if (a.fraction() == 1) {
        accept.add(text);
      } else if (a.fraction() > 0) {
        partial.add(new Partial(text, a.fraction()));
      } else {
        reject.add(text);
      }
    }
    if (accept.isEmpty()) {
      throw new IllegalArgumentException("no answer is worth 100%");
    }
    List<String> accepted = List.copyOf(accept);
    Optional<PartialDate> date = MoodleXml.date(accepted);
    if (date.isPresent() && partial.isEmpty() && reject.isEmpty()) {
      return new Question.Dated(info, date.get());
    }
    return new Question.Typed(info, accepted, List.copyOf(reject), true, partial);
  }

  private Question numeric() {
    Info info = info();
    BigDecimal answer = null;
    BigDecimal tolerance = BigDecimal.ZERO;
    List<PartialRange> partial = new ArrayList<>();
    for (Answer a : answers()) {
      String text = a.plain();
      if (text.equals("*")) {
        warnings.add("the catch-all answer '*' is dropped");
        continue;
      }
      BigDecimal value = number(text);
      BigDecimal tol = number(value(a.element(), "tolerance", "0")).abs();
      if (a.fraction() == 1 && answer == null) {
        answer = value;
        tolerance = tol;
      } else if (a.fraction() > 0 && a.fraction() < 1) {
        partial.add(new PartialRange(value.subtract(tol), value.add(tol), a.fraction()));
      } else {
        warnings.add(
            "the answer "
                + text
                + " worth "
                + EmbeddedAnswers.percent(a.fraction())
                + "% is dropped");
      }
    }
    if (answer == null) {
      throw new IllegalArgumentException("no answer is worth 100%");
    }
    return new Question.Numeric(
        info, answer, answer.subtract(tolerance), answer.add(tolerance), unit(), partial);
  }

  private static BigDecimal number(String text) {
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a number");
    }
  }

  /** The units of multiplier 1: one in Arabic script is the Persian unit, another the English. */
  private Optional<Text> unit() {
    Optional<String> fa = Optional.empty();
    Optional<String> en = Optional.empty();
    for (Element unit : children(child(q, "units"), "unit")) {
      String unitName = value(unit, "unit_name", "");
      BigDecimal multiplier = number(value(unit, "multiplier", "1"));
      boolean persian = Texts.languageOf(unitName) == Language.FA;
      if (unitName.isEmpty()) {
        continue;
      } else if (multiplier.compareTo(BigDecimal.ONE) != 0) {
        warnings.add("the unit \"" + unitName + "\" (×" + multiplier + ") is dropped");
      } else if (persian && fa.isEmpty()) {
        fa = Optional.of(unitName);
      } else if (!persian && en.isEmpty()) {
        en = Optional.of(unitName);
      } else {
        warnings.add("the unit \"" + unitName + "\" is dropped: one unit per language is kept");
      }
    }
    return fa.isEmpty() && en.isEmpty() ? Optional.empty() : Optional.of(new Text(fa, en));
  }

  private Question match() {
    Info info = info();
    List<Question.Pair> pairs = new ArrayList<>();
    for (Element sub : children(q, "subquestion")) {
      Optional<Text> left = Html.text(MoodleXmlParser.text(sub), html(sub));
      String rawRight = MoodleXmlParser.text(child(sub, "answer"));
      Optional<Text> right = Html.text(rawRight, false);
      if (right.isEmpty()) {
        continue;
      }
      if (left.isEmpty()) {
        warnings.add(
            "the extra answer \"" + rawRight.strip() + "\", which pairs with nothing, is dropped");
      } else {
        pairs.add(new Question.Pair(left.get(), right.get()));
      }
    }
    distinct(pairs.stream().map(Question.Pair::left).toList(), "left items");
    distinct(pairs.stream().map(Question.Pair::right).toList(), "right items");
    return new Question.Match(info, pairs);
  }

  private Question order() {
    Info info = info();
    List<Answer> answers = new ArrayList<>(answers());
    // qtype_ordering keeps each item's right position in its fraction.
    answers.sort(Comparator.comparingDouble(Answer::fraction));
    List<Text> items = new ArrayList<>();
    for (Answer a : answers) {
      a.text().ifPresent(items::add);
    }
    distinct(items, "items");
    return new Question.Order(info, items);
  }

  private Question cloze() {
    EmbeddedAnswers.Read read =
        EmbeddedAnswers.read(MoodleXmlParser.text(child(q, "questiontext")));
    warnings.addAll(read.warnings());
    return new Question.Cloze(info(read.prompt(), Math.max(1, read.weight())), read.text());
  }

  private static void distinct(List<Text> texts, String what) {
    Set<Text> seen = new HashSet<>();
    for (Text t : texts) {
      if (!seen.add(t)) {
        throw new IllegalArgumentException(
            "two " + what + " read the same: \"" + t.fa().or(t::en).orElseThrow() + "\"");
      }
    }
  }
}
