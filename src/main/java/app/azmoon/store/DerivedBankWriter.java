package app.azmoon.store;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Text;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * Writes a whole bank in bank format v1: its header, its source and its questions as {@link
 * BankWriter} writes them, so that {@link BankReader} reads back the same bank.
 */
public final class DerivedBankWriter {
  private DerivedBankWriter() {}

  /** The bank as the text of a bank file, ending in a line break. */
  public static String bank(Bank bank) {
    JsonObject o = new JsonObject();
    o.addProperty("format", BankReader.FORMAT);
    o.addProperty("id", bank.id());
    o.add("title", text(bank.title()));
    o.addProperty("language", bank.language().code());
    bank.source()
        .ifPresent(
            s -> {
              JsonObject source = new JsonObject();
              source.addProperty("path", s.path());
              if (!s.attribution().isBlank()) {
                source.addProperty("attribution", s.attribution());
              }
              o.add("source", source);
            });
    JsonArray questions = new JsonArray();
    bank.questions().forEach(q -> questions.add(BankWriter.question(q)));
    o.add("questions", questions);
    return JsonOut.pretty(o) + "\n";
  }

  private static JsonObject text(Text text) {
    JsonObject o = new JsonObject();
    text.fa().ifPresent(fa -> o.addProperty("fa", fa));
    text.en().ifPresent(en -> o.addProperty("en", en));
    return o;
  }
}
