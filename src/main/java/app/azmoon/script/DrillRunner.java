package app.azmoon.script;

import app.azmoon.domain.question.Language;
import app.azmoon.engine.Asked;
import app.azmoon.engine.Judge;
import app.azmoon.engine.Rules;
import app.azmoon.engine.Session;
import app.azmoon.engine.Summary;
import java.time.InstantSource;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Runs a planned drill on a sheet of answers, with no terminal: answer {@code i} goes to question
 * {@code i}; a blank answer is a skipped question. Where the sheet ends, the drill ends, and the
 * session counts the questions not reached as 0 — the same rule as a drill played on a terminal and
 * ended early.
 *
 * <p>Answers from a file carry no timing, so a time limit, speed bonus or retry does not apply;
 * scoring is otherwise the session's, exactly as in play.
 */
public final class DrillRunner {
  private DrillRunner() {}

  public static Summary run(
      List<Asked> plan,
      List<String> answers,
      Language language,
      InstantSource clock,
      RandomGenerator random) {
    return run(plan, answers, language, clock, random, Judge.DIRECT);
  }

  /** As above, the answers judged by {@code judge} (one shared by a whole class). */
  public static Summary run(
      List<Asked> plan,
      List<String> answers,
      Language language,
      InstantSource clock,
      RandomGenerator random,
      Judge judge) {
    Session session = new Session(plan, Rules.DRILL, language, clock, random, judge);
    for (String answer : answers) {
      if (session.over()) {
        break; // lines past the last question: the caller warns about them
      }
      if (answer.isBlank()) {
        session.skip();
      } else {
        session.answer(answer);
      }
    }
    session.end();
    return session.summary();
  }
}
