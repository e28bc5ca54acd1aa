package app.azmoon.store;

import static app.azmoon.store.BankFixture.TRUEFALSE;
import static app.azmoon.store.BankFixture.bank;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.Question;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BankReaderTest {
  @TempDir Path dir;

  private Bank read(String json) throws IOException {
    return new BankReader(Origin.DEFAULT_MAX_BYTES)
        .read(Origin.file(BankFixture.write(dir, "b.json", json)));
  }

  private List<Problem> problems(String json) throws IOException {
    Path file = BankFixture.write(dir, "b.json", json);
    try {
      new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.file(file));
    } catch (InvalidDataException e) {
      return e.problems();
    }
    throw new AssertionError("expected the bank to be rejected");
  }

  private Problem onlyProblem(String json) throws IOException {
    List<Problem> problems = problems(json);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  @Test
  void a_valid_bank_reads_into_the_domain() throws IOException {
    Bank bank =
        read(
            bank(
                TRUEFALSE
                    + """
                    ,
                    {"id": "q-date", "type": "date", "prompt": {"fa": "کی؟", "en": "When?"},
                     "answer": "1950-06", "tags": ["dates"], "points": 2}"""));
    assertThat(bank.id()).isEqualTo("mini");
    assertThat(bank.questions()).hasSize(2);
    assertThat(bank.question("q-date").orElseThrow())
        .isEqualTo(new Question.Dated(bank.questions().get(1).info(), new PartialDate(1950, 6, 0)));
    assertThat(bank.questions().get(1).info().points()).isEqualTo(2.0);
    assertThat(bank.source().orElseThrow().text()).isEqualTo(BankFixture.SOURCE);
  }

  @Test
  void malformed_json_is_located() throws IOException {
    Problem p = onlyProblem("{\n  \"format\": \"azmoon/bank@1\"\n  \"id\": \"x\"\n}");
    assertThat(p.line()).isEqualTo(3);
    assertThat(p.message()).contains("invalid JSON");
  }

  @Test
  void comments_are_rejected_with_a_hint() throws IOException {
    Problem p = onlyProblem("{\n  // a comment\n  \"format\": \"azmoon/bank@1\"}");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo(3);
    assertThat(p.message()).contains("comments are not allowed");
  }

  @Test
  void nan_is_not_a_number() throws IOException {
    Problem p =
        onlyProblem(
            bank("{\"id\": \"n\", \"type\": \"numeric\", \"prompt\": \"چند؟\", \"answer\": NaN}"));
    assertThat(p.message()).contains("NaN and Infinity are not JSON numbers");
    assertThat(p.line()).isEqualTo(8);
  }

  @Test
  void raw_control_characters_in_strings_are_rejected() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE.replace("حمله در", "حمله\tدر")));
    assertThat(p.message()).contains("raw control character U+0009");
    assertThat(p.line()).isEqualTo(8);
  }

  @Test
  void escaped_control_characters_other_than_newline_and_tab_are_rejected() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE.replace("حمله در", "حمله\\u001b[2Jدر")));
    assertThat(p.message()).contains("control character U+001B is not allowed");
    assertThat(p.path()).isEqualTo("$.questions[0].prompt");
  }

  @Test
  void duplicate_keys_are_rejected_with_both_lines() throws IOException {
    Problem p =
        onlyProblem(
            bank(TRUEFALSE.replace("\"answer\": true", "\"answer\": true,\n\"answer\": false")));
    assertThat(p.message()).isEqualTo("duplicate key \"answer\" (first at line 8)");
    assertThat(p.line()).isEqualTo(9);
    assertThat(p.path()).isEqualTo("$.questions[0].answer");
  }

  @Test
  void an_unknown_field_is_caught_with_a_suggestion() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE.replace("\"prompt\"", "\"prompt\": \"x\", \"promtp\"")));
    assertThat(p.message()).isEqualTo("unknown field \"promtp\" (did you mean \"prompt\"?)");
    assertThat(p.path()).isEqualTo("$.questions[0].promtp");
    assertThat(p.line()).isEqualTo(8);
    assertThat(p.column()).isEqualTo(52);
  }

  @Test
  void a_field_of_another_kind_is_named_as_such() throws IOException {
    Problem p =
        onlyProblem(
            bank(TRUEFALSE.replace("\"answer\": true", "\"answer\": true, \"choices\": []")));
    assertThat(p.message()).isEqualTo("field \"choices\" does not belong to a truefalse question");
  }

  @Test
  void a_wrong_value_type_says_what_was_expected() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE.replace("\"answer\": true", "\"answer\": \"true\"")));
    assertThat(p.message()).isEqualTo("expected true or false, found a string");
    assertThat(p.path()).isEqualTo("$.questions[0].answer");
  }

  @Test
  void a_missing_required_field_is_named() throws IOException {
    Problem p = onlyProblem(bank("{\"id\": \"q\", \"type\": \"truefalse\", \"answer\": true}"));
    assertThat(p.message()).isEqualTo("missing required field \"prompt\"");
    assertThat(p.path()).isEqualTo("$.questions[0]");
  }

  @Test
  void null_is_not_a_value_for_a_field() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE.replace("\"answer\": true", "\"answer\": null")));
    assertThat(p.message()).contains("may not be null");
    assertThat(p.path()).isEqualTo("$.questions[0].answer");
    assertThat(p.line()).isEqualTo(8);
  }

  @Test
  void duplicate_question_ids_are_rejected() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE + ",\n" + TRUEFALSE));
    assertThat(p.message()).isEqualTo("duplicate question id \"q-tf\" (first used at line 8)");
    assertThat(p.line()).isEqualTo(10);
  }

  @Test
  void a_correct_index_out_of_range_is_rejected() throws IOException {
    Problem p =
        onlyProblem(
            bank(
                "{\"id\": \"c\", \"type\": \"choice\", \"prompt\": \"کدام؟\","
                    + " \"choices\": [\"الف\", \"ب\", \"ج\"], \"correct\": [1, 3]}"));
    assertThat(p.message())
        .isEqualTo("index 3 is out of range: the question has 3 choices, numbered from 0 to 2");
    assertThat(p.path()).isEqualTo("$.questions[0].correct[1]");
  }

  @Test
  void a_quote_not_in_the_source_is_rejected() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE.replace("به جنوب حمله", "به شمال حمله")));
    assertThat(p.message()).startsWith("the quote is not in the source text");
    assertThat(p.path()).isEqualTo("$.questions[0].quote");
  }

  @Test
  void trailing_data_after_the_bank_is_rejected() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE) + "\n{}");
    assertThat(p.message()).isEqualTo("unexpected data after the end of the JSON value");
    assertThat(p.line()).isEqualTo(13);
    assertThat(p.column()).isEqualTo(1);
  }

  @Test
  void invalid_utf8_is_rejected_never_replaced() throws IOException {
    Path file = dir.resolve("bad.json");
    byte[] good = bank(TRUEFALSE).getBytes(StandardCharsets.UTF_8);
    byte[] bad = java.util.Arrays.copyOf(good, good.length + 1);
    bad[40] = (byte) 0xC3; // a lead byte followed by an ASCII byte
    Files.write(file, bad);
    assertThatThrownBy(() -> new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.file(file)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("not valid UTF-8: byte 0xC3 at offset 40")
        .hasMessageContaining("bad.json:3:");
  }

  @Test
  void an_empty_file_is_rejected() throws IOException {
    assertThat(onlyProblem("  \n").message()).isEqualTo("the file is empty");
  }

  @Test
  void null_as_the_whole_file_is_rejected() throws IOException {
    assertThat(onlyProblem("null").message()).isEqualTo("expected an object, found null");
  }

  @Test
  void a_file_over_the_size_cap_is_rejected() throws IOException {
    Path file = BankFixture.write(dir, "big.json", bank(TRUEFALSE));
    assertThatThrownBy(() -> new BankReader(100).read(Origin.file(file)))
        .isInstanceOf(InvalidDataException.class)
        .hasMessageContaining("over the 100-byte limit");
  }

  @Test
  void nesting_deeper_than_the_limit_is_rejected_with_a_short_path() throws IOException {
    Problem p = onlyProblem("[".repeat(5000) + "]".repeat(5000));
    assertThat(p.message()).isEqualTo("nested deeper than 32 levels");
    assertThat(p.path().length()).isLessThanOrEqualTo(81);
  }

  @Test
  void a_folder_is_not_a_bank_and_has_no_bytes_to_judge() {
    assertThatThrownBy(() -> new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.file(dir)))
        .isInstanceOf(StorageException.class)
        .hasMessageContaining("is a folder, not a file");
  }

  @Test
  void a_link_named_by_the_user_is_followed_but_a_source_link_may_not_leave_the_folder()
      throws IOException {
    Path target = BankFixture.write(dir, "real.json", bank(TRUEFALSE));
    Path link = Files.createSymbolicLink(dir.resolve("link.json"), target);
    assertThat(new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.file(link)).id())
        .isEqualTo("mini");

    Path outside = Files.createTempFile("outside", ".txt");
    try {
      Files.writeString(outside, BankFixture.SOURCE);
      Files.delete(dir.resolve("mini.txt"));
      Files.createSymbolicLink(dir.resolve("mini.txt"), outside);
      assertThatThrownBy(() -> new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.file(target)))
          .hasMessageContaining("leads outside the bank's folder through a link");
    } finally {
      Files.delete(outside);
    }
  }

  @Test
  void a_device_named_by_the_user_is_read_as_a_stream() {
    assertThatThrownBy(
            () -> new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.file(Path.of("/dev/null"))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("/dev/null: the file is empty");
  }

  @Test
  void a_device_found_by_listing_a_folder_is_not_read() {
    assertThatThrownBy(
            () ->
                new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.listed(Path.of("/dev/zero"))))
        .isInstanceOf(InvalidDataException.class)
        .hasMessage("/dev/zero: is not a regular file");
  }

  @Test
  void a_missing_file_is_an_io_error() {
    assertThatThrownBy(
            () ->
                new BankReader(Origin.DEFAULT_MAX_BYTES).read(Origin.file(dir.resolve("no.json"))))
        .isInstanceOf(StorageException.class)
        .hasMessageEndingWith("no.json: no such file");
  }

  @Test
  void a_source_outside_the_banks_folder_is_refused() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE).replace("\"mini.txt\"", "\"../../etc/passwd\""));
    assertThat(p.message()).contains("relative path inside the bank's folder");
    assertThat(p.path()).isEqualTo("$.source.path");
  }

  @Test
  void every_problem_is_listed_not_just_the_first() throws IOException {
    List<Problem> problems =
        problems(
            bank(
                """
                {"id": "Bad Id", "type": "truefalse", "prompt": "x", "answer": 1},
                {"id": "q2", "type": "quiz", "prompt": "y"},
                {"id": "q3", "type": "date", "prompt": "z", "answer": "1950-13"}"""));
    assertThat(problems)
        .extracting(Problem::message)
        .containsExactly(
            "\"Bad Id\" is not a valid id: use lowercase letters a–z, digits and single dashes (at"
                + " most 80 characters)",
            "expected true or false, found a number",
            "unknown question type \"quiz\" (expected one of choice, truefalse, text, numeric,"
                + " date, order, match, cloze)",
            "\"1950-13\" is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
  }

  @Test
  void an_unsupported_format_is_refused() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE).replace("azmoon/bank@1", "azmoon/bank@9"));
    assertThat(p.message())
        .isEqualTo("unsupported format \"azmoon/bank@9\" (expected \"azmoon/bank@1\")");
  }

  @Test
  void numeric_bounds_must_hold_the_answer() throws IOException {
    Problem p =
        onlyProblem(
            bank(
                "{\"id\": \"n\", \"type\": \"numeric\", \"prompt\": \"چند؟\", \"answer\": 5, \"min\": 6, \"max\": 9}"));
    assertThat(p.message()).isEqualTo("the answer 5 lies outside min 6 and max 9");
  }

  @Test
  void a_cloze_without_a_gap_is_rejected() throws IOException {
    Problem p =
        onlyProblem(
            bank(
                "{\"id\": \"c\", \"type\": \"cloze\", \"prompt\": \"پر کنید\", \"text\": \"بدون جای خالی\"}"));
    assertThat(p.message()).isEqualTo("a cloze text needs at least one {{gap}}");
  }

  @Test
  void a_byte_order_mark_is_accepted() throws IOException {
    assertThat(read("\uFEFF" + bank(TRUEFALSE)).questions()).hasSize(1);
  }

  @Test
  void a_huge_number_is_out_of_range_and_costs_no_memory() throws IOException {
    Problem p =
        onlyProblem(
            bank(
                "{\"id\": \"c\", \"type\": \"choice\", \"prompt\": \"کدام؟\","
                    + " \"choices\": [\"الف\", \"ب\"], \"correct\": [1e999999999]}"));
    assertThat(p.message())
        .isEqualTo(
            "the number 1E+999999999 is out of range (at most 18 digits before and after the point)");
  }

  @Test
  void points_too_large_or_too_small_are_bad_data_not_a_crash() throws IOException {
    assertThat(
            onlyProblem(bank(TRUEFALSE.replace("\"answer\"", "\"points\": 1e400, \"answer\"")))
                .message())
        .contains("is out of range");
    assertThat(
            onlyProblem(bank(TRUEFALSE.replace("\"answer\"", "\"points\": 1e-400, \"answer\"")))
                .message())
        .contains("is out of range");
  }

  @Test
  void a_month_or_day_of_00_is_not_a_date() throws IOException {
    for (String date : List.of("1950-00", "1950-06-00", "1950-00-00")) {
      Problem p =
          onlyProblem(
              bank(
                  "{\"id\": \"d\", \"type\": \"date\", \"prompt\": \"کی؟\", \"answer\": \""
                      + date
                      + "\"}"));
      assertThat(p.message()).as(date).contains("is not a date");
    }
  }

  @Test
  void an_answer_both_accepted_and_rejected_is_a_contradiction() throws IOException {
    Problem p =
        onlyProblem(
            bank(
                "{\"id\": \"t\", \"type\": \"text\", \"prompt\": \"چه کسی؟\","
                    + " \"accept\": [\"استالین\"], \"reject\": [\"استالين\"]}"));
    assertThat(p.message()).isEqualTo("\"استالين\" is both accepted and rejected");
  }

  @Test
  void an_unpaired_surrogate_escape_is_named() throws IOException {
    Problem p = onlyProblem(bank(TRUEFALSE.replace("حمله در", "\\ud800")));
    assertThat(p.message()).contains("unpaired surrogate");
  }

  @Test
  void options_a_learner_cannot_tell_apart_by_typing_are_duplicates() throws IOException {
    Problem p =
        onlyProblem(
            bank(
                "{\"id\": \"c\", \"type\": \"choice\", \"prompt\": \"کدام؟\","
                    + " \"choices\": [\"کمونیست‌ها\", \"كمونيستها\"], \"correct\": [0]}"));
    assertThat(p.message()).isEqualTo("\"choices\" has the same entry twice");
  }
}
