import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The benchmark's inputs, the same bytes on every run and machine (fixed seeds). Run with the jar
 * on the class path, for its Gson and its bundled bank: {@code java -cp target/azmoon.jar
 * bench/Generate.java KIND ARGS…}.
 *
 * <ul>
 *   <li>{@code bank N ID FILE}: a bank of N questions, the bundled bank's questions over and over
 *       (ids suffixed -1, -2…), without their quotes, explanations and source text (about 45 MB
 *       for 100,000).
 *   <li>{@code history BANK REVIEWS FILE}: REVIEWS review lines over BANK's questions, 90 s apart
 *       from 2022-01-01, ratings drawn at random.
 *   <li>{@code class KEY N DIR}: N answer files for the drill whose key (one answer a line) is KEY:
 *       student s answers right with a chance between 5% and 95%, else wrongly or not at all;
 *       every 10th file names its student, every 7th stops 5 lines early, every 13th has CRLF.
 * </ul>
 */
public final class Generate {
  public static void main(String[] args) throws IOException {
    switch (args[0]) {
      case "bank" -> bank(Integer.parseInt(args[1]), args[2], Path.of(args[3]));
      case "history" -> history(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
      case "class" -> answers(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
      default -> throw new IllegalArgumentException("bank, history or class, not " + args[0]);
    }
  }

  private static void bank(int count, String id, Path file) throws IOException {
    JsonObject bundled;
    try (Reader in =
        new InputStreamReader(
            Generate.class
                .getClassLoader()
                .getResourceAsStream("app/azmoon/bundled/korean-war.fa.json"),
            StandardCharsets.UTF_8)) {
      bundled = JsonParser.parseReader(in).getAsJsonObject();
    }
    JsonArray source = bundled.getAsJsonArray("questions");
    JsonObject bank = new JsonObject();
    bank.addProperty("format", "azmoon/bank@1");
    bank.addProperty("id", id);
    bank.add("title", bundled.get("title"));
    bank.addProperty("language", "fa");
    JsonArray questions = new JsonArray();
    for (int i = 0; i < count; i++) {
      JsonObject q = source.get(i % source.size()).getAsJsonObject().deepCopy();
      q.addProperty("id", q.get("id").getAsString() + "-" + (i / source.size() + 1));
      q.remove("quote");
      q.remove("explanation");
      questions.add(q);
    }
    bank.add("questions", questions);
    Files.writeString(file, bank.toString());
  }

  private static void history(Path bankFile, int reviews, Path file) throws IOException {
    JsonObject bank = JsonParser.parseString(Files.readString(bankFile)).getAsJsonObject();
    String id = bank.get("id").getAsString();
    JsonArray questions = bank.getAsJsonArray("questions");
    List<String> ratings = List.of("again", "hard", "good", "easy");
    SplittableRandom random = new SplittableRandom(2022);
    Instant at = Instant.parse("2022-01-01T00:00:00Z");
    try (BufferedWriter out = Files.newBufferedWriter(file)) {
      for (int i = 0; i < reviews; i++) {
        at = at.plusSeconds(90);
        String card = questions.get(i % questions.size()).getAsJsonObject().get("id").getAsString();
        out.write(
            "{\"bank\":\"" + id + "\",\"card\":\"" + card + "\",\"at\":\"" + at + "\",\"rating\":\""
                + ratings.get(random.nextInt(4)) + "\"}\n");
      }
    }
  }

  private static void answers(Path keyFile, int students, Path dir) throws IOException {
    List<String> key = Files.readAllLines(keyFile);
    String[] wrong = "1|2|4|درست|نادرست|۱۹۵۰|استالین|۱۰۰|۱ ۲ ۳|نمی‌دانم".split("\\|");
    SplittableRandom random = new SplittableRandom(20261127);
    Files.createDirectories(dir);
    for (int s = 1; s <= students; s++) {
      String eol = s % 13 == 0 ? "\r\n" : "\n";
      double ability = 0.05 + 0.9 * random.nextDouble();
      StringBuilder text = new StringBuilder();
      if (s % 10 == 0) {
        text.append("# name: دانش‌آموز ").append(s).append(eol);
      }
      int last = s % 7 == 0 ? key.size() - 5 : key.size();
      for (int i = 0; i < last; i++) {
        double r = random.nextDouble();
        String line =
            r < ability
                ? key.get(i)
                : r < ability + (1 - ability) * 0.7 ? wrong[random.nextInt(wrong.length)] : "";
        text.append(line).append(eol);
      }
      Files.writeString(dir.resolve(String.format("student-%04d.txt", s)), text);
    }
  }
}
