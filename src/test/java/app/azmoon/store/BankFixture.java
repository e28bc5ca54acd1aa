package app.azmoon.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small banks and their source text into a test's folder. */
public final class BankFixture {
  public static final String SOURCE =
      "در ژوئن ۱۹۵۰ ارتش کره شمالی به جنوب حمله کرد.\nنیروی هوایی ۶۳۵٬۰۰۰ تن بمب ریخت.";

  private BankFixture() {}

  /** A bank with the given questions (JSON objects, comma-separated) and a source file. */
  public static String bank(String questions) {
    return """
        {
          "format": "azmoon/bank@1",
          "id": "mini",
          "title": {"fa": "آزمونک", "en": "Mini"},
          "language": "fa",
          "source": {"path": "mini.txt", "attribution": "test"},
          "questions": [
        %s
          ]
        }
        """
        .formatted(questions);
  }

  public static final String TRUEFALSE =
      """
          {"id": "q-tf", "type": "truefalse", "prompt": "حمله در ژوئن ۱۹۵۰ بود.", "answer": true,
           "quote": "در ژوئن ۱۹۵۰ ارتش کره شمالی به جنوب حمله کرد."}""";

  public static Path write(Path dir, String name, String json) throws IOException {
    Files.writeString(dir.resolve("mini.txt"), SOURCE, StandardCharsets.UTF_8);
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }
}
