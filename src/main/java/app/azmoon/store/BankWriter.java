package app.azmoon.store;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.formats.Clozes;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes questions back in bank format v1, so that what {@link BankReader} reads, this writes, and
 * the two round-trip. Used by {@code list --json}, {@code import} and {@code export --to json}.
 */
public final class BankWriter {

  private BankWriter() {}

  /**
   * The whole bank as an {@code azmoon/bank@1} document, ending in a newline: what {@link
   * BankReader} reads back as the same bank (its source named by path, not copied).
   */
  public static String bank(Bank bank) {
    JsonObject o = new JsonObject();
    o.addProperty("format", BankReader.FORMAT);
    o.addProperty("id", bank.id());
    o.add("title", text(bank.title()));
    o.addProperty("language", bank.language().code());
    bank.source()
        .ifPresent(
            source -> {
              JsonObject s = new JsonObject();
              s.addProperty("path", source.path());
              if (!source.attribution().isBlank()) {
                s.addProperty("attribution", source.attribution());
              }
              o.add("source", s);
            });
    JsonArray questions = new JsonArray();
    bank.questions().forEach(q -> questions.add(question(q)));
    o.add("questions", questions);
    return JsonOut.pretty(o) + "\n";
  }

  /** The questions as a JSON array of bank-format question objects. */
  public static String questions(List<Question> questions) {
    JsonArray array = new JsonArray();
    questions.forEach(q -> array.add(question(q)));
    return JsonOut.pretty(array);
  }

  static JsonObject question(Question question) {
    Info info = question.info();
    JsonObject o = new JsonObject();
    o.addProperty("id", info.id());
    o.addProperty("type", question.kind().code());
    if (!info.tags().isEmpty()) {
      o.add("tags", strings(info.tags()));
    }
    if (info.points() != 1.0) {
      o.add("points", new JsonPrimitive(BigDecimal.valueOf(info.points()).stripTrailingZeros()));
    }
    o.add("prompt", text(info.prompt()));
    if (question instanceof Question.Choice c) {
      JsonArray options = new JsonArray();
      for (int i = 0; i < c.choices().size(); i++) {
        JsonObject option = (JsonObject) text(c.choices().get(i));
        if (!c.alsoFor(i).isEmpty()) {
          option.add("also", strings(c.alsoFor(i)));
        }
        options.add(option);
      }
      o.add("choices", options);
      JsonArray correct = new JsonArray();
      c.correct().forEach(correct::add);
      o.add("correct", correct);
      if (!c.shuffle()) {
        o.addProperty("shuffle", false);
      }
      if (!c.credits().isEmpty()) {
        JsonArray credits = new JsonArray();
        c.credits().forEach(w -> credits.add(decimal(w)));
        o.add("credits", credits);
      }
    } else if (question instanceof Question.TrueFalse t) {
      o.addProperty("answer", t.answer());
    } else if (question instanceof Question.Typed t) {
      o.add("accept", strings(t.accept()));
      if (!t.reject().isEmpty()) {
        o.add("reject", strings(t.reject()));
      }
      if (!t.fuzzy()) {
        o.addProperty("fuzzy", false);
      }
      if (!t.partial().isEmpty()) {
        o.add("partial", partials(t.partial()));
      }
    } else if (question instanceof Question.Numeric n) {
      o.add("answer", new JsonPrimitive(n.answer()));
      if (n.min().compareTo(n.answer()) != 0 || n.max().compareTo(n.answer()) != 0) {
        o.add("min", new JsonPrimitive(n.min()));
        o.add("max", new JsonPrimitive(n.max()));
      }
      n.unit().ifPresent(u -> o.add("unit", text(u)));
      if (!n.partial().isEmpty()) {
        JsonArray ranges = new JsonArray();
        for (PartialRange r : n.partial()) {
          JsonObject range = new JsonObject();
          range.add("min", new JsonPrimitive(r.min()));
          range.add("max", new JsonPrimitive(r.max()));
          range.add("credit", decimal(r.credit()));
          ranges.add(range);
        }
        o.add("partial", ranges);
      }
    } else if (question instanceof Question.Dated d) {
      o.addProperty("answer", d.answer().toString());
    } else if (question instanceof Question.Order ord) {
      o.add("items", texts(ord.items()));
    } else if (question instanceof Question.Match m) {
      JsonArray pairs = new JsonArray();
      for (Question.Pair p : m.pairs()) {
        JsonArray pair = new JsonArray();
        pair.add(text(p.left()));
        pair.add(text(p.right()));
        pairs.add(pair);
      }
      o.add("pairs", pairs);
    } else if (question instanceof Question.Cloze c) {
      if (c.en().isPresent()) {
        JsonObject text = new JsonObject();
        text.addProperty("fa", Clozes.text(c.text()));
        text.addProperty("en", Clozes.text(c.en().get()));
        o.add("text", text);
      } else {
        o.addProperty("text", Clozes.text(c.text()));
      }
      List<ClozeText.Gap> gaps = c.text().gaps();
      if (gaps.stream().anyMatch(g -> !g.options().isEmpty() || !g.partial().isEmpty())) {
        JsonArray details = new JsonArray();
        for (ClozeText.Gap g : gaps) {
          JsonObject gap = new JsonObject();
          if (!g.options().isEmpty()) {
            gap.add("options", strings(g.options()));
          }
          if (!g.partial().isEmpty()) {
            gap.add("partial", partials(g.partial()));
          }
          if (g.selectAll()) {
            gap.addProperty("selectAll", true);
          }
          details.add(gap);
        }
        o.add("gaps", details);
      }
    }
    info.explanation().ifPresent(e -> o.add("explanation", text(e)));
    info.quote().ifPresent(q -> o.addProperty("quote", q));
    return o;
  }

  private static JsonArray partials(List<Partial> partial) {
    JsonArray array = new JsonArray();
    for (Partial p : partial) {
      JsonObject o = new JsonObject();
      o.addProperty("answer", p.answer());
      o.add("credit", decimal(p.credit()));
      array.add(o);
    }
    return array;
  }

  /** A weight or credit as written by hand: 0.5, not 0.5000000001 nor 5E-1. */
  private static JsonPrimitive decimal(double value) {
    return new JsonPrimitive(JsonOut.decimal(value, 6));
  }

  private static JsonElement text(Text text) {
    JsonObject o = new JsonObject();
    text.fa().ifPresent(fa -> o.addProperty("fa", fa));
    text.en().ifPresent(en -> o.addProperty("en", en));
    return o;
  }

  private static JsonArray texts(List<Text> texts) {
    JsonArray array = new JsonArray();
    texts.forEach(t -> array.add(text(t)));
    return array;
  }

  private static JsonArray strings(List<String> strings) {
    JsonArray array = new JsonArray();
    strings.forEach(array::add);
    return array;
  }
}
