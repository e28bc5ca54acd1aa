package app.azmoon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.store.BankFixture;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** `check` on the bundled bank with answers written the way students write them. */
class FramedAnswersTest {
  @TempDir Path dir;

  private Cli.Result check(String id, String... answers) {
    List<String> args = new ArrayList<>(List.of("check", "--id", id));
    for (String a : answers) {
      args.add("--answer");
      args.add(a);
    }
    return Cli.run(Map.of("AZMOON_HOME", dir.toString()), dir, args.toArray(String[]::new));
  }

  @ParameterizedTest(name = "{0}: «{1}» is {2}")
  @CsvSource({
    "kw-num-migs, ۳۰ فروند میگ, true",
    "kw-num-migs, ۳۰ میگ, true",
    "kw-num-migs, thirty, true",
    "kw-num-b29s, ۳۶ بمب‌افکن, true",
    "kw-num-escorts-destroyed, ۱۱ جت, true",
    "kw-num-mig-losses, هیچ هواپیمایی, true",
    "kw-num-bomb-tonnage, ۶۳۵ هزار تن بمب, true",
    "kw-num-escorts, one hundred, true",
    "kw-num-bombers-destroyed, twelve, true",
    "kw-num-parallel, مدار ۳۸ درجه, true",
    "kw-num-parallel, ۳۸ درجه, true",
    "kw-num-parallel, سی و هشتم, true",
    "kw-num-mig-losses, هیچ, true",
    "kw-num-mig-losses, بدون تلفات, true",
    "kw-num-mig-losses, none, true",
    "kw-text-busan, بندر بوسان, true",
    "kw-text-moscow, شهر مسکو, true",
    "kw-text-truman, رئیس‌جمهور ترومن, true",
    "kw-kim-moscow-trip-year, پایان سال ۱۹۴۹, true",
    "kw-kim-moscow-trip-year, اواخر ۱۹۴۹, true",
    "kw-num-migs, ۳۰ تانک, false",
    "kw-num-migs, ۳۱ فروند میگ, false",
    "kw-num-b29s, ۳۶ میگ, false",
    "kw-num-parallel, مدار, false",
    "kw-num-parallel, مدار ۳۹ درجه, false",
    "kw-num-mig-losses, بدون, false",
    "kw-text-moscow, شهر, false",
    "kw-text-moscow, شهر پکن, false",
    "kw-text-moscow, از مسکو, false",
    "kw-text-truman, رئیس‌جمهور, false",
    "kw-kim-moscow-trip-year, اواخر ۱۹۵۰, false",
  })
  void a_right_answer_in_its_frame_is_right_a_label_alone_or_around_a_wrong_answer_is_not(
      String id, String answer, boolean right) {
    Cli.Result r = check(id, answer);
    assertThat(r.code()).as(r.out()).isEqualTo(right ? ExitCode.OK : ExitCode.NEGATIVE);
    assertThat(r.out()).contains(right ? "✓ درست" : "✗ نادرست").doesNotContain("غلط املایی");
  }

  @Test
  @Timeout(60) // a guard against a hang, not a speed target
  void a_400_kb_answer_is_judged_wrong() {
    Cli.Result r = check("kw-num-migs", "۳۰ فروند ".repeat(45_000));
    assertThat(r.code()).isEqualTo(ExitCode.NEGATIVE);
  }

  @Test
  @Timeout(60) // a guard against a hang, not a speed target
  void grade_judges_a_400_kb_answer_line_wrong_and_grades_the_rest() throws IOException {
    BankFixture.write(
        dir,
        "mini.json",
        BankFixture.bank(
            "{\"id\": \"q-num\", \"type\": \"numeric\", \"prompt\": \"چند فروند میگ؟\","
                + " \"answer\": 30, \"unit\": \"فروند\"},\n"
                + "{\"id\": \"q-num2\", \"type\": \"numeric\", \"prompt\": \"چند؟\", \"answer\":"
                + " 38}"));
    Path spec =
        Files.writeString(
            dir.resolve("drill.json"),
            "{\"format\": \"azmoon/drill@1\", \"bank\": \"mini.json\", \"order\": \"bank\"}");
    Path answers =
        Files.writeString(
            dir.resolve("sara.txt"), "۳۰ فروند ".repeat(45_000) + "\n۳۸\n", StandardCharsets.UTF_8);
    Cli.Result r =
        Cli.run(
            Map.of(),
            dir,
            "grade",
            "--spec=" + spec,
            "--out=" + dir.resolve("out"),
            "--lang=en",
            answers.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(dir.resolve("out/gradebook.csv"))
        .content(StandardCharsets.UTF_8)
        .contains("sara,1,2,50");
  }
}
