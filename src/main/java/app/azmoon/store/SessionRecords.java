package app.azmoon.store;

import app.azmoon.engine.Feedback;
import app.azmoon.engine.Summary;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Saves each finished quiz session as {@code sessions/<time>-<banks>.json} in the data directory
 * (format {@code azmoon/session@1}), for {@code stats} and for the learner's own records.
 */
public final class SessionRecords {
  public static final String FORMAT = "azmoon/session@1";
  private static final Gson GSON =
      new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private final Path dataDir;

  public SessionRecords(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** Writes the record and returns its path. */
  public Path save(Summary summary, List<String> bankIds, long seed) {
    // The process id keeps two sessions started in the same millisecond apart.
    Path file =
        dataDir
            .resolve("sessions")
            .resolve(
                FILE_TIME.format(summary.started())
                    + "-"
                    + ProcessHandle.current().pid()
                    + "-"
                    + String.join("+", bankIds)
                    + ".json");
    AtomicFile.write(file, GSON.toJson(toJson(summary, bankIds, seed)) + "\n");
    return file;
  }

  static JsonObject toJson(Summary s, List<String> bankIds, long seed) {
    JsonObject o = new JsonObject();
    o.addProperty("format", FORMAT);
    JsonArray banks = new JsonArray();
    bankIds.forEach(banks::add);
    o.add("banks", banks);
    o.addProperty("seed", seed);
    o.addProperty("started", s.started().toString());
    o.addProperty("finished", s.finished().toString());
    o.addProperty("score", round(s.earned()));
    o.addProperty("bonus", round(s.bonus()));
    o.addProperty("max", round(s.max()));
    o.addProperty("percent", round(s.percent()));
    o.addProperty("planned", s.planned());
    o.addProperty("bestStreak", s.bestStreak());
    JsonArray questions = new JsonArray();
    for (Feedback f : s.firstTries()) {
      JsonObject q = new JsonObject();
      q.addProperty("bank", f.asked().bank().id());
      q.addProperty("id", f.asked().question().id());
      q.addProperty("answer", f.answer());
      q.addProperty("outcome", f.outcome().name().toLowerCase(java.util.Locale.ROOT));
      q.addProperty("correct", f.verdict().correct());
      q.addProperty("credit", round(f.verdict().credit()));
      q.addProperty("typo", f.verdict().typo());
      q.addProperty("hinted", f.hinted());
      q.addProperty("earned", round(f.earned()));
      q.addProperty("expected", f.verdict().expected());
      q.addProperty("ms", f.took().toMillis());
      questions.add(q);
    }
    o.add("questions", questions);
    return o;
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
  }
}
