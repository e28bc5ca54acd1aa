package app.azmoon.cli;

import app.azmoon.domain.derive.Derivation;
import app.azmoon.domain.derive.Deriver;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Text;
import app.azmoon.store.AtomicFile;
import app.azmoon.store.BankWriter;
import app.azmoon.store.Origin;
import app.azmoon.store.OutputTarget;
import app.azmoon.store.SourcePlace;
import app.azmoon.store.StorageException;
import app.azmoon.text.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
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

/** Drafts a bank from a Persian text: a question for every quantity and date in it. */
@Command(
    name = "derive",
    mixinStandardHelpOptions = true,
    description = {
      "Drafts a bank from a Persian text, for a teacher to edit: a numeric, date or cloze question"
          + " for every quantity and date in it (digits in any script, number words, years, dates"
          + " with Persian or European month names), each asking for it in its sentence, the"
          + " sentence quoted from the text. Names such as میگ ۱۵ or B-29 are not asked for.",
      "Lists on stderr what it asked for and what it skipped, with the line. The text is the"
          + " bank's source: referred to where it is when inside the bank's folder, otherwise"
          + " copied to sources/ beside the bank. See docs/derive.md.",
      "Exits 0 when the bank is written, 2 when BANK.json exists (without --force), 65 when the"
          + " text has no quantity or date to ask for or is not UTF-8, 74 when a file cannot be"
          + " read or written."
    })
final class DeriveCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin SizeOption size;

  @Parameters(paramLabel = "TEXT_FILE", description = "The Persian text, in UTF-8.")
  Path text;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "BANK.json",
      required = true,
      description = "The bank file to write.")
  Path out;

  @Option(
      names = "--id",
      paramLabel = "ID",
      description = "The bank's id (default: from the text's file name, e.g. korean-war-fa).")
  String id;

  @Option(
      names = "--title",
      paramLabel = "TITLE",
      description = "The bank's title (default: پیش‌نویس: and the text's file name).")
  String title;

  @Option(names = "--force", description = "Overwrite BANK.json if it exists.")
  boolean force;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path textPath = root.workingDir().resolve(text);
    Path outPath = root.workingDir().resolve(out);
    String bankId = Optional.ofNullable(id).orElseGet(() -> defaultId(textPath));
    if (!Ids.isValid(bankId)) {
      throw usage(
          "--id: \""
              + TerminalText.id(bankId)
              + "\" is not a valid id: use lowercase letters a–z, digits"
              + " and single dashes (at most "
              + Ids.MAX_LENGTH
              + " characters)");
    }
    String bankTitle = Optional.ofNullable(title).orElseGet(() -> defaultTitle(textPath)).strip();
    if (bankTitle.isEmpty() || bankTitle.chars().anyMatch(Character::isISOControl)) {
      throw usage("--title: a title needs text and no control characters");
    }
    if (OutputTarget.clash(outPath, List.of(textPath)).isPresent()) {
      throw usage(out + " is the text itself: write the bank to another file");
    }
    if (Files.exists(outPath) && !force) {
      err.println("azmoon: " + TerminalText.line(out + ": already exists (--force overwrites it)"));
      return ExitCode.USAGE;
    }
    if (Files.isDirectory(outPath)) {
      throw new StorageException(out + ": is a folder, not a file");
    }
    String content = Origin.file(textPath).readText(size.limit());
    Derivation derivation = Deriver.derive(content, bankId);
    derivation
        .findings()
        .forEach(f -> err.println(TerminalText.line(text + ":" + DeriveReport.line(f))));
    if (derivation.questions().isEmpty()) {
      err.println(
          "azmoon: "
              + TerminalText.line(text + ": no quantity or date to ask for; nothing written"));
      return ExitCode.DATA;
    }
    String source = SourcePlace.place(textPath, content, outPath, bankId + ".txt");
    Bank bank =
        new Bank(
            bankId,
            Text.of(Language.FA, bankTitle),
            Language.FA,
            Optional.of(new Bank.Source(source, "", content)),
            derivation.questions());
    AtomicFile.write(outPath, BankWriter.bank(bank));
    spec.commandLine()
        .getOut()
        .println(TerminalText.line(out + ": " + DeriveReport.summary(bank, derivation)));
    return ExitCode.OK;
  }

  /**
   * The text file's name without its last extension, in lowercase Latin letters and dashes; {@code
   * derived} when that leaves nothing.
   */
  static String defaultId(Path text) {
    // A pipe's name (/dev/fd/63, /dev/stdin) says nothing of the text.
    String name =
        text.getFileName() == null || !Files.isRegularFile(text)
            ? ""
            : text.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String slug =
        Normalizer.normalize(dot > 0 ? name.substring(0, dot) : name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    slug = slug.length() > 40 ? slug.substring(0, 40).replaceAll("-+$", "") : slug;
    return slug.isEmpty() ? "derived" : slug;
  }

  private static String defaultTitle(Path text) {
    String name = text.getFileName() == null ? "" : text.getFileName().toString();
    return ("پیش‌نویس: " + name.replaceAll("\\p{Cc}", "")).strip();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
