package app.azmoon.store;

import app.azmoon.domain.answer.Verdict;
import com.google.gson.JsonObject;

/** One verdict as one line of JSON, for {@code azmoon check --json}. */
public final class VerdictJson {

  private VerdictJson() {}

  public static String line(String question, String answer, Verdict verdict) {
    JsonObject o = new JsonObject();
    o.addProperty("id", question);
    o.addProperty("answer", answer);
    o.addProperty("correct", verdict.correct());
    o.addProperty("credit", JsonOut.decimal(verdict.credit(), 4));
    o.addProperty("typo", verdict.typo());
    o.addProperty("normalized", verdict.normalized());
    o.addProperty("expected", verdict.expected());
    return JsonOut.line(o);
  }
}
