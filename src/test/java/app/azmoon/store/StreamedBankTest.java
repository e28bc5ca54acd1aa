package app.azmoon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.azmoon.domain.question.Bank;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BankReader#read} and {@link BankReader#check} read a bank one question at a time; the
 * whole-tree reading ({@link BankReader#readWhole}) is their yardstick: on every bank, good or bad,
 * the same bank or the same problems in the same order.
 */
class StreamedBankTest {
  @TempDir Path dir;

  private final BankReader reader = new BankReader(Origin.DEFAULT_MAX_BYTES);

  /** Questions of every kind, good ones and ones with problems; {@code ID} is replaced. */
  private static final List<String> QUESTIONS =
      List.of(
          """
          {"id": "ID", "type": "truefalse", "prompt": "حمله در ژوئن ۱۹۵۰ بود.", "answer": true,
           "quote": "در ژوئن ۱۹۵۰ ارتش کره شمالی به جنوب حمله کرد."}""",
          """
          {"id": "ID", "type": "choice", "prompt": {"fa": "کدام؟", "en": "Which?"},
           "choices": [{"fa": "شمال", "en": "North"}, {"fa": "جنوب", "en": "South", "also": ["S"]}],
           "correct": [0], "tags": ["dates", "war"]}""",
          """
          {"id": "ID", "type": "text", "prompt": "پایتخت؟", "accept": ["سئول", "Seoul"],
           "reject": ["پیونگ‌یانگ"], "partial": [{"answer": "سئو", "credit": 0.5}]}""",
          """
          {"id": "ID", "type": "numeric", "prompt": "چند تن؟", "answer": 635000,
           "tolerance": 1000, "unit": {"fa": "تن", "en": "tons"}, "points": 2}""",
          """
          {"id": "ID", "type": "date", "prompt": "کی؟", "answer": "1950-06"}""",
          """
          {"id": "ID", "type": "order", "prompt": "ترتیب", "items": ["یک", "دو", "سه"]}""",
          """
          {"id": "ID", "type": "match", "prompt": "جفت", "pairs": [["الف", "a"], ["ب", "b"]]}""",
          """
          {"id": "ID", "type": "cloze", "prompt": "جای خالی", "text": "ارتش {{کره شمالی|کره}} حمله کرد",
           "gaps": [{}]}""",
          // and with problems:
          """
          {"id": "ID", "type": "truefalse", "prompt": "بد", "answer": 1, "promtp": 2}""",
          """
          {"id": "ID", "type": "choise", "prompt": "نوع بد"}""",
          """
          {"id": "ID", "type": "choice", "prompt": "x", "choices": ["یک", "يک"], "correct": [0, 5]}""",
          """
          {"id": "ID", "type": "text", "prompt": "x", "accept": ["Seoul"], "reject": ["seoul"]}""",
          """
          {"id": "ID", "type": "date", "prompt": "x", "answer": "1950-13", "quote": "نیست"}""",
          """
          {"id": "ID", "type": "numeric", "prompt": null, "answer": 5, "min": 1}""",
          """
          {"id": "Bad Id", "type": "order", "prompt": "x", "items": ["یک"], "tags": ["A", "a"]}""",
          """
          {"id": "ID", "id": "again", "type": "match", "prompt": "", "pairs": [["a"]]}""",
          """
          "not a question\"""",
          """
          {"id": "ID", "type": "cloze", "prompt": "x", "text": "no gap", "answer": true}""");

  private static final String HEADER =
      """
        "format": "azmoon/bank@1",
        "id": "big",
        "title": {"fa": "آزمون", "en": "Test"},
        "language": "fa",
        "source": {"path": "mini.txt", "attribution": "test"},
      """;

  /** Headers with problems of their own, each changing how the questions read. */
  private static final List<String> HEADERS =
      List.of(
          HEADER,
          HEADER.replace("\"fa\",\n", "\"en\",\n"),
          HEADER.replace("\"fa\",\n", "\"de\",\n"),
          HEADER.replace("mini.txt", "missing.txt"),
          HEADER.replace("mini.txt", "../up.txt"),
          HEADER.replace(
              "  \"source\": {\"path\": \"mini.txt\", \"attribution\": \"test\"},\n", ""),
          HEADER.replace("\"title\"", "\"titel\""),
          HEADER.replace("azmoon/bank@1", "azmoon/bank@2"),
          HEADER.replace("\"id\": \"big\"", "\"id\": \"big\", \"id\": \"twice\""),
          HEADER.replace("\"source\": {", "\"sourcex\": 1, \"source\": {\"pth\": 3, "));

  @Test
  void every_bank_reads_as_the_whole_tree_reads_it() throws IOException {
    Files.writeString(dir.resolve("mini.txt"), BankFixture.SOURCE, StandardCharsets.UTF_8);
    Random random = new Random(13);
    int invalid = 0;
    for (int round = 0; round < 300; round++) {
      String header = random.nextBoolean() ? HEADER : HEADERS.get(random.nextInt(HEADERS.size()));
      int count = random.nextInt(4) == 0 ? random.nextInt(3) : 1 + random.nextInt(60);
      int good = random.nextInt(3) == 0 ? QUESTIONS.size() : 8; // often only good questions
      boolean repeats = random.nextInt(3) == 0;
      List<String> ids = new ArrayList<>();
      List<String> questions = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        // Now and then an id used before, near or far.
        String id =
            repeats && !ids.isEmpty() && random.nextInt(25) == 0
                ? ids.get(random.nextInt(ids.size()))
                : "q-" + i;
        ids.add(id);
        questions.add(QUESTIONS.get(random.nextInt(good)).replace("\"ID\"", "\"" + id + "\""));
      }
      String json = "{\n" + header + "  \"questions\": [\n" + String.join(",\n", questions);
      json +=
          switch (random.nextInt(20)) {
            case 0 -> "\n  ],\n  \"after\": 1\n}\n"; // questions not last: read whole
            case 1 -> "\n  ]\n"; // cut short: a syntax error at the very end
            case 2 -> "\n  ],\n  \"questions\": []\n}\n"; // a duplicate key after them
            case 3 -> "\n  ]\n}\n}"; // data after the end
            default -> "\n  ]\n}\n";
          };
      Path file = dir.resolve("bank-" + round + ".json");
      Files.writeString(file, json, StandardCharsets.UTF_8);
      Origin origin = Origin.file(file);

      Outcome whole = outcome(() -> reader.readWhole(origin));
      assertThat(outcome(() -> reader.read(origin))).as(json).isEqualTo(whole);
      Outcome checked = outcome(() -> reader.check(origin));
      assertThat(checked.problems()).as(json).isEqualTo(whole.problems());
      if (whole.problems() == null) {
        Bank bank = reader.readWhole(origin);
        assertThat(checked.value())
            .isEqualTo(new BankReader.Outline(bank.id(), bank.questions().size()).toString());
      } else {
        invalid++;
      }
    }
    // The rounds cover both outcomes many times.
    assertThat(invalid).isBetween(40, 260);
  }

  @Test
  void problems_far_apart_in_a_big_bank_are_all_reported_in_order() throws IOException {
    Files.writeString(dir.resolve("mini.txt"), BankFixture.SOURCE, StandardCharsets.UTF_8);
    List<String> questions = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String question = QUESTIONS.get(i % 8).replace("\"ID\"", "\"q-" + i + "\"");
      if (i == 7 || i == 19_998) {
        question = question.replace("\"q-" + i + "\"", "\"q-3\""); // an id used long before
      }
      if (i == 10_000 || i == 19_999) {
        question = question.replace("\"type\"", "\"typo\": 1, \"type\"");
      }
      questions.add(question);
    }
    Path file = dir.resolve("big.json");
    Files.writeString(
        file,
        "{\n" + HEADER + "  \"questions\": [\n" + String.join(",\n", questions) + "\n]}\n",
        StandardCharsets.UTF_8);
    Origin origin = Origin.file(file);

    Outcome streamed = outcome(() -> reader.check(origin));
    assertThat(streamed).isEqualTo(outcome(() -> reader.readWhole(origin)));
    assertThat(streamed.problems())
        .extracting(Problem::path)
        .containsExactly(
            "$.questions[7].id",
            "$.questions[10000].typo",
            "$.questions[19998].id",
            "$.questions[19999].typo");
    assertThat(streamed.problems().get(2).message())
        .isEqualTo("duplicate question id \"q-3\" (first used at line 15)");
  }

  /** A reading's result: the value read, or the problems it failed with. */
  private record Outcome(String value, List<Problem> problems) {}

  private static Outcome outcome(Supplier<Object> read) {
    Throwable thrown = catchThrowable(() -> read.get());
    if (thrown == null) {
      return new Outcome(read.get().toString(), null); // records: equal values, equal strings
    }
    assertThat(thrown).isInstanceOf(InvalidDataException.class);
    return new Outcome(null, ((InvalidDataException) thrown).problems());
  }
}
