package app.azmoon.domain.derive;

import app.azmoon.domain.derive.Derivation.Asked;
import app.azmoon.domain.derive.Derivation.Finding;
import app.azmoon.domain.derive.Derivation.Skipped;
import app.azmoon.domain.derive.Sentences.Sentence;
import app.azmoon.domain.derive.Span.Dated;
import app.azmoon.domain.derive.Span.Literal;
import app.azmoon.domain.derive.Span.Reading;
import app.azmoon.domain.derive.Span.Skip;
import app.azmoon.domain.derive.Span.ThisYear;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.Question;
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
  /**
   * Longer "sentences" are a text without punctuation: no prompt to read, and a copy of it in every
   * question of it. The Korean War passage's longest sentence has 783 characters.
   */
  static final int MAX_SENTENCE = 2000;

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
      Optional<Reason> skip = skipped(sentence, reading);
      if (skip.isPresent()) {
        findings.add(new Skipped(line, written, skip.get()));
        continue;
      }
      String id = ids.next(sentence, written, occurrence, Drafted.kind(reading).code());
      Question q =
          Drafted.question(id, sentence, span, reading, span.reading() instanceof ThisYear);
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

  /** Why a span is not asked for, if it is not: it is no number, or its sentence cannot be. */
  private static Optional<Reason> skipped(String sentence, Reading reading) {
    if (reading instanceof Skip s) {
      return Optional.of(s.reason());
    }
    if (sentence.length() > MAX_SENTENCE) {
      return Optional.of(Reason.LONG_SENTENCE);
    }
    if (hasControlCharacters(sentence)) {
      return Optional.of(Reason.CONTROL_CHARACTERS);
    }
    boolean braces = sentence.contains("{") || sentence.contains("}");
    return reading instanceof Literal && braces ? Optional.of(Reason.BRACES) : Optional.empty();
  }

  /** What a bank's text may not hold: control characters other than tab and line break. */
  private static boolean hasControlCharacters(String s) {
    return s.chars()
        .anyMatch(c -> (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F));
  }
}
