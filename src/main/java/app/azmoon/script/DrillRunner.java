package app.azmoon.script;

import app.azmoon.domain.question.Language;
import app.azmoon.engine.Asked;
import app.azmoon.engine.Rules;
import app.azmoon.engine.Session;
import app.azmoon.engine.Summary;
import java.time.InstantSource;
import java.util.List;
import java.util.function.IntFunction;
import java.util.random.RandomGenerator;

/**
 * Runs a planned drill on a sheet of answers, with no terminal: answer {@code i} goes to question
 * {@code i}; a blank or missing answer is a skipped question.
 *
 * <p>Answers from a file carry no timing, so a time limit, speed bonus or retry does not apply;
 * scoring is otherwise the session's, exactly as in play.
 */
public final class DrillRunner {
  private DrillRunner() {}

  public static Summary run(
      List<Asked> plan,
      IntFunction<String> answers,
      Language language,
      InstantSource clock,
      RandomGenerator random) {
    Session session = new Session(plan, Rules.DEFAULT, language, clock, random);
    for (int i = 0; i < plan.size(); i++) {
      String answer = answers.apply(i);
      if (answer.isBlank()) {
        session.skip();
      } else {
        session.answer(answer);
      }
    }
    return session.summary();
  }
}
