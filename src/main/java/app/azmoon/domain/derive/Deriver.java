package app.azmoon.domain.derive;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.derive.Derivation.Asked;
import app.azmoon.domain.derive.Derivation.Finding;
import app.azmoon.domain.derive.Derivation.Skipped;
import app.azmoon.domain.derive.Sentences.Sentence;
import app.azmoon.domain.derive.Span.Dated;
import app.azmoon.domain.derive.Span.Literal;
import app.azmoon.domain.derive.Span.Quantity;
import app.azmoon.domain.derive.Span.Reading;
import app.azmoon.domain.derive.Span.Skip;
import app.azmoon.domain.derive.Span.ThisYear;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Drafts questions from a Persian text: one for every quantity and date in it, each asking for that
 * quantity or date in its sentence, the sentence quoted as it stands in the text.
 *
 * <p>From "در جریان جنگ کره، نیروی هوایی ایالات متحده آمریکا ۶۳۵٬۰۰۰ تن بمب بر روی کره شمالی ریخت."
 * it makes a numeric question with answer 635000 and unit تن, whose prompt is the sentence with
 * ۶۳۵٬۰۰۰ replaced by a blank; "میگ ۱۵" is a name and is skipped; "ژوئن ۱۹۵۰" is a date question
 * with answer 1950-06, and "سپتامبر این سال" one with the year the text gave last.
 */
public final class Deriver {
  static final String BLANK = "……";

  private final DerivedIds ids;
  private final List<Question> questions = new ArrayList<>();
  private final List<Finding> findings = new ArrayList<>();
  private OptionalInt lastYear = OptionalInt.empty();

  private Deriver(String bankId) {
    this.ids = new DerivedIds(bankId);
  }

  /** The draft of {@code text}; question ids start with {@code bankId}, a valid bank id. */
  public static Derivation derive(String text, String bankId) {
    if (!Ids.isValid(bankId)) {
      throw new IllegalArgumentException("not a bank id: " + bankId);
    }
    Deriver deriver = new Deriver(bankId);
    int line = 1;
    int counted = 0;
    for (Sentence sentence : Sentences.split(text)) {
      for (; counted < sentence.start(); counted++) {
        line += text.charAt(counted) == '\n' ? 1 : 0;
      }
      deriver.sentence(sentence.text(), line);
    }
    return new Derivation(deriver.questions, deriver.findings);
  }

  private void sentence(String sentence, int line) {
    Map<String, Integer> seen = new HashMap<>();
    for (Span span : Scan.spans(sentence)) {
      String written = sentence.substring(span.start(), span.end());
      int occurrence = seen.merge(written, 1, Integer::sum);
      Reading reading = resolved(span.reading());
      if (reading instanceof Dated d) {
        lastYear = OptionalInt.of(d.date().year());
      }
      Optional<Reason> skip =
          reading instanceof Skip s
              ? Optional.of(s.reason())
              : hasControlCharacters(sentence)
                  ? Optional.of(Reason.CONTROL_CHARACTERS)
                  : reading instanceof Literal && (sentence.contains("{") || sentence.contains("}"))
                      ? Optional.of(Reason.BRACES)
                      : Optional.empty();
      if (skip.isPresent()) {
        findings.add(new Skipped(line, written, skip.get()));
        continue;
      }
      Question q =
          question(sentence, span, reading, ids.next(sentence, written, occurrence, kind(reading)));
      questions.add(q);
      findings.add(new Asked(line, written, q));
    }
  }

  /** "This year" read as the last year the text gave, if it gave one. */
  private Reading resolved(Reading reading) {
    if (!(reading instanceof ThisYear t)) {
      return reading;
    }
    if (lastYear.isEmpty()) {
      return new Skip(Reason.NO_EARLIER_YEAR);
    }
    try {
      return new Dated(new PartialDate(lastYear.getAsInt(), t.month(), t.day()));
    } catch (IllegalArgumentException e) {
      return new Skip(Reason.NOT_A_DATE);
    }
  }

  private static String kind(Reading reading) {
    return reading instanceof Quantity ? "numeric" : reading instanceof Dated ? "date" : "cloze";
  }

  private Question question(String sentence, Span span, Reading reading, String id) {
    String before = sentence.substring(0, span.start());
    String after = sentence.substring(span.end());
    String gapped = oneLine(before + BLANK + after);
    if (reading instanceof Quantity q) {
      Info info =
          info(
              id,
              "در جای خالی چه عددی آمده است؟",
              gapped,
              sentence,
              q.percent() ? List.of("numbers", "percentages") : List.of("numbers"),
              Optional.empty());
      return new Question.Numeric(
          info, q.value(), q.value(), q.value(), q.unit().map(u -> Text.of(Language.FA, u)));
    }
    if (reading instanceof Dated d) {
      PartialDate date = d.date();
      String asks =
          date.month() == 0
              ? "در جای خالی چه سالی آمده است؟"
              : date.day() == 0
                  ? "در جای خالی چه ماه و سالی آمده است؟"
                  : "در جای خالی چه روز و ماه و سالی آمده است؟";
      Optional<String> explanation =
          span.reading() instanceof ThisYear
              ? Optional.of(
                  "«"
                      + oneLine(sentence.substring(span.start(), span.end()))
                      + "»: سالِ آن همان "
                      + Display.digits(date.year(), Language.FA)
                      + " است که متن پیش‌تر گفته است.")
              : Optional.empty();
      return new Question.Dated(
          info(id, asks, gapped, sentence, List.of("dates"), explanation), date);
    }
    Literal literal = (Literal) reading;
    boolean ordinal = literal.sort() == Literal.Sort.ORDINAL;
    Info info =
        new Info(
            id,
            Text.of(
                Language.FA,
                ordinal
                    ? "عدد ترتیبی جای خالی را بنویسید."
                    : "تاریخ جای خالی را همان‌گونه که در متن آمده بنویسید."),
            Optional.empty(),
            Optional.of(sentence),
            List.of(ordinal ? "ordinals" : "dates"),
            1.0);
    List<String> answers = literal.answers().stream().map(Deriver::oneLine).toList();
    return new Question.Cloze(
        info, ClozeText.parse(oneLine(before + "{{" + String.join("|", answers) + "}}" + after)));
  }

  private static Info info(
      String id,
      String asks,
      String gapped,
      String sentence,
      List<String> tags,
      Optional<String> explanation) {
    return new Info(
        id,
        Text.of(Language.FA, asks + " «" + gapped + "»"),
        explanation.map(e -> Text.of(Language.FA, e)),
        Optional.of(sentence),
        tags,
        1.0);
  }

  private static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }

  /** What a bank's text may not hold: control characters other than tab and line break. */
  private static boolean hasControlCharacters(String s) {
    return s.chars()
        .anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F));
  }
}
