package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.i18n.Messages;
import app.azmoon.store.BankWriter;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Lists a bank's questions, as a table or as bank-format JSON. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the questions of a bank: id, type, tags and prompt, wrapped to the terminal's width,"
          + " or JSON with --json.",
      "Exits 1 when a --tag is not one of the bank's tags, naming the tags it has."
    })
final class ListCommand implements Callable<Integer> {
  /** Past this width the tags wrap, so that the prompt keeps its room. */
  static final int TAGS_WIDTH = 22;

  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Mixin BankOption bank;

  @Mixin DisplayOptions display;

  @Option(
      names = "--tag",
      paramLabel = "T",
      description = "Only questions with this tag; repeat to allow several tags.")
  List<String> tags = List.of();

  @Option(
      names = "--json",
      description = "Print the questions as a JSON array in bank format (docs/bank-format.md).")
  boolean json;

  @Override
  public Integer call() {
    Bank loaded = bank.load(store.catalog(root));
    List<Question> questions =
        loaded.questions().stream()
            .filter(q -> tags.isEmpty() || q.info().tags().stream().anyMatch(tags::contains))
            .toList();
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      out.println(BankWriter.questions(questions));
    } else {
      Language language = display.language(loaded.language());
      Table table =
          new Table(
              Table.Column.of(""),
              Table.Column.of(""),
              Table.Column.wrapped("", TAGS_WIDTH),
              Table.Column.rest(""));
      for (Question q : questions) {
        table.add(
            q.id(),
            q.kind().code(),
            String.join(", ", q.info().tags()),
            q.info().prompt().in(language));
      }
      Printer printer = display.printer(root, out);
      printer.table(table);
      Messages messages = new Messages(language);
      printer.text(
          messages.get(
              "list.count",
              messages.number(questions.size()),
              messages.number(loaded.questions().size()),
              loaded.title().in(language)));
    }
    out.flush();
    return unknownTags(loaded) ? ExitCode.NEGATIVE : ExitCode.OK;
  }

  /** Says which --tag values the bank does not have, and which it has; true if there are any. */
  private boolean unknownTags(Bank loaded) {
    TreeSet<String> known = new TreeSet<>();
    loaded.questions().forEach(q -> known.addAll(q.info().tags()));
    List<String> unknown = tags.stream().distinct().filter(t -> !known.contains(t)).toList();
    PrintWriter err = spec.commandLine().getErr();
    for (String tag : unknown) {
      List<String> near = Suggestions.of(tag, known);
      err.println(
          TerminalText.line(
              "azmoon: bank "
                  + loaded.id()
                  + " has no tag \""
                  + tag
                  + "\""
                  + (near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)")
                  + (known.isEmpty()
                      ? "; it has no tags"
                      : "; its tags: " + String.join(", ", known))));
    }
    err.flush();
    return !unknown.isEmpty();
  }
}
