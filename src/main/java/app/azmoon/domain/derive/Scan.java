package app.azmoon.domain.derive;

import app.azmoon.domain.answer.NumberReader;
import app.azmoon.domain.derive.Span.Reading;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One sentence being read: its tokens, which of them a span has already taken, and the spans found
 * so far. Dates are looked for first, then names, then numbers, each pass leaving alone what an
 * earlier one took, so a number inside a date or a name is never asked for again.
 */
final class Scan {
  private final String sentence;
  private final List<Token> tokens;
  private final Reading[] taken;
  private final boolean[] numeric;
  private final List<Span> spans = new ArrayList<>();

  Scan(String sentence) {
    this.sentence = sentence;
    this.tokens = Token.of(sentence);
    this.taken = new Reading[tokens.size()];
    this.numeric = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      numeric[i] =
          t.isNumeral()
              ? t.value().isPresent()
              : t.isWord() && !t.key().equals("و") && NumberReader.read(t.text()).isPresent();
    }
  }

  /** The spans of {@code sentence}, in the order they come. */
  static List<Span> spans(String sentence) {
    Scan scan = new Scan(sentence);
    DateSpans.find(scan);
    NumberSpans.find(scan);
    return scan.spans.stream().sorted(Comparator.comparingInt(Span::start)).toList();
  }

  String sentence() {
    return sentence;
  }

  int size() {
    return tokens.size();
  }

  /** The token at {@code i}, or null before the first and after the last. */
  Token at(int i) {
    return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
  }

  /** The key of the token at {@code i}; empty outside the sentence. */
  String key(int i) {
    Token t = at(i);
    return t == null ? "" : t.key();
  }

  boolean free(int i) {
    return at(i) != null && taken[i] == null;
  }

  /** Whether tokens {@code from} to {@code to} exist and none is taken. */
  boolean free(int from, int to) {
    for (int i = from; i <= to; i++) {
      if (!free(i)) {
        return false;
      }
    }
    return true;
  }

  /** A free numeral or number word at {@code i}. */
  boolean number(int i) {
    return free(i) && numeric[i];
  }

  /** What the span holding token {@code i} was read as. */
  Optional<Reading> reading(int i) {
    return at(i) == null ? Optional.empty() : Optional.ofNullable(taken[i]);
  }

  /** The sentence's text from the start of token {@code from} to the end of token {@code to}. */
  String text(int from, int to) {
    return sentence.substring(tokens.get(from).start(), tokens.get(to).end());
  }

  /** Tokens {@code from} to {@code to} (inclusive) make one span. */
  void claim(int from, int to, Reading reading) {
    for (int i = from; i <= to; i++) {
      taken[i] = reading;
    }
    spans.add(new Span(tokens.get(from).start(), tokens.get(to).end(), reading));
  }

  /** Characters {@code start} to {@code end} make one span; the tokens in it are taken. */
  void claimChars(int start, int end, Reading reading) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).start() < end && tokens.get(i).end() > start) {
        taken[i] = reading;
      }
    }
    spans.add(new Span(start, end, reading));
  }
}
