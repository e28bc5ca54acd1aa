package app.azmoon.store;

import app.azmoon.engine.Feedback;
import app.azmoon.engine.Summary;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves each finished quiz session as {@code sessions/<time>-<banks>.json} in the data directory
 * (format {@code azmoon/session@1}), for {@code stats} and for the learner's own records.
 */
public final class SessionRecords {
  public static final String FORMAT = "azmoon/session@1";
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'").withZone(ZoneOffset.UTC);

  private static final Pattern TEMPORARY =
      Pattern.compile("\\.\\d{8}T\\d{6}\\.\\d{3}Z-(\\d{1,18})-.*\\.json\\d*\\.tmp");

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
    AtomicFile.write(file, JsonOut.pretty(toJson(summary, bankIds, seed)) + "\n");
    removeTornTemporaries(file.getParent());
    return file;
  }

  /**
   * A session killed (SIGKILL, a power cut) while its record was written leaves its temporary file,
   * {@code .TIME-PID-BANKS.jsonNNN.tmp}, half-written. The next save removes those whose process is
   * gone; a running session's own is left alone.
   */
  private static void removeTornTemporaries(Path dir) {
    try (DirectoryStream<Path> temporaries = Files.newDirectoryStream(dir, ".*.tmp")) {
      for (Path temporary : temporaries) {
        Matcher m = TEMPORARY.matcher(temporary.getFileName().toString());
        if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
          Files.deleteIfExists(temporary);
        }
      }
    } catch (IOException | NumberFormatException e) {
      // Tidying only: the record itself is saved.
    }
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
    o.addProperty("score", JsonOut.decimal(s.earned(), 4));
    o.addProperty("bonus", JsonOut.decimal(s.bonus(), 4));
    o.addProperty("max", JsonOut.decimal(s.max(), 4));
    o.addProperty("percent", JsonOut.decimal(s.percent(), 4));
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
      q.addProperty("credit", JsonOut.decimal(f.verdict().credit(), 4));
      q.addProperty("typo", f.verdict().typo());
      q.addProperty("hinted", f.hinted());
      q.addProperty("earned", JsonOut.decimal(f.earned(), 4));
      q.addProperty("expected", f.verdict().expected());
      q.addProperty("ms", f.took().toMillis());
      questions.add(q);
    }
    o.add("questions", questions);
    return o;
  }
}
