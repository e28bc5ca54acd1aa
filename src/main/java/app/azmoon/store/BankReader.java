package app.azmoon.store;

import app.azmoon.domain.answer.Normalization;
import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Ids;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.store.json.Json;
import app.azmoon.store.json.JsonTreeReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
          Kind.CHOICE, List.of("choices", "correct", "shuffle"),
          Kind.TRUEFALSE, List.of("answer"),
          Kind.TEXT, List.of("accept", "reject", "fuzzy"),
          Kind.NUMERIC, List.of("answer", "tolerance", "min", "max", "unit"),
          Kind.DATE, List.of("answer"),
          Kind.ORDER, List.of("items"),
          Kind.MATCH, List.of("pairs"),
          Kind.CLOZE, List.of("text"));
  private static final int MAX_CHOICES = 10;

  private final long maxBytes;

  public BankReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * Reads and checks a bank and its source text.
   *
   * @throws InvalidDataException listing every problem, when the bank is not valid
   * @throws StorageException when the file cannot be read at all
   */
  public Bank read(Origin origin) {
    String text = origin.readText(maxBytes);
    List<Problem> problems = new ArrayList<>();
    Json root = JsonTreeReader.read(origin.name(), text, problems);
    Optional<Bank> bank = new Parse(origin, new Checker(origin.name(), problems)).bank(root);
    if (!problems.isEmpty() || bank.isEmpty()) {
      problems.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new InvalidDataException(problems);
    }
    return bank.get();
  }

  /** One bank's reading: its checker and what the questions need from the bank's header. */
  private final class Parse {
    private final Origin origin;
    private final Checker check;
    private Language language = Language.FA;

    Parse(Origin origin, Checker check) {
      this.origin = origin;
      this.check = check;
    }

    Optional<Bank> bank(Json root) {
      Optional<Json.Obj> maybe = check.object(root);
      if (maybe.isEmpty()) {
        return Optional.empty();
      }
      Json.Obj obj = maybe.get();
      check.onlyKeys(obj, BANK_FIELDS, "a bank");
      Optional<String> format = check.string(obj, "format", true);
      if (format.isPresent() && !format.get().equals(FORMAT)) {
        check.report(
            obj.members().get("format").value().where(),
            "unsupported format \"" + format.get() + "\" (expected \"" + FORMAT + "\")");
        return Optional.empty();
      }
      Optional<String> id = check.string(obj, "id", true).filter(i -> validId(obj, "id", i));
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
      Optional<Text> title = check.text(obj, "title", true, language);
      Optional<Optional<Bank.Source>> source = source(obj);
      Optional<List<Question>> questions =
          check.list(
              obj,
              "questions",
              true,
              1,
              q -> question(q, source.flatMap(s -> s).map(Bank.Source::text)));
      duplicateIds(obj);
      if (!check.problems().isEmpty()
          || id.isEmpty()
          || title.isEmpty()
          || source.isEmpty()
          || questions.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new Bank(id.get(), title.get(), language, source.get(), questions.get()));
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
        String text = file.get().readText(maxBytes);
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
      kind.ifPresent(k -> onlyKindKeys(obj, k));
      Optional<Info> info = info(obj, sourceText);
      // The kind's fields are read even when the common ones are bad, to report all problems.
      Optional<Function<Info, Question>> body = kind.flatMap(k -> body(obj, k));
      return info.flatMap(i -> body.map(b -> b.apply(i)));
    }

    private void onlyKindKeys(Json.Obj obj, Kind kind) {
      List<String> allowed = new ArrayList<>(COMMON_FIELDS);
      allowed.addAll(KIND_FIELDS.get(kind));
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
      boolean quoteOk = quote.map(q -> quoteInSource(obj, q, sourceText)).orElse(true);
      Optional<List<String>> tags =
          check.list(obj, "tags", false, 0, v -> check.string(v).filter(t -> validTag(v, t)));
      tags.ifPresent(t -> distinct(obj, "tags", t));
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

    /** Reads a kind's own fields into a question waiting only for its common fields. */
    private Optional<Function<Info, Question>> body(Json.Obj obj, Kind kind) {
      return switch (kind) {
        case CHOICE -> choice(obj);
        case TRUEFALSE ->
            required(obj, "answer")
                .flatMap(
                    v -> {
                      if (v instanceof Json.Bool b) {
                        return Optional.of(info -> new Question.TrueFalse(info, b.value()));
                      }
                      check.report(v.where(), "expected true or false, found " + v.describe());
                      return Optional.empty();
                    });
        case TEXT -> {
          Optional<List<String>> accept = check.list(obj, "accept", true, 1, check::string);
          Optional<List<String>> reject = check.list(obj, "reject", false, 0, check::string);
          Optional<Boolean> fuzzy = check.bool(obj, "fuzzy");
          boolean rejectOk =
              reject.isPresent()
                  ? acceptNotRejected(obj, accept, reject.get())
                  : !obj.members().containsKey("reject");
          yield accept.isEmpty() || !rejectOk
              ? Optional.empty()
              : Optional.of(
                  info ->
                      new Question.Typed(
                          info, accept.get(), reject.orElse(List.of()), fuzzy.orElse(true)));
        }
        case NUMERIC -> numeric(obj);
        case DATE ->
            check
                .string(obj, "answer", true)
                .flatMap(
                    s -> {
                      Optional<PartialDate> date = PartialDate.parse(s);
                      if (date.isEmpty()) {
                        check.report(
                            obj.members().get("answer").value().where(),
                            "\"" + s + "\" is not a date written YYYY, YYYY-MM or YYYY-MM-DD");
                      }
                      return date.map(d -> info -> new Question.Dated(info, d));
                    });
        case ORDER ->
            check
                .list(obj, "items", true, 2, v -> check.text(v, language))
                .filter(items -> distinctTexts(obj, "items", items))
                .map(items -> info -> new Question.Order(info, items));
        case MATCH ->
            check
                .list(obj, "pairs", true, 2, this::pair)
                .filter(
                    pairs ->
                        distinctTexts(
                            obj, "pairs", pairs.stream().map(Question.Pair::left).toList()))
                .filter(
                    pairs ->
                        distinctTexts(
                            obj, "pairs", pairs.stream().map(Question.Pair::right).toList()))
                .map(pairs -> info -> new Question.Match(info, pairs));
        case CLOZE ->
            check
                .string(obj, "text", true)
                .flatMap(
                    s -> {
                      try {
                        ClozeText text = ClozeText.parse(s);
                        return Optional.of(info -> new Question.Cloze(info, text));
                      } catch (IllegalArgumentException e) {
                        check.report(obj.members().get("text").value().where(), e.getMessage());
                        return Optional.empty();
                      }
                    });
      };
    }

    /** An answer both accepted and rejected (as Azmoon compares answers) is a contradiction. */
    private boolean acceptNotRejected(
        Json.Obj obj, Optional<List<String>> accept, List<String> reject) {
      Set<String> accepted = new HashSet<>();
      accept.orElse(List.of()).forEach(a -> accepted.add(Normalization.key(a)));
      for (String r : reject) {
        if (accepted.contains(Normalization.key(r))) {
          check.report(
              obj.members().get("reject").value().where(),
              "\"" + r + "\" is both accepted and rejected");
          return false;
        }
      }
      return true;
    }

    private Optional<Function<Info, Question>> choice(Json.Obj obj) {
      Optional<List<Text>> choices =
          check.list(obj, "choices", true, 2, v -> check.text(v, language));
      Optional<List<Integer>> correct = check.list(obj, "correct", true, 1, this::index);
      Optional<Boolean> shuffle = check.bool(obj, "shuffle");
      if (choices.isPresent() && choices.get().size() > MAX_CHOICES) {
        check.report(
            obj.members().get("choices").value().where(),
            "at most " + MAX_CHOICES + " choices, found " + choices.get().size());
        return Optional.empty();
      }
      if (choices.isEmpty() || correct.isEmpty() || !distinctTexts(obj, "choices", choices.get())) {
        return Optional.empty();
      }
      Json.Arr indices = (Json.Arr) obj.members().get("correct").value();
      Set<Integer> seen = new HashSet<>();
      boolean ok = true;
      for (int i = 0; i < correct.get().size(); i++) {
        int index = correct.get().get(i);
        Json.Where where = indices.items().get(i).where();
        if (index >= choices.get().size()) {
          check.report(
              where,
              "index "
                  + index
                  + " is out of range: the question has "
                  + choices.get().size()
                  + " choices, numbered from 0 to "
                  + (choices.get().size() - 1));
          ok = false;
        } else if (!seen.add(index)) {
          check.report(where, "index " + index + " is listed twice");
          ok = false;
        }
      }
      return ok
          ? Optional.of(
              info -> new Question.Choice(info, choices.get(), seen, shuffle.orElse(true)))
          : Optional.empty();
    }

    private Optional<Function<Info, Question>> numeric(Json.Obj obj) {
      Optional<BigDecimal> answer = check.number(obj, "answer", true);
      Optional<BigDecimal> tolerance = check.number(obj, "tolerance", false);
      Optional<BigDecimal> min = check.number(obj, "min", false);
      Optional<BigDecimal> max = check.number(obj, "max", false);
      Optional<Json> unitField = check.field(obj, "unit", false);
      Optional<Text> unit = unitField.flatMap(v -> check.text(v, language));
      if (answer.isEmpty() || (unitField.isPresent() && unit.isEmpty())) {
        return Optional.empty();
      }
      if (tolerance.isPresent() && (min.isPresent() || max.isPresent())) {
        check.report(obj.where(), "give \"tolerance\" or \"min\" and \"max\", not both");
        return Optional.empty();
      }
      if (min.isPresent() != max.isPresent()) {
        check.report(obj.where(), "\"min\" and \"max\" go together: give both or neither");
        return Optional.empty();
      }
      BigDecimal low = answer.get();
      BigDecimal high = answer.get();
      if (tolerance.isPresent()) {
        if (tolerance.get().signum() < 0) {
          check.report(
              obj.members().get("tolerance").value().where(), "tolerance cannot be negative");
          return Optional.empty();
        }
        low = low.subtract(tolerance.get());
        high = high.add(tolerance.get());
      } else if (min.isPresent()) {
        low = min.get();
        high = max.get();
        if (low.compareTo(answer.get()) > 0 || high.compareTo(answer.get()) < 0) {
          check.report(
              obj.members().get("answer").value().where(),
              "the answer " + answer.get() + " lies outside min " + low + " and max " + high);
          return Optional.empty();
        }
      }
      BigDecimal lowest = low;
      BigDecimal highest = high;
      return Optional.of(info -> new Question.Numeric(info, answer.get(), lowest, highest, unit));
    }

    private Optional<Question.Pair> pair(Json value) {
      if (!(value instanceof Json.Arr arr) || arr.items().size() != 2) {
        check.report(value.where(), "a pair is a list of two texts: [left, right]");
        return Optional.empty();
      }
      Optional<Text> left = check.text(arr.items().get(0), language);
      Optional<Text> right = check.text(arr.items().get(1), language);
      return left.isPresent() && right.isPresent()
          ? Optional.of(new Question.Pair(left.get(), right.get()))
          : Optional.empty();
    }

    private Optional<Integer> index(Json value) {
      if (!(value instanceof Json.Num)) {
        check.report(
            value.where(), "expected a choice index (0, 1, 2…), found " + value.describe());
        return Optional.empty();
      }
      return check
          .number(value)
          .flatMap(
              n -> {
                if (n.signum() >= 0
                    && n.stripTrailingZeros().scale() <= 0
                    && n.compareTo(BigDecimal.valueOf(1000)) < 0) {
                  return Optional.of(n.intValue());
                }
                check.report(value.where(), "expected a choice index (0, 1, 2…), found " + n);
                return Optional.empty();
              });
    }

    private Optional<Json> required(Json.Obj obj, String key) {
      return check.field(obj, key, true);
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
      if (collapseSpace(sourceText.get()).contains(collapseSpace(quote))) {
        return true;
      }
      check.report(
          where, "the quote is not in the source text (quotes must be copied verbatim from it)");
      return false;
    }

    private boolean problemsMentionSource() {
      return check.problems().stream().anyMatch(p -> p.path().startsWith("$.source"));
    }

    private <T> boolean distinct(Json.Obj obj, String key, List<T> values) {
      if (new HashSet<>(values).size() == values.size()) {
        return true;
      }
      check.report(
          obj.members().get(key).value().where(), "\"" + key + "\" has the same entry twice");
      return false;
    }

    /**
     * Options a learner could not tell apart by what they type are the same option: compared as
     * answers are compared (docs/answers.md), in each language.
     */
    private boolean distinctTexts(Json.Obj obj, String key, List<Text> texts) {
      return distinct(
              obj,
              key,
              texts.stream().flatMap(t -> t.fa().stream()).map(Normalization::key).toList())
          && distinct(
              obj,
              key,
              texts.stream().flatMap(t -> t.en().stream()).map(Normalization::key).toList());
    }

    private void duplicateIds(Json.Obj bank) {
      Json.Member questions = bank.members().get("questions");
      if (questions == null || !(questions.value() instanceof Json.Arr arr)) {
        return;
      }
      Map<String, Json.Where> first = new HashMap<>();
      for (Json item : arr.items()) {
        if (item instanceof Json.Obj q
            && q.members().containsKey("id")
            && q.members().get("id").value() instanceof Json.Str s) {
          Json.Where earlier = first.putIfAbsent(s.value(), s.where());
          if (earlier != null) {
            check.report(
                s.where(),
                "duplicate question id \""
                    + s.value()
                    + "\" (first used at line "
                    + earlier.line()
                    + ")");
          }
        }
      }
    }
  }

  static String collapseSpace(String s) {
    return s.strip().replaceAll("\\s+", " ");
  }
}
