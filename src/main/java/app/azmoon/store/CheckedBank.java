package app.azmoon.store;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Question;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bank made by a converter, as it will be written: its JSON read back by the same {@link
 * BankReader} that loads every bank, and each question the reader refuses left out with the first
 * reason it gave. So an imported bank always loads, whatever a converter let through.
 *
 * @param json the bank file's text, which the reader accepts
 * @param refused each question left out, by id, with the reader's reason
 */
public record CheckedBank(Bank bank, String json, Map<String, String> refused) {
  private static final Pattern QUESTION = Pattern.compile("\\$\\.questions\\[(\\d+)\\](.*)");

  public CheckedBank {
    refused = Map.copyOf(refused);
  }

  /**
   * Checks {@code bank} as the loader would, in the file {@code name}.
   *
   * @throws InvalidDataException when something outside the questions is wrong (its title)
   */
  public static CheckedBank of(Bank bank, String name) {
    Map<String, String> refused = new LinkedHashMap<>();
    Bank kept = bank;
    // Leaving questions out cannot make the others wrong, so a second reading is the last.
    for (int pass = 0; pass < 2; pass++) {
      if (kept.questions().isEmpty()) {
        return new CheckedBank(kept, "", refused);
      }
      String json = BankWriter.bank(kept);
      try {
        new BankReader(Long.MAX_VALUE)
            .read(
                Origin.stream(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), name));
        return new CheckedBank(kept, json, refused);
      } catch (InvalidDataException e) {
        List<Question> questions = new ArrayList<>(kept.questions());
        List<Integer> wrong = new ArrayList<>();
        for (Problem p : e.problems()) {
          Matcher m = QUESTION.matcher(p.path());
          if (!m.matches()) {
            throw e;
          }
          int index = Integer.parseInt(m.group(1));
          if (!wrong.contains(index)) {
            wrong.add(index);
            refused.put(
                questions.get(index).id(),
                (m.group(2).isEmpty() ? "" : "$" + m.group(2) + ": ") + p.message());
          }
        }
        wrong.stream().sorted((a, b) -> b - a).forEach(i -> questions.remove((int) i));
        kept = new Bank(kept.id(), kept.title(), kept.language(), kept.source(), questions);
      }
    }
    throw new IllegalStateException("a bank still refused once its refused questions are out");
  }
}
