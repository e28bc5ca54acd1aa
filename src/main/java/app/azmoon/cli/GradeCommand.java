package app.azmoon.cli;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Language;
import app.azmoon.engine.Asked;
import app.azmoon.engine.ClassReport;
import app.azmoon.engine.DrillResult;
import app.azmoon.engine.DrillSpec;
import app.azmoon.engine.Judge;
import app.azmoon.engine.Planner;
import app.azmoon.engine.Selection;
import app.azmoon.engine.Submission;
import app.azmoon.engine.Summary;
import app.azmoon.i18n.Messages;
import app.azmoon.script.DrillRunner;
import app.azmoon.script.GradeText;
import app.azmoon.store.AnswerSheets;
import app.azmoon.store.AtomicFile;
import app.azmoon.store.BankCatalog;
import app.azmoon.store.DrillSpecReader;
import app.azmoon.store.InvalidDataException;
import app.azmoon.store.Origin;
import app.azmoon.store.OutputTarget;
import app.azmoon.store.Problem;
import app.azmoon.store.Reports;
import app.azmoon.store.StorageException;
import app.azmoon.text.Escapes;
import app.azmoon.text.TerminalText;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Grades a whole class: one answers file per student, a gradebook, an item analysis. */
@Command(
    name = "grade",
    mixinStandardHelpOptions = true,
    description = {
      "Grades each ANSWER_FILE (one student each; the name is the file name without extension,"
          + " or a first line '# name: …') against the drill spec.",
      "Writes DIR/gradebook.csv, DIR/items.csv and DIR/reports/NAME.json, and prints the class's"
          + " mean, median, pass rate, a histogram and the hardest questions.",
      "Every file is a row of the gradebook with its status: graded, empty (no answer in it:"
          + " graded 0, with a warning), unreadable or invalid (not graded, with the reason).",
      "Exits 0 when every file was graded, 65 when a file could not be (the others are still"
          + " graded and reported)."
    })
final class GradeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Mixin StoreOptions store;

  @Option(names = "--spec", paramLabel = "SPEC", required = true, description = "The drill spec.")
  Path specFile;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      required = true,
      description = "Where to write the gradebook, items and reports.")
  Path outDir;

  @Mixin DisplayOptions display;

  @Parameters(
      paramLabel = "ANSWER_FILE",
      arity = "1..*",
      description = "One answers file per student.")
  List<Path> files;

  @Override
  public Integer call() {
    DrillSpec drill = DrillSpecReader.read(specFile);
    BankCatalog catalog = store.catalog(root);
    List<Bank> banks = SelectionOptions.specBanks(catalog, drill);
    // The spec's selection with no option to override it: the same rules as drill.
    Selection selection = new SelectionOptions().selection(Optional.of(drill));
    long seed = selection.seed();
    List<Asked> plan = Planner.plan(banks, selection, new Random(seed));
    if (plan.isEmpty()) {
      throw new InvalidDataException(
          Problem.ofFile(specFile.toString(), "no question matches the spec's bank and tags"));
    }
    Messages messages = new Messages(display.language(banks.get(0).language()));
    PrintWriter err = spec.commandLine().getErr();
    List<Submission> submissions = new ArrayList<>();
    Set<String> names = new HashSet<>();
    Progress progress = new Progress(err, root.console().errIsTerminal() && files.size() > 1);
    Student student =
        new Student(drill, seed, banks.stream().map(Bank::id).toList(), plan.size(), names);
    List<DrillResult> results;
    // Students are independent: their sheets are graded on every core, with one judge that
    // remembers each answer's verdict for all of them, and taken in the files' order.
    Judge judge = Judge.remembering(plan, messages.language());
    try (Workers workers = Workers.forTasks(files.size())) {
      List<Future<Graded>> graded =
          workers.start(files, file -> grade(file, plan, judge, messages.language(), seed));
      for (int i = 0; i < files.size(); i++) {
        progress.show(i + 1, files.size());
        submissions.add(student.submission(Workers.get(graded.get(i)), progress));
      }
      progress.clear();
      results = submissions.stream().flatMap(s -> s.result().stream()).toList();
      ClassReport report = new ClassReport(results);
      // Every file this run writes, checked against every file it read before one is written.
      Map<Path, String> writes = new LinkedHashMap<>();
      // A byte-order mark: spreadsheet programs then read the Persian in these files as UTF-8.
      writes.put(outDir.resolve("gradebook.csv"), "\uFEFF" + Reports.gradebook(submissions));
      writes.put(outDir.resolve("items.csv"), "\uFEFF" + Reports.items(report));
      Map<Path, DrillResult> reports = reportFiles(results, writes.keySet());
      List<Path> inputs = new ArrayList<>(catalog.files());
      inputs.add(specFile);
      inputs.addAll(files);
      Function<Path, Optional<Path>> clashes = OutputTarget.clashes(inputs);
      Stream.concat(writes.keySet().stream(), reports.keySet().stream())
          .forEach(out -> Outputs.refuse("--out", out, clashes));
      writes.forEach(AtomicFile::write);
      writeReports(reports, workers);
      GradeText text = new GradeText(messages);
      List<String> lines = new ArrayList<>(results.isEmpty() ? List.of() : text.summary(report));
      lines.add(text.files(submissions));
      Printer printer = display.printer(root, spec.commandLine().getOut());
      printer.lines(lines);
      printer.flush();
    }
    return submissions.stream().allMatch(s -> s.status().graded()) ? ExitCode.OK : ExitCode.DATA;
  }

  /** One file's sheet and its marks, or why it could not be read. */
  private record Graded(
      Path file,
      Optional<AnswerSheets.Sheet> sheet,
      Optional<Summary> summary,
      RuntimeException error) {}

  /** Reads and marks one file; run on any core. */
  private static Graded grade(
      Path file, List<Asked> plan, Judge judge, Language language, long seed) {
    try {
      AnswerSheets.Sheet sheet = AnswerSheets.read(Origin.file(file));
      Summary summary =
          DrillRunner.run(
              plan, sheet.answers(), language, InstantSource.system(), new Random(seed), judge);
      return new Graded(file, Optional.of(sheet), Optional.of(summary), null);
    } catch (InvalidDataException | StorageException e) {
      return new Graded(file, Optional.empty(), Optional.empty(), e);
    }
  }

  /**
   * What makes a graded file a row of the gradebook, taken in the files' order: the student's name,
   * told apart from the names before it, and the warnings about the file.
   */
  private record Student(
      DrillSpec drill, long seed, List<String> bankIds, int questions, Set<String> names) {
    Submission submission(Graded graded, Progress progress) {
      Path file = graded.file();
      if (graded.error() != null) {
        RuntimeException e = graded.error();
        warn(List.of(e.getMessage().lines().findFirst().orElse("")), progress, progress.err());
        return notGraded(file, e);
      }
      AnswerSheets.Sheet sheet = graded.sheet().orElseThrow();
      warn(warnings(sheet, questions), progress, progress.err());
      DrillResult result =
          new DrillResult(
              drill.title(),
              seed,
              bankIds,
              Optional.of(unique(sheet.name().orElse(baseName(file)), names)),
              drill.pass().orElse(0),
              graded.summary().orElseThrow());
      return new Submission(
          file.toString(),
          result.student().orElseThrow(),
          sheet.empty() ? Submission.Status.EMPTY : Submission.Status.GRADED,
          Optional.of(result),
          sheet.empty() ? NO_ANSWER : "");
    }
  }

  /**
   * Each student's report file, {@code reports/NAME.json}, the names chosen in order and apart from
   * the {@code taken} ones.
   */
  private Map<Path, DrillResult> reportFiles(List<DrillResult> results, Set<Path> taken) {
    Map<Path, DrillResult> reports = new LinkedHashMap<>();
    int n = 0;
    for (DrillResult r : results) {
      n++;
      Path file = reportFile(r.student().orElseThrow(), n);
      if (taken.contains(file) || reports.containsKey(file)) {
        file = outDir.resolve("reports").resolve("student-" + n + ".json"); // "a/b" and "a_b"
      }
      reports.put(file, r);
    }
    return reports;
  }

  /**
   * The students' reports, written on every core (each write waits on the disk); the first failure,
   * in order, is thrown.
   */
  private static void writeReports(Map<Path, DrillResult> reports, Workers workers) {
    List<Future<Boolean>> writes =
        workers.start(
            List.copyOf(reports.entrySet()),
            report -> {
              AtomicFile.write(report.getKey(), Reports.json(report.getValue()));
              return true;
            });
    writes.forEach(Workers::get);
  }

  /**
   * "grading 3/30" on a terminal's standard error, rewritten in place and erased when done, so that
   * only the summary stays; nothing at all when standard error is a pipe or a file, where a counter
   * would be noise in a log.
   */
  record Progress(PrintWriter err, boolean shown) {
    /** No counter: for a single sheet, or standard error that is not a terminal. */
    static Progress none(PrintWriter err) {
      return new Progress(err, false);
    }

    void show(int n, int of) {
      if (shown) {
        err.printf("\rgrading %d/%d", n, of);
        err.flush();
      }
    }

    /** Erases the counter's line: back to its start, then clear to the end of the line. */
    void clear() {
      if (shown) {
        err.print("\r\u001b[K");
        err.flush();
      }
    }
  }

  private static final String NO_ANSWER = "no answer in the file: every question scores 0";

  /**
   * A file that could not be graded, with the reason in words (the file has a column of its own).
   */
  private static Submission notGraded(Path file, RuntimeException e) {
    String reason;
    Submission.Status status;
    if (e instanceof InvalidDataException invalid) {
      Problem p = invalid.problems().get(0);
      reason = p.line() > 0 ? "line " + p.line() + ": " + p.message() : p.message();
      status = Submission.Status.INVALID;
    } else {
      String prefix = file + ": ";
      String message = e.getMessage();
      reason = message.startsWith(prefix) ? message.substring(prefix.length()) : message;
      status = Submission.Status.UNREADABLE;
    }
    return new Submission(file.toString(), baseName(file), status, Optional.empty(), reason);
  }

  /**
   * What is odd about a sheet, said on stderr while grading goes on: no answer at all (most likely
   * the wrong file), or answers past the last question (most likely a sheet off by one).
   */
  static List<String> warnings(AnswerSheets.Sheet sheet, int questions) {
    List<String> out = new ArrayList<>();
    List<String> answers = sheet.answers();
    if (sheet.empty()) {
      out.add(sheet.source() + ": " + NO_ANSWER);
    }
    int extra = answers.size() - questions;
    if (extra > 0
        && answers.subList(questions, answers.size()).stream().anyMatch(a -> !a.isBlank())) {
      out.add(
          sheet.source()
              + ": "
              + extra
              + " line(s) after the last question ("
              + questions
              + ") were ignored");
    }
    return out;
  }

  /** Each on a line of its own, the progress counter (if any) erased first. */
  static void warn(List<String> warnings, Progress progress, PrintWriter err) {
    if (!warnings.isEmpty()) {
      progress.clear(); // a warning gets a line of its own; the counter comes back at the next file
    }
    warnings.forEach(w -> err.println("azmoon: " + TerminalText.line(w)));
    err.flush();
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Two students of the same name are told apart as "name", "name-2", … */
  private static String unique(String name, Set<String> taken) {
    String candidate = name;
    for (int n = 2; !taken.add(candidate); n++) {
      candidate = name + "-" + n;
    }
    return candidate;
  }

  /**
   * {@code reports/NAME.json}; where the file system cannot spell the name (a Persian name under a
   * non-UTF-8 locale), {@code reports/student-N.json}. The report inside names the student either
   * way.
   */
  private Path reportFile(String student, int n) {
    Path reports = outDir.resolve("reports");
    try {
      return reports.resolve(safeFileName(student) + ".json");
    } catch (java.nio.file.InvalidPathException e) {
      return reports.resolve("student-" + n + ".json");
    }
  }

  /**
   * A name as a file name: no folders, no hidden files, nothing a file system refuses, and no
   * control, bidi control or other invisible format character (a name ending in U+202E would show
   * {@code NAME.json} as {@code NAME.nosj}); ZWNJ and ZWJ stay, Persian names need them.
   */
  static String safeFileName(String name) {
    StringBuilder visible = new StringBuilder(name.length());
    name.codePoints().forEach(c -> visible.appendCodePoint(invisible(c) ? '_' : c));
    String safe = visible.toString().replaceAll("[/\\\\:*?\"<>|]", "_").strip();
    return safe.isEmpty() || safe.startsWith(".") ? "_" + safe : safe;
  }

  private static boolean invisible(int c) {
    return (c <= 0xFFFF && Escapes.isControl((char) c))
        || (Character.getType(c) == Character.FORMAT && c != 0x200C && c != 0x200D);
  }
}
