package app.azmoon.tui;

import app.azmoon.domain.answer.Display;
import app.azmoon.domain.answer.ShownOrder;
import app.azmoon.domain.answer.Verdict;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.engine.Asked;
import app.azmoon.engine.Feedback;
import app.azmoon.engine.Hint;
import app.azmoon.engine.Outcome;
import app.azmoon.engine.Session;
import app.azmoon.engine.Summary;
import app.azmoon.i18n.Messages;
import app.azmoon.i18n.QuestionView;
import app.azmoon.text.Layout;
import app.azmoon.text.RtlMode;
import app.azmoon.text.Style;
import app.azmoon.text.TerminalText;
import app.azmoon.text.VisualOrder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the engine's turns, feedback and summaries into the lines a learner reads, in the UI
 * language, laid out for the terminal's width and right-to-left mode. Every bank string goes
 * through {@link Layout}, which neutralizes control characters.
 */
public final class Screen {
  private final Messages messages;
  private final QuestionView view;
  private final Style style;
  private final RtlMode rtl;
  private final int width;

  public Screen(Messages messages, Style style, RtlMode rtl, int width) {
    this.messages = messages;
    this.view = new QuestionView(messages);
    this.style = style;
    this.rtl = rtl;
    this.width = Math.max(20, width);
  }

  public Messages messages() {
    return messages;
  }

  private Language lang() {
    return messages.language();
  }

  /**
   * Lines of {@code text}, wrapped and laid out, each painted by {@code paint}. A line without
   * letters, such as a match item "۱. ۶۳۵٬۰۰۰", takes the interface's direction, so that it lines
   * up with the Persian lines around it.
   */
  List<String> text(String text, java.util.function.UnaryOperator<String> paint) {
    return text(text).stream().map(paint).toList();
  }

  List<String> text(String text) {
    return Layout.lines(text, width, rtl, lang() == Language.FA);
  }

  /**
   * The question's header (progress, score, streak, time limit), prompt, options and how to answer.
   */
  public List<String> turn(
      Session.Turn turn,
      double score,
      int streak,
      Set<Integer> removed,
      Optional<Duration> timeLimit) {
    List<String> out = new ArrayList<>();
    out.add("");
    String header =
        messages.get(
                turn.retry() ? "header.retry" : "header",
                digits(turn.number()),
                digits(turn.total()),
                messages.number(score),
                digits(streak))
            + timeLimit.map(l -> messages.get("header.limit", digits(l.toSeconds()))).orElse("");
    out.addAll(text(header, style::dim));
    Asked asked = turn.asked();
    Question q = asked.question();
    out.addAll(text(view.prompt(asked), style::strong));
    view.options(asked, removed).forEach(line -> out.addAll(text(line)));
    out.addAll(text(view.instruction(q), style::dim));
    return out;
  }

  /** Labels to offer to Tab completion: option numbers and commands. */
  public List<String> completions(Asked asked) {
    List<String> out = new ArrayList<>(PlayLoop.COMMANDS);
    for (int i = 1; i <= QuestionView.numbered(asked.question()); i++) {
      out.add(digits(i));
    }
    return out;
  }

  public List<String> feedback(Feedback f) {
    List<String> out = new ArrayList<>();
    String verdict =
        switch (f.outcome()) {
          case RIGHT -> messages.get("verdict.right");
          case TYPO -> messages.get("verdict.typo", f.verdict().expected());
          case PARTIAL ->
              messages.get("verdict.partial", messages.number(100 * f.verdict().credit()));
          case WRONG -> messages.get("verdict.wrong");
          case SKIPPED, NOT_REACHED -> messages.get("verdict.skipped");
          case TIME_UP -> messages.get("verdict.time_up");
        };
    boolean good = f.outcome() == Outcome.RIGHT || f.outcome() == Outcome.TYPO;
    String points =
        f.firstTry() && f.earned() > 0
            ? "  "
                + messages.get(
                    f.earned() == 1 ? "earned.one" : "earned", messages.number(f.earned()))
            : "";
    String bonus = f.bonus() > 0 ? "  " + messages.get("bonus", messages.number(f.bonus())) : "";
    out.addAll(
        text(
            verdict + points + bonus,
            good ? style::good : f.outcome() == Outcome.PARTIAL ? style::warn : style::bad));
    if (!f.verdict().correct()) {
      out.addAll(text(messages.get("expected", f.verdict().expected()), style::strong));
    }
    f.asked().question().info().explanation().ifPresent(e -> out.addAll(text(e.in(lang()))));
    f.asked().question().info().quote().ifPresent(q -> out.addAll(text("«" + q + "»", style::dim)));
    return out;
  }

  /** A card turned over: how a typed answer was judged, the answer, the explanation, the quote. */
  public List<String> reveal(
      app.azmoon.domain.question.Question q, Optional<Verdict> verdict, String expected) {
    List<String> out = new ArrayList<>();
    verdict.ifPresent(
        v ->
            out.addAll(
                v.correct()
                    ? text(
                        messages.get(v.typo() ? "verdict.typo" : "verdict.right", v.expected()),
                        style::good)
                    : text(messages.get("verdict.wrong"), style::bad)));
    if (verdict.map(v -> !v.correct()).orElse(true)) {
      out.addAll(text(messages.get("expected", expected), style::strong));
    }
    q.info().explanation().ifPresent(e -> out.addAll(text(e.in(lang()))));
    q.info().quote().ifPresent(quote -> out.addAll(text("«" + quote + "»", style::dim)));
    return out;
  }

  /** A line of the interface, laid out. */
  public List<String> line(String text) {
    return text(text);
  }

  public List<String> hint(Asked asked, java.util.Optional<Hint> hint) {
    if (hint.isEmpty()) {
      return text(messages.get("hint.none"), style::dim);
    }
    Hint h = hint.get();
    if (!h.starts().isEmpty()) {
      String starts =
          String.join(
              " | ", h.starts().stream().map(s -> Display.digits(s, lang()) + "…").toList());
      return text(
          h.digits() > 0
              ? messages.get("hint.number", starts, digits(h.digits()))
              : messages.get("hint.reveal", starts),
          style::warn);
    }
    List<Integer> shown =
        ShownOrder.resolve(
            asked.shown().items(), ((Question.Choice) asked.question()).choices().size());
    List<String> labels = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      if (hint.get().removed().contains(shown.get(i))) {
        labels.add(digits(i + 1));
      }
    }
    return text(
        messages.get("hint.removed", String.join(lang() == Language.FA ? "، " : ", ", labels)),
        style::warn);
  }

  public List<String> summary(Summary s) {
    List<String> out = new ArrayList<>();
    out.add("");
    out.addAll(text("── " + messages.get("summary.title") + " ──", style::strong));
    String score = messages.number(s.earned());
    String max = messages.number(s.max());
    String percent = messages.number(s.percent());
    out.addAll(
        text(
            s.bonus() > 0
                ? messages.get(
                    "summary.score.bonus", score, max, percent, messages.number(s.bonus()))
                : messages.get("summary.score", score, max, percent),
            style::strong));
    out.addAll(
        text(
            messages.get(
                s.skipped() > 0 ? "summary.answered.skipped" : "summary.answered",
                digits(s.answered() - s.skipped()),
                digits(s.planned()),
                digits(s.right()),
                duration(s.time()),
                digits(s.skipped()))));
    out.addAll(text(messages.get("summary.streak", digits(s.bestStreak()))));
    if (!s.tags().isEmpty()) {
      out.addAll(text(messages.get("summary.tags")));
      s.tags().entrySet().stream()
          .sorted(java.util.Map.Entry.comparingByKey())
          .forEach(
              e ->
                  out.addAll(
                      text(
                          "  "
                              + messages.get(
                                  "summary.tag",
                                  e.getKey(),
                                  messages.number(e.getValue().percent())))));
    }
    List<Feedback> missed = s.missed();
    if (!missed.isEmpty()) {
      out.add("");
      out.addAll(text(messages.get("summary.missed"), style::strong));
      int i = 0;
      for (Feedback f : missed) {
        out.addAll(
            text(
                messages.get(
                    "summary.missed.item",
                    digits(++i),
                    f.asked().question().info().prompt().in(lang()))));
        out.addAll(
            text(
                "   "
                    + messages.get(
                        "summary.your",
                        f.answer().isBlank() ? messages.get("summary.none") : f.answer()),
                style::bad));
        out.addAll(
            text("   " + messages.get("summary.right", f.verdict().expected()), style::good));
        f.asked()
            .question()
            .info()
            .quote()
            .ifPresent(q -> out.addAll(text("   " + messages.get("summary.quote", q), style::dim)));
      }
    }
    return out;
  }

  public List<String> plain(String key, Object... args) {
    return text(messages.get(key, args));
  }

  /** A file path, on a line of its own so that right-to-left text around it cannot reorder it. */
  public List<String> path(String path) {
    return List.of(style.dim(TerminalText.line(path))); // never wrapped: it must stay copyable
  }

  /**
   * The answer prompt, "پاسخ> ". The line editor runs left to right whatever the mode, so in visual
   * mode the prompt is laid out as the start of a left-to-right line: the word shaped and in visual
   * order, then "> " pointing at the answer typed to its right.
   */
  public String prompt() {
    String prompt = messages.get("prompt");
    return rtl == RtlMode.VISUAL ? VisualOrder.line(TerminalText.line(prompt), false) : prompt;
  }

  /**
   * The line to show in place of the line editor's echo once {@code typed} is entered: in visual
   * mode the prompt and the answer as one line, reordered and joined as they are read, since the
   * editor showed the letters unjoined and in stored order; in terminal mode nothing, as the
   * terminal already shows the editor's line right.
   */
  public boolean echoesAnswers() {
    return rtl == RtlMode.VISUAL;
  }

  public List<String> echo(String typed) {
    return rtl == RtlMode.VISUAL ? text(messages.get("prompt") + typed) : List.of();
  }

  public List<String> source(String paragraph) {
    return text(paragraph, style::dim);
  }

  private String digits(long n) {
    return Display.digits(n, lang());
  }

  private String duration(Duration d) {
    long s = d.toSeconds();
    return s >= 60
        ? messages.get(
            "duration.minutes",
            digits(s / 60),
            Display.digits((s % 60 < 10 ? "0" : "") + s % 60, lang()))
        : messages.get("duration.seconds", digits(s));
  }
}
