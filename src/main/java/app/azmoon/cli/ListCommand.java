package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.store.BankWriter;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.util.List;
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
    description = "Lists the questions of a bank: id, type, tags and prompt, or JSON with --json.")
final class ListCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Mixin BankOption bank;

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
      for (Question q : questions) {
        out.printf(
            "%-28s %-9s %-26s %s%n",
            q.id(),
            q.kind().code(),
            String.join(",", q.info().tags()),
            TerminalText.line(q.info().prompt().in(loaded.language())));
      }
      out.printf(
          "%d of %d questions in %s%n",
          questions.size(),
          loaded.questions().size(),
          TerminalText.line(loaded.title().in(Language.EN)));
    }
    out.flush();
    return ExitCode.OK;
  }
}
