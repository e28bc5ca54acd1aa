package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.formats.BankImport;
import app.azmoon.formats.FormatException;
import app.azmoon.formats.Formats;
import app.azmoon.formats.Imported;
import app.azmoon.formats.QuestionIds;
import app.azmoon.formats.Texts;
import app.azmoon.store.AtomicFile;
import app.azmoon.store.CheckedBank;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.Origin;
import app.azmoon.store.OutputTarget;
import app.azmoon.store.Problem;
import app.azmoon.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Turns a file of another format into a bank file that loads. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads FILE (a file, a pipe, or - for standard input) in another format and writes its"
          + " questions as a bank (docs/bank-format.md), checked as every bank is loaded: a"
          + " question that would not load is left out and said so.",
      "Prints how many questions of each kind it imported, and on standard error every question"
          + " or column it left out or changed, with its line. Exits 0 when it wrote the bank"
          + " (warnings or not), 65 when FILE has no question to import, 2 when -o exists and"
          + " --force is not given. Formats and their columns: docs/interop.md."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin SizeOption size;

  @Option(
      names = "--from",
      required = true,
      paramLabel = "FORMAT",
      completionCandidates = FormatNames.Readable.class,
      description = "The file's format: ${COMPLETION-CANDIDATES}.")
  String from;

  @Parameters(paramLabel = "FILE", description = "The file to import; - for standard input.")
  String file;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "BANK.json",
      description = "The bank file to write (atomically).")
  Path output;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The bank's id, which starts every question id (default: from FILE's name).")
  String id;

  @Option(
      names = "--title",
      paramLabel = "T",
      description = "The bank's title (default: FILE's name).")
  String title;

  @Option(
      names = "--lang",
      paramLabel = "LANG",
      description =
          "The bank's language, fa or en (default: fa when a prompt has Persian letters).")
  String lang;

  @Option(names = "--force", description = "Overwrite BANK.json if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    BankImport reader =
        FormatNames.pick(spec, "--from", from, Formats.reader(from), new FormatNames.Readable());
    boolean stdin = file.equals("-");
    Path input = root.workingDir().resolve(stdin ? "-" : file);
    Path target = root.workingDir().resolve(output);
    // Not a mistake in the options but a file in the way: one sentence, no usage hint.
    if (!stdin && OutputTarget.clash(target, List.of(input)).isPresent()) {
      return refuse("-o names the file being imported: write the bank to another file");
    }
    if (Files.exists(target) && !force) {
      return refuse(output + ": already exists (--force overwrites it)");
    }
    String name = stdin ? "imported" : input.getFileName().toString().replaceFirst("\\.[^.]*$", "");
    String bankId = id != null ? id : QuestionIds.slug(name);
    if (!Ids.isValid(bankId)) {
      throw new ParameterException(
          spec.commandLine(),
          "--id \""
              + TerminalText.id(bankId)
              + "\" is not a valid id: use lowercase letters a–z, digits and dashes");
    }
    if (title != null && title.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--title may not be empty");
    }
    Optional<Language> language = Optional.ofNullable(lang).map(this::language);
    Origin origin = stdin ? Origin.stream(root.stdin(), "<stdin>") : Origin.file(input);
    String shown = stdin ? "<stdin>" : file;
    Imported imported;
    try {
      imported = reader.read(origin.readText(size.limit()), bankId);
    } catch (FormatException e) {
      throw new InvalidDataException(Problem.ofFile(shown, e.getMessage()));
    }
    PrintWriter err = spec.commandLine().getErr();
    imported.notes().forEach(n -> err.println(TerminalText.line(shown + ":" + n)));
    Language bankLanguage = language.orElseGet(() -> Texts.languageOf(imported.questions()));
    String fileTitle = name.replaceAll("\\p{Cntrl}", "").strip();
    String bankTitle =
        Optional.ofNullable(title).orElse(stdin || fileTitle.isEmpty() ? bankId : fileTitle);
    Bank bank =
        new Bank(
            bankId,
            Text.of(bankLanguage, bankTitle),
            bankLanguage,
            Optional.empty(),
            imported.questions());
    CheckedBank checked = CheckedBank.of(bank, output.toString());
    checked
        .refused()
        .forEach(
            (qid, why) ->
                err.println(TerminalText.line(shown + ": question " + qid + " left out: " + why)));
    if (checked.bank().questions().isEmpty()) {
      err.println(TerminalText.line("azmoon: " + shown + ": no question to import in it"));
      err.flush();
      return ExitCode.DATA;
    }
    AtomicFile.write(target, checked.json());
    PrintWriter out = spec.commandLine().getOut();
    out.println(
        TerminalText.line(
            "imported "
                + questions(checked.bank().questions().size())
                + " into "
                + output
                + " (bank "
                + bankId
                + ", "
                + bankLanguage.code()
                + "): "
                + byKind(checked.bank().questions())));
    out.flush();
    err.flush();
    return ExitCode.OK;
  }

  private int refuse(String sentence) {
    spec.commandLine().getErr().println(TerminalText.line("azmoon: " + sentence));
    spec.commandLine().getErr().flush();
    return ExitCode.USAGE;
  }

  private Language language(String code) {
    return Language.fromCode(code)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(), "--lang must be fa or en, not \"" + code + "\""));
  }

  static String questions(long n) {
    return n + (n == 1 ? " question" : " questions");
  }

  private static String byKind(List<Question> questions) {
    List<String> counts = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      long n = questions.stream().filter(q -> q.kind() == kind).count();
      if (n > 0) {
        counts.add(n + " " + kind.code());
      }
    }
    return String.join(", ", counts);
  }
}
