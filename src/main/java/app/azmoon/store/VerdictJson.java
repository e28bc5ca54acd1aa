package app.azmoon.store;

import app.azmoon.domain.answer.Verdict;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** One verdict as one line of JSON, for {@code azmoon check --json}. */
public final class VerdictJson {
  private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

  private VerdictJson() {}

  public static String line(String question, String answer, Verdict verdict) {
    JsonObject o = new JsonObject();
    o.addProperty("id", question);
    o.addProperty("answer", answer);
    o.addProperty("correct", verdict.correct());
    o.addProperty(
        "credit",
        BigDecimal.valueOf(verdict.credit())
            .setScale(4, RoundingMode.HALF_UP)
            .stripTrailingZeros());
    o.addProperty("typo", verdict.typo());
    o.addProperty("normalized", verdict.normalized());
    o.addProperty("expected", verdict.expected());
    return GSON.toJson(o);
  }
}
