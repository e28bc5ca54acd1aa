package app.azmoon.store;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.store.json.Json;
import app.azmoon.store.json.JsonTreeReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Reads a bank file (format {@code azmoon/bank@1}) into a {@link Bank}, or fails with every problem
 * it has, each located by line, column and JSON path. See docs/bank-format.md.
 */
public final class BankReader {
  public static final String FORMAT = "azmoon/bank@1";

  private static final List<String> BANK_FIELDS =
      List.of("format", "id", "title", "language", "source", "questions");
  private static final List<String> COMMON_FIELDS =
      List.of("id", "type", "prompt", "explanation", "quote", "tags", "points");
  private static final Map<Kind, List<String>> KIND_FIELDS =
      Map.of(
          Kind.CHOICE, List.of("choices", "correct", "shuffle", "credits"),
          Kind.TRUEFALSE, List.of("answer"),
          Kind.TEXT, List.of("accept", "reject", "fuzzy", "partial"),
          Kind.NUMERIC, List.of("answer", "tolerance", "min", "max", "unit", "partial"),
          Kind.DATE, List.of("answer"),
          Kind.ORDER, List.of("items"),
          Kind.MATCH, List.of("pairs"),
          Kind.CLOZE, List.of("text", "gaps"));

  /** A question's fields by kind: the common ones, then the kind's own, in this order. */
  private static final Map<Kind, Set<String>> ALLOWED = new EnumMap<>(Kind.class);

  static {
    for (Kind kind : Kind.values()) {
      Set<String> allowed = new LinkedHashSet<>(COMMON_FIELDS);
      allowed.addAll(KIND_FIELDS.get(kind));
      ALLOWED.put(kind, Collections.unmodifiableSet(allowed));
    }
  }

  private final long maxBytes;

  public BankReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** The cap on a bank's size, in bytes. */
  long maxBytes() {
    return maxBytes;
  }

  /**
   * Reads and checks a bank and its source text.
   *
   * @throws InvalidDataException listing every problem, when the bank is not valid
   * @throws StorageException when the file cannot be read at all
   */
  public Bank read(Origin origin) {
    char[] text = origin.readChars(Origin.Limit.bank(maxBytes));
    List<Question> questions = new ArrayList<>();
    Optional<Parse> streamed = stream(origin, text, questions::add);
    return streamed.isPresent()
        ? streamed.get().bank(questions)
        : parse(origin, new String(text), false, id -> true);
  }

  /**
   * {@link #read} without streaming: the whole tree first, then the checks. What {@link #read}
   * falls back on, and the yardstick its tests hold the streamed reading to.
   */
  Bank readWhole(Origin origin) {
    return read(origin, false, id -> true);
  }

  /** What {@code validate} says of a valid bank: its id and how many questions it has. */
  public record Outline(String id, int questions) {}

  /**
   * Checks a bank as {@link #read} does, with the same problems in the same order, keeping no
   * question once it is checked: a big bank costs about the memory of its text, not of its tree.
   *
   * @throws InvalidDataException listing every problem, when the bank is not valid
   * @throws StorageException when the file cannot be read at all
   */
  public Outline check(Origin origin) {
    char[] text = origin.readChars(Origin.Limit.bank(maxBytes));
    int[] count = {0};
    Optional<Parse> streamed = stream(origin, text, question -> count[0]++);
    if (streamed.isPresent()) {
      return new Outline(streamed.get().bank(List.of()).id(), count[0]);
    }
    Bank bank = parse(origin, new String(text), false, id -> true);
    return new Outline(bank.id(), bank.questions().size());
  }

  /**
   * Reads a bank one question at a time, each checked, handed to {@code keep} and dropped, so that
   * its tree is never held whole; empty, and what {@code keep} got is to be dropped, when the text
   * is not plainly valid JSON with the questions last, for {@link #parse} to read it whole.
   *
   * @throws InvalidDataException listing every problem, when the bank is not valid
   */
  private Optional<Parse> stream(Origin origin, char[] text, Consumer<Question> keep) {
    List<Problem> problems = new ArrayList<>();
    Parse parse = new Parse(origin, new Checker(origin.name(), problems), false, id -> true);
    Parse.Questions questions = parse.new Questions(keep);
    if (!JsonTreeReader.stream(origin.name(), text, problems, "questions", questions)) {
      return Optional.empty();
    }
    if (!questions.valid()) {
      throw invalid(problems);
    }
    return Optional.of(parse);
  }

  /**
   * Reads a bank that was fully checked when it was built — the bundled bank, which the build's
   * tests read with {@link #read} — keeping only the questions whose ids {@code wanted} accepts.
   * The checks that cannot change what is read are left out: quotes against the source, unknown
   * fields, options or ids that repeat. A problem it still meets fails as {@link #read} does.
   */
  public Bank readTrusted(Origin origin, Predicate<String> wanted) {
    return read(origin, true, wanted);
  }

  /**
   * One question of a trusted bank in {@code language}, read from its own JSON text (taken out of
   * the bank by the bundled bank's index): what a run needs without reading the others.
   */
  Question readTrustedQuestion(Origin origin, String text, Language language) {
    List<Problem> problems = new ArrayList<>();
    Json json = JsonTreeReader.read(origin.name(), text, problems);
    Parse parse = new Parse(origin, new Checker(origin.name(), problems), true, id -> true);
    parse.language = language;
    Optional<Question> question = parse.question(json, Optional.empty());
    if (!problems.isEmpty() || question.isEmpty()) {
      throw new InvalidDataException(
          problems.isEmpty() ? List.of(Problem.ofFile(origin.name(), "not a question")) : problems);
    }
    return question.get();
  }

  private Bank read(Origin origin, boolean trusted, Predicate<String> wanted) {
    return parse(origin, origin.readText(Origin.Limit.bank(maxBytes)), trusted, wanted);
  }

  private Bank parse(Origin origin, String text, boolean trusted, Predicate<String> wanted) {
    List<Problem> problems = new ArrayList<>();
    Json root = JsonTreeReader.read(origin.name(), text, problems);
    Checker checker = new Checker(origin.name(), problems);
    Optional<Bank> bank = new Parse(origin, checker, trusted, wanted).bank(root);
    if (!problems.isEmpty() || bank.isEmpty()) {
      throw invalid(problems);
    }
    return bank.get();
  }

  private static InvalidDataException invalid(List<Problem> problems) {
    problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
    return new InvalidDataException(problems);
  }

  /** One bank's reading: its checker and what the questions need from the bank's header. */
  private final class Parse {
    private final Origin origin;
    private final Checker check;
    private final boolean trusted;
    private final Predicate<String> wanted;
    private Language language = Language.FA;
    private String collapsedFrom;
    private String collapsed;
    private Boolean mentionsSource;
    private Optional<String> id;
    private Optional<Text> title;
    private Optional<Optional<Bank.Source>> source;

    /** The kind-specific fields, read in the bank's language (known once the header is read). */
    private KindReader kinds() {
      return new KindReader(check, language, trusted);
    }

    Parse(Origin origin, Checker check, boolean trusted, Predicate<String> wanted) {
      this.origin = origin;
      this.check = check;
      this.trusted = trusted;
      this.wanted = wanted;
    }

    Optional<Bank> bank(Json root) {
      Optional<Json.Obj> maybe = check.object(root);
      if (maybe.isEmpty() || !header(maybe.get())) {
        return Optional.empty();
      }
      Json.Obj obj = maybe.get();
      Optional<List<Question>> questions =
          check.list(
              trusted ? narrowed(obj) : obj,
              "questions",
              true,
              trusted ? 0 : 1,
              q -> question(q, sourceText()));
      if (!trusted) {
        duplicateIds(obj);
      }
      return questions.filter(q -> valid()).map(this::bank);
    }

    /**
     * Checks the bank's fields but its questions, and keeps what the questions need; false when the
     * format is not this reader's, and nothing more is to be judged.
     */
    private boolean header(Json.Obj obj) {
      if (!trusted) {
        check.onlyKeys(obj, BANK_FIELDS, "a bank");
      }
      if (!check.format(obj, FORMAT)) {
        return false;
      }
      id = check.string(obj, "id", true).filter(i -> validId(obj, "id", i));
      check
          .string(obj, "language", false)
          .ifPresent(
              code ->
                  Language.fromCode(code)
                      .ifPresentOrElse(
                          l -> language = l,
                          () ->
                              check.report(
                                  obj.members().get("language").value().where(),
                                  "unknown language \""
                                      + code
                                      + "\" (expected \"fa\" or \"en\")")));
      title = check.text(obj, "title", true, language);
      source = source(obj);
      return true;
    }

    /** The text quotes are checked against, once the header is read. */
    private Optional<String> sourceText() {
      return source.flatMap(s -> s).map(Bank.Source::text);
    }

    /** Whether nothing but the questions stands in the way of the bank (header read). */
    private boolean valid() {
      return check.problems().isEmpty()
          && id.isPresent()
          && title.isPresent()
          && source.isPresent();
    }

    private Bank bank(List<Question> questions) {
      return new Bank(id.get(), title.get(), language, source.get(), questions);
    }

    /** The questions as they are read one by one: each checked, handed on, and dropped. */
    final class Questions implements JsonTreeReader.ListSink {
      private final Consumer<Question> keep;
      private final Map<String, Integer> firstLines = new HashMap<>();
      private Json.Arr list;
      private boolean headerRead;
      private boolean allRead = true;

      Questions(Consumer<Question> keep) {
        this.keep = keep;
      }

      @Override
      public void begin(Json.Obj before, Json.Arr list) {
        this.list = list;
        headerRead = header(before);
      }

      @Override
      public void item(Json item) {
        if (!headerRead) {
          return;
        }
        Optional<Question> question = question(item, sourceText());
        allRead &= question.isPresent();
        question.ifPresent(keep);
        duplicateId(item, firstLines);
      }

      @Override
      public void end(int count) {
        if (headerRead) {
          allRead &= check.longEnough(list, "questions", 1, count);
        }
      }

      /** Whether the bank read has no problem: {@link Parse#bank(List)} may be called. */
      boolean valid() {
        return headerRead && allRead && Parse.this.valid();
      }
    }

    /** The bank with only the questions wanted, found by their ids without reading them. */
    private Json.Obj narrowed(Json.Obj bank) {
      Json.Member questions = bank.members().get("questions");
      if (questions == null || !(questions.value() instanceof Json.Arr all)) {
        return bank;
      }
      List<Json> kept = new ArrayList<>();
      for (Json item : all.items()) {
        Json.Member id = item instanceof Json.Obj q ? q.members().get("id") : null;
        if (id != null && id.value() instanceof Json.Str s && wanted.test(s.value())) {
          kept.add(item);
        }
      }
      Map<String, Json.Member> members = new LinkedHashMap<>(bank.members());
      members.put(
          "questions",
          new Json.Member(questions.name(), questions.where(), new Json.Arr(all.where(), kept)));
      return new Json.Obj(bank.where(), members);
    }

    /** Empty when the source is declared but bad; present-but-empty when there is none. */
    private Optional<Optional<Bank.Source>> source(Json.Obj bank) {
      Optional<Json> field = check.field(bank, "source", false);
      if (field.isEmpty()) {
        return bank.members().containsKey("source")
            ? Optional.empty()
            : Optional.of(Optional.empty());
      }
      Optional<Json.Obj> obj = check.object(field.get());
      if (obj.isEmpty()) {
        return Optional.empty();
      }
      check.onlyKeys(obj.get(), List.of("path", "attribution"), "a source");
      Optional<String> path = check.string(obj.get(), "path", true);
      Optional<String> attribution = check.string(obj.get(), "attribution", false);
      if (path.isEmpty()) {
        return Optional.empty();
      }
      Json.Where pathWhere = obj.get().members().get("path").value().where();
      Optional<Origin> file = origin.sibling(path.get());
      if (file.isEmpty()) {
        check.report(
            pathWhere,
            "the source must be a relative path inside the bank's folder, without \"..\"");
        return Optional.empty();
      }
      try {
        String text = file.get().readText(Origin.Limit.bank(maxBytes));
        return Optional.of(Optional.of(new Bank.Source(path.get(), attribution.orElse(""), text)));
      } catch (InvalidDataException | StorageException e) {
        check.report(pathWhere, "the source text cannot be used: " + e.getMessage());
        return Optional.empty();
      }
    }

    private Optional<Question> question(Json value, Optional<String> sourceText) {
      Optional<Json.Obj> maybe = check.object(value);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Json.Obj obj = maybe.get();
      Optional<Kind> kind =
          check
              .string(obj, "type", true)
              .flatMap(
                  code -> {
                    Optional<Kind> found = Kind.fromCode(code);
                    if (found.isEmpty()) {
                      check.report(
                          obj.members().get("type").value().where(),
                          "unknown question type \""
                              + code
                              + "\" (expected one of "
                              + String.join(", ", Stream.of(Kind.values()).map(Kind::code).toList())
                              + ")");
                    }
                    return found;
                  });
      if (!trusted) {
        kind.ifPresent(k -> onlyKindKeys(obj, k));
      }
      Optional<Info> info = info(obj, sourceText);
      // The kind's fields are read even when the common ones are bad, to report all problems.
      Optional<Function<Info, Question>> body = kind.flatMap(k -> kinds().body(obj, k));
      if (info.isEmpty() || body.isEmpty()) {
        return Optional.empty();
      }
      try {
        return Optional.of(body.get().apply(info.get()));
      } catch (IllegalArgumentException e) {
        // What only the whole question can tell: weights that do not add up, a gap's answer
        // missing from its options.
        check.report(obj.where(), e.getMessage());
        return Optional.empty();
      }
    }

    private void onlyKindKeys(Json.Obj obj, Kind kind) {
      Set<String> allowed = ALLOWED.get(kind);
      for (Json.Member member : obj.members().values()) {
        if (allowed.contains(member.name())) {
          continue;
        }
        if (KIND_FIELDS.values().stream().anyMatch(f -> f.contains(member.name()))) {
          check.report(
              member.where(),
              "field \"" + member.name() + "\" does not belong to a " + kind.code() + " question");
        } else {
          check.unknownKey(member, allowed, "a " + kind.code() + " question");
        }
      }
    }

    private Optional<Info> info(Json.Obj obj, Optional<String> sourceText) {
      Optional<String> id = check.string(obj, "id", true).filter(i -> validId(obj, "id", i));
      Optional<Text> prompt = check.text(obj, "prompt", true, language);
      Optional<Json> explanationField = check.field(obj, "explanation", false);
      Optional<Text> explanation = explanationField.flatMap(v -> check.text(v, language));
      Optional<String> quote = check.string(obj, "quote", false);
      boolean quoteOk = trusted || quote.map(q -> quoteInSource(obj, q, sourceText)).orElse(true);
      Optional<List<String>> tags =
          check.list(obj, "tags", false, 0, v -> check.string(v).filter(t -> validTag(v, t)));
      if (!trusted) {
        tags.ifPresent(t -> kinds().distinct(obj, "tags", t));
      }
      Optional<BigDecimal> points = check.number(obj, "points", false);
      boolean pointsOk = points.map(p -> positive(obj, "points", p)).orElse(true);
      boolean tagsOk = tags.isPresent() || !obj.members().containsKey("tags");
      boolean explanationOk = explanationField.isEmpty() || explanation.isPresent();
      if (id.isEmpty() || prompt.isEmpty() || !quoteOk || !pointsOk || !tagsOk || !explanationOk) {
        return Optional.empty();
      }
      return Optional.of(
          new Info(
              id.get(),
              prompt.get(),
              explanation,
              quote,
              tags.orElse(List.of()),
              points.map(BigDecimal::doubleValue).orElse(1.0)));
    }

    private boolean validId(Json.Obj obj, String key, String id) {
      if (Ids.isValid(id)) {
        return true;
      }
      check.report(
          obj.members().get(key).value().where(),
          "\""
              + id
              + "\" is not a valid id: use lowercase letters a–z, digits and single dashes"
              + " (at most "
              + Ids.MAX_LENGTH
              + " characters)");
      return false;
    }

    private boolean validTag(Json value, String tag) {
      if (Ids.isValid(tag)) {
        return true;
      }
      check.report(
          value.where(),
          "\"" + tag + "\" is not a valid tag: use lowercase a–z, digits and dashes");
      return false;
    }

    private boolean positive(Json.Obj obj, String key, BigDecimal value) {
      if (value.signum() > 0) {
        return true;
      }
      check.report(obj.members().get(key).value().where(), "\"" + key + "\" must be more than 0");
      return false;
    }

    private boolean quoteInSource(Json.Obj obj, String quote, Optional<String> sourceText) {
      Json.Where where = obj.members().get("quote").value().where();
      if (sourceText.isEmpty()) {
        if (!problemsMentionSource()) {
          check.report(where, "a quote needs the bank's \"source\" text to be checked against");
        }
        return false;
      }
      String source = collapsedSource(sourceText.get());
      String wanted = collapseSpace(quote);
      if (source.contains(wanted)) {
        return true;
      }
      check.report(
          where,
          "the quote is not in the source text (quotes must be copied verbatim from it): "
              + QuoteMismatch.describe(wanted, source));
      return false;
    }

    /** The source with its white space collapsed, once per bank rather than once per quote. */
    private String collapsedSource(String text) {
      if (collapsedFrom != text) {
        collapsed = collapseSpace(text);
        collapsedFrom = text;
      }
      return collapsed;
    }

    /**
     * Whether a problem with the source is reported. Asked while the questions are read, after the
     * bank's fields: once is enough, since no question's problem is about the source.
     */
    private boolean problemsMentionSource() {
      if (mentionsSource == null) {
        mentionsSource = check.problems().stream().anyMatch(p -> p.path().startsWith("$.source"));
      }
      return mentionsSource;
    }

    private void duplicateIds(Json.Obj bank) {
      Json.Member questions = bank.members().get("questions");
      if (questions == null || !(questions.value() instanceof Json.Arr arr)) {
        return;
      }
      Map<String, Integer> firstLines = new HashMap<>();
      for (Json item : arr.items()) {
        duplicateId(item, firstLines);
      }
    }

    /** Reports {@code item}'s id if an earlier question (its line in {@code firstLines}) has it. */
    private void duplicateId(Json item, Map<String, Integer> firstLines) {
      if (item instanceof Json.Obj q
          && q.members().containsKey("id")
          && q.members().get("id").value() instanceof Json.Str s) {
        Integer earlier = firstLines.putIfAbsent(s.value(), s.where().line());
        if (earlier != null) {
          check.report(
              s.where(),
              "duplicate question id \"" + s.value() + "\" (first used at line " + earlier + ")");
        }
      }
    }
  }

  /**
   * Stripped, and each run of what a regex's {@code \s} matches (space, tab, line feed, vertical
   * tab, form feed, carriage return) one space.
   */
  static String collapseSpace(String s) {
    String stripped = s.strip();
    StringBuilder out = new StringBuilder(stripped.length());
    boolean inSpace = false;
    for (int i = 0; i < stripped.length(); i++) {
      char c = stripped.charAt(i);
      boolean space = c == ' ' || (c >= '\t' && c <= '\r');
      if (!space) {
        out.append(c);
      } else if (!inSpace) {
        out.append(' ');
      }
      inSpace = space;
    }
    return out.toString();
  }
}
