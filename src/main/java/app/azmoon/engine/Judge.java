package app.azmoon.engine;

import app.azmoon.domain.answer.AnswerChecker;
import app.azmoon.domain.answer.Verdict;
import app.azmoon.domain.question.Language;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How a session judges an answer to a question as it was shown: {@link AnswerChecker}'s verdict.
 *
 * <p>A whole class graded against one plan judges the same questions again and again, mostly with
 * the same answers ("2", the right spelling, a common mistake): {@link #remembering} judges each
 * answer to each question once and gives the same verdict to every student who wrote it, so the
 * accepted answers of a question are read once for all of them, not once per student. A verdict
 * depends on nothing else, so remembering it changes no grade.
 */
@FunctionalInterface
public interface Judge {
  Verdict judge(Asked asked, String answer, Language language);

  /** Every answer judged afresh. */
  Judge DIRECT =
      (asked, answer, language) ->
          AnswerChecker.check(asked.question(), answer, language, asked.shown());

  /**
   * Judges answers to the questions of {@code plan} in {@code language} once each, for every
   * session of that plan; safe to share between threads. Another question or language is judged
   * afresh.
   */
  static Judge remembering(List<Asked> plan, Language language) {
    // By identity: every session of the plan shows the same Asked objects, and an Asked's own
    // equality would compare its whole bank.
    Map<Asked, Map<String, Verdict>> verdicts = new IdentityHashMap<>();
    plan.forEach(asked -> verdicts.put(asked, new ConcurrentHashMap<>()));
    return (asked, answer, lang) -> {
      Map<String, Verdict> known = lang == language ? verdicts.get(asked) : null;
      return known == null
          ? DIRECT.judge(asked, answer, lang)
          : known.computeIfAbsent(answer, a -> DIRECT.judge(asked, a, lang));
    };
  }
}
