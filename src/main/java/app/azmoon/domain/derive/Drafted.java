package app.azmoon.domain.derive;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.derive.Span.Dated;
import app.azmoon.domain.derive.Span.Literal;
import app.azmoon.domain.derive.Span.Quantity;
import app.azmoon.domain.derive.Span.Reading;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import java.util.List;
import java.util.Optional;

/**
 * The question asking for one span of a sentence: a numeric question for a {@link Quantity}, a date
 * question for a {@link Dated}, a cloze question for a {@link Literal}. The prompt is an
 * instruction and the sentence with the span blanked; the quote is the sentence as the text has it.
 *
 * <p>For ۶۳۵٬۰۰۰ in "نیروی هوایی ۶۳۵٬۰۰۰ تن بمب ریخت." the prompt is «در جای خالی چه عددی آمده است؟
 * «نیروی هوایی …… تن بمب ریخت.»», the answer 635000 and the unit تن.
 */
final class Drafted {
  static final String BLANK = "……";

  private Drafted() {}

  /** The kind of question a reading becomes. */
  static Kind kind(Reading reading) {
    return reading instanceof Quantity
        ? Kind.NUMERIC
        : reading instanceof Dated ? Kind.DATE : Kind.CLOZE;
  }

  /**
   * The question {@code id} on {@code span} of {@code sentence}, read as {@code reading}; {@code
   * thisYear} says the date's year came from earlier in the text ("سپتامبر این سال").
   */
  static Question question(
      String id, String sentence, Span span, Reading reading, boolean thisYear) {
    String before = sentence.substring(0, span.start());
    String after = sentence.substring(span.end());
    String gapped = oneLine(before + BLANK + after);
    if (reading instanceof Quantity q) {
      List<String> tags = q.percent() ? List.of("numbers", "percentages") : List.of("numbers");
      Info info = info(id, "در جای خالی چه عددی آمده است؟ «" + gapped + "»", sentence, tags);
      return new Question.Numeric(
          info, q.value(), q.value(), q.value(), q.unit().map(u -> Text.of(Language.FA, u)));
    }
    if (reading instanceof Dated d) {
      PartialDate date = d.date();
      String asks =
          date.month() == 0 ? "سالی" : date.day() == 0 ? "ماه و سالی" : "روز و ماه و سالی";
      Info info =
          info(
              id,
              "در جای خالی چه " + asks + " آمده است؟ «" + gapped + "»",
              sentence,
              List.of("dates"));
      if (thisYear) {
        String written = oneLine(sentence.substring(span.start(), span.end()));
        String year = Display.digits(date.year(), Language.FA);
        info =
            new Info(
                info.id(),
                info.prompt(),
                Optional.of(
                    Text.of(
                        Language.FA,
                        "«"
                            + written
                            + "»: سالِ آن همان "
                            + year
                            + " است که متن پیش‌تر گفته است.")),
                info.quote(),
                info.tags(),
                info.points());
      }
      return new Question.Dated(info, date);
    }
    Literal literal = (Literal) reading;
    boolean ordinal = literal.sort() == Literal.Sort.ORDINAL;
    Info info =
        info(
            id,
            ordinal
                ? "عدد ترتیبی جای خالی را بنویسید."
                : "تاریخ جای خالی را همان‌گونه که در متن آمده بنویسید.",
            sentence,
            List.of(ordinal ? "ordinals" : "dates"));
    List<String> answers = literal.answers().stream().map(Drafted::oneLine).toList();
    return new Question.Cloze(
        info, ClozeText.parse(oneLine(before + "{{" + String.join("|", answers) + "}}" + after)));
  }

  private static Info info(String id, String prompt, String sentence, List<String> tags) {
    return new Info(
        id, Text.of(Language.FA, prompt), Optional.empty(), Optional.of(sentence), tags, 1.0);
  }

  /** Runs of spaces and tabs as one space: a prompt reads as one line. */
  static String oneLine(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
