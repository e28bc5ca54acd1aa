package app.azmoon.script;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.answer.Display;
import app.azmoon.engine.Asked;
import app.azmoon.engine.DrillResult;
import app.azmoon.engine.Feedback;
import app.azmoon.i18n.Messages;
import app.azmoon.i18n.QuestionView;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The drill's printed forms, as logical lines in the interface language: the per-question report
 * and its summary, the question sheet, and the answer key.
 *
 * <p>A report line reads "3. kw-num-migs — ۳۰ — ✓ right".
 */
public final class DrillText {
  private final Messages messages;

  public DrillText(Messages messages) {
    this.messages = messages;
  }

  public List<String> report(DrillResult r) {
    List<String> out = new ArrayList<>();
    r.title().ifPresent(out::add);
    r.student().ifPresent(s -> out.add(messages.get("drill.student", s)));
    int n = 0;
    for (Feedback f : r.summary().firstTries()) {
      String number = digits(++n);
      String id = f.asked().question().id();
      out.add(
          f.answer().isBlank()
              ? messages.get("drill.line.blank", number, id, outcome(f))
              : messages.get("drill.line", number, id, f.answer(), outcome(f)));
      if (!f.verdict().correct()) {
        out.add(messages.get("drill.expected", f.verdict().expected()));
      }
    }
    out.add("");
    out.add(
        messages.get(
            "drill.summary",
            messages.number(r.summary().earned()),
            messages.number(r.summary().max()),
            messages.number(r.summary().percent()),
            messages.number(r.pass()),
            messages.get(r.passed() ? "drill.passed" : "drill.failed")));
    return out;
  }

  private String outcome(Feedback f) {
    String key = "outcome." + f.outcome().name().toLowerCase(Locale.ROOT);
    return messages.get(key, messages.number(100 * f.verdict().credit()));
  }

  /** The questions, numbered, with their options labelled as shown: for a projector or paper. */
  public List<String> sheet(String title, List<Asked> plan) {
    QuestionView view = new QuestionView(messages);
    List<String> out = new ArrayList<>(List.of(title, messages.get("sheet.name"), ""));
    int n = 0;
    for (Asked asked : plan) {
      out.add(digits(++n) + ". " + view.prompt(asked));
      view.options(asked, Set.of()).forEach(line -> out.add("    " + line));
      out.add("    " + view.instruction(asked.question()));
      out.add("");
    }
    return out;
  }

  /** The right answer to each question of the sheet, written as the sheet shows the options. */
  public List<String> key(String title, List<Asked> plan) {
    List<String> out = new ArrayList<>(List.of(title + " — " + messages.get("key.title"), ""));
    int n = 0;
    for (Asked asked : plan) {
      String expected =
          AnswerChecker.check(asked.question(), "", messages.language(), asked.shown()).expected();
      out.add(messages.get("key.line", digits(++n), expected));
    }
    return out;
  }

  private String digits(long n) {
    return Display.digits(n, messages.language());
  }
}
