package app.azmoon.store;

import app.azmoon.domain.answer.Normalization;
import app.azmoon.domain.question.ClozeText;
import app.azmoon.domain.question.Info;
import app.azmoon.domain.question.Kind;
import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Partial;
import app.azmoon.domain.question.PartialDate;
import app.azmoon.domain.question.PartialRange;
import app.azmoon.domain.question.Question;
import app.azmoon.domain.question.Text;
import app.azmoon.store.json.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one question kind ({@code choices} and {@code correct} for a choice, {@code
 * answer} and its bounds for a number…) into a question that waits only for its common fields. Part
 * of {@link BankReader}; every problem is reported through its {@link Checker}.
 */
final class KindReader {
  private static final int MAX_CHOICES = 10;

  private final Checker check;
  private final Language language;
  private final boolean trusted;

  /**
   * The comparison keys of this question's texts: a choice's options are compared with each other
   * and then with their other forms, and a key costs more than the rest of reading the option.
   */
  private final Map<String, String> keys = new HashMap<>();

  /** {@code trusted}: a bank checked when it was built, whose entries are known to be distinct. */
  KindReader(Checker check, Language language, boolean trusted) {
    this.check = check;
    this.language = language;
    this.trusted = trusted;
  }

  /** Reads a kind's own fields into a question waiting only for its common fields. */
  Optional<Function<Info, Question>> body(Json.Obj obj, Kind kind) {
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
        Optional<List<String>> accept = check.list(obj, "accept", true, 1, check::answer);
        Optional<List<String>> reject = check.list(obj, "reject", false, 0, check::answer);
        Optional<Boolean> fuzzy = check.bool(obj, "fuzzy");
        boolean rejectOk =
            reject.isPresent()
                ? acceptNotRejected(obj, accept, reject.get())
                : !obj.members().containsKey("reject");
        Optional<List<Partial>> partial = check.list(obj, "partial", false, 1, this::partial);
        yield accept.isEmpty() || !rejectOk || failed(obj, "partial", partial)
            ? Optional.empty()
            : Optional.of(
                info ->
                    new Question.Typed(
                        info,
                        accept.get(),
                        reject.orElse(List.of()),
                        fuzzy.orElse(true),
                        partial.orElse(List.of())));
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
                      distinctTexts(obj, "pairs", pairs.stream().map(Question.Pair::left).toList()))
              .filter(
                  pairs ->
                      distinctTexts(
                          obj, "pairs", pairs.stream().map(Question.Pair::right).toList()))
              .map(pairs -> info -> new Question.Match(info, pairs));
      case CLOZE -> required(obj, "text").flatMap(field -> cloze(obj, field));
    };
  }

  /** Gaps a cloze may have: more than a page of them is not a question. */
  static final int MOST_GAPS = 200;

  /**
   * A cloze's {@code text}: a string with gaps, or {@code {"fa": …, "en": …}} with as many gaps in
   * each, the {@code gaps} details applying to gap i of both.
   */
  private Optional<Function<Info, Question>> cloze(Json.Obj obj, Json field) {
    Optional<Text> text = check.text(field, language);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<ClozeText> fa = text.get().fa().flatMap(s -> version(at(field, "fa"), s));
    Optional<ClozeText> en = text.get().en().flatMap(s -> version(at(field, "en"), s));
    if (fa.isEmpty() && text.get().fa().isPresent()
        || en.isEmpty() && text.get().en().isPresent()) {
      return Optional.empty();
    }
    if (fa.isPresent() && en.isPresent() && fa.get().gaps().size() != en.get().gaps().size()) {
      check.report(
          at(field, "en").where(),
          en.get().gaps().size() + " gaps, but text.fa has " + fa.get().gaps().size());
      return Optional.empty();
    }
    Optional<List<GapDetails>> gaps = check.list(obj, "gaps", false, 1, this::gapDetails);
    if (failed(obj, "gaps", gaps)) {
      return Optional.empty();
    }
    Optional<ClozeText> main =
        detailed(fa.or(() -> en).orElseThrow(), gaps, at(field, fa.isPresent() ? "fa" : "en"));
    Optional<ClozeText> english =
        fa.isPresent() ? en.flatMap(e -> detailed(e, gaps, at(field, "en"))) : Optional.empty();
    if (main.isEmpty() || fa.isPresent() && en.isPresent() && english.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(info -> new Question.Cloze(info, main.get(), english));
  }

  /** The string itself, or its {@code key} member when it is a translated text. */
  private static Json at(Json field, String key) {
    return field instanceof Json.Obj o && o.members().containsKey(key)
        ? o.members().get(key).value()
        : field;
  }

  /** One language's version of a cloze text, parsed; a problem is reported at {@code where}. */
  private Optional<ClozeText> version(Json where, String s) {
    try {
      ClozeText text = ClozeText.parse(s);
      return humanSized(where, text) ? Optional.of(text) : Optional.empty();
    } catch (IllegalArgumentException e) {
      check.report(where.where(), e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * {@code text} with the {@code gaps} details, if any; a mismatch is reported at {@code where}.
   */
  private Optional<ClozeText> detailed(
      ClozeText text, Optional<List<GapDetails>> gaps, Json where) {
    try {
      return Optional.of(gaps.isPresent() ? withDetails(text, gaps.get()) : text);
    } catch (IllegalArgumentException e) {
      check.report(where.where(), e.getMessage());
      return Optional.empty();
    }
  }

  /** A cloze of at most {@link #MOST_GAPS} gaps, whose answers are short enough. */
  private boolean humanSized(Json where, ClozeText text) {
    List<ClozeText.Gap> gaps = text.gaps();
    if (gaps.size() > MOST_GAPS) {
      check.report(
          where.where(), "a cloze has at most " + MOST_GAPS + " gaps, this one " + gaps.size());
      return false;
    }
    return gaps.stream()
        .flatMap(g -> g.answers().stream())
        .allMatch(a -> check.shortEnough(where, a));
  }

  /** An answer both accepted and rejected (as Azmoon compares answers) is a contradiction. */
  private boolean acceptNotRejected(
      Json.Obj obj, Optional<List<String>> accept, List<String> reject) {
    if (trusted) {
      return true;
    }
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
    ChoiceOptions reader = new ChoiceOptions(check, language);
    Optional<List<ChoiceOptions.Option>> options =
        check.list(obj, "choices", true, 2, reader::read);
    Optional<List<Text>> choices =
        options.map(o -> o.stream().map(ChoiceOptions.Option::text).toList());
    Optional<List<Integer>> correct = check.list(obj, "correct", true, 1, this::index);
    Optional<Boolean> shuffle = check.bool(obj, "shuffle");
    Optional<List<Double>> credits = check.list(obj, "credits", false, 2, this::weight);
    if (failed(obj, "credits", credits)) {
      return Optional.empty();
    }
    if (choices.isPresent() && choices.get().size() > MAX_CHOICES) {
      check.report(
          obj.members().get("choices").value().where(),
          "at most " + MAX_CHOICES + " choices, found " + choices.get().size());
      return Optional.empty();
    }
    if (choices.isEmpty() || correct.isEmpty() || !distinctTexts(obj, "choices", choices.get())) {
      return Optional.empty();
    }
    if (!reader.distinct(
        (Json.Arr) obj.members().get("choices").value(), options.get(), this::key)) {
      return Optional.empty();
    }
    List<List<String>> also = options.get().stream().map(ChoiceOptions.Option::also).toList();
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
            info ->
                new Question.Choice(
                    info,
                    choices.get(),
                    seen,
                    shuffle.orElse(true),
                    credits.orElse(List.of()),
                    also.stream().allMatch(List::isEmpty) ? List.of() : also))
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
    Optional<List<PartialRange>> partial = check.list(obj, "partial", false, 1, this::range);
    if (failed(obj, "partial", partial)) {
      return Optional.empty();
    }
    BigDecimal lowest = low;
    BigDecimal highest = high;
    return Optional.of(
        info ->
            new Question.Numeric(
                info, answer.get(), lowest, highest, unit, partial.orElse(List.of())));
  }

  /** A field that is there but was not read: its problems are already reported. */
  private static boolean failed(Json.Obj obj, String key, Optional<?> read) {
    return obj.members().containsKey(key) && read.isEmpty();
  }

  /** {@code {"answer": "بوسان", "credit": 0.5}}: an answer worth part of the points. */
  private Optional<Partial> partial(Json value) {
    Optional<Json.Obj> obj = check.object(value);
    if (obj.isEmpty()) {
      return Optional.empty();
    }
    check.onlyKeys(obj.get(), List.of("answer", "credit"), "a partly right answer");
    Optional<String> answer = check.field(obj.get(), "answer", true).flatMap(check::answer);
    Optional<Double> credit = credit(obj.get());
    if (answer.isPresent() && answer.get().isBlank()) {
      check.report(obj.get().where(), "a partly right answer cannot be empty");
      return Optional.empty();
    }
    return answer.isPresent() && credit.isPresent()
        ? Optional.of(new Partial(answer.get(), credit.get()))
        : Optional.empty();
  }

  /** {@code {"min": 1800, "max": 1850, "credit": 0.5}}: numbers worth part of the points. */
  private Optional<PartialRange> range(Json value) {
    Optional<Json.Obj> obj = check.object(value);
    if (obj.isEmpty()) {
      return Optional.empty();
    }
    check.onlyKeys(obj.get(), List.of("min", "max", "credit"), "a partly right range");
    Optional<BigDecimal> min = check.number(obj.get(), "min", true);
    Optional<BigDecimal> max = check.number(obj.get(), "max", true);
    Optional<Double> credit = credit(obj.get());
    if (min.isEmpty() || max.isEmpty() || credit.isEmpty()) {
      return Optional.empty();
    }
    if (min.get().compareTo(max.get()) > 0) {
      check.report(obj.get().where(), "min " + min.get() + " is above max " + max.get());
      return Optional.empty();
    }
    return Optional.of(new PartialRange(min.get(), max.get(), credit.get()));
  }

  /** A share of the points strictly between 0 and 1. */
  private Optional<Double> credit(Json.Obj obj) {
    return check
        .number(obj, "credit", true)
        .flatMap(
            c -> {
              if (c.signum() > 0 && c.compareTo(BigDecimal.ONE) < 0) {
                return Optional.of(c.doubleValue());
              }
              check.report(
                  obj.members().get("credit").value().where(),
                  "a partial credit lies between 0 and 1 (0.5 is half), not " + c);
              return Optional.empty();
            });
  }

  /** An option's weight, from -1 to 1. */
  private Optional<Double> weight(Json value) {
    return check
        .number(value)
        .flatMap(
            w -> {
              if (w.compareTo(BigDecimal.ONE.negate()) >= 0 && w.compareTo(BigDecimal.ONE) <= 0) {
                return Optional.of(w.doubleValue());
              }
              check.report(value.where(), "an option's weight lies from -1 to 1, not " + w);
              return Optional.empty();
            });
  }

  /** What a {@code gaps} entry adds to its gap. */
  private record GapDetails(List<Partial> partial, List<String> options, boolean selectAll) {}

  /**
   * {@code {"options": […], "partial": […], "selectAll": true}}: what a gap has besides its
   * answers; {@code {}} for a gap with nothing more.
   */
  private Optional<GapDetails> gapDetails(Json value) {
    Optional<Json.Obj> obj = check.object(value);
    if (obj.isEmpty()) {
      return Optional.empty();
    }
    check.onlyKeys(obj.get(), List.of("options", "partial", "selectAll"), "a gap");
    Optional<List<String>> options = check.list(obj.get(), "options", false, 2, check::answer);
    Optional<List<Partial>> partial = check.list(obj.get(), "partial", false, 1, this::partial);
    Optional<Boolean> selectAll = check.bool(obj.get(), "selectAll");
    if (failed(obj.get(), "options", options)
        || failed(obj.get(), "partial", partial)
        || failed(obj.get(), "selectAll", selectAll)) {
      return Optional.empty();
    }
    if (selectAll.orElse(false) && (options.isEmpty() || partial.isPresent())) {
      check.report(
          obj.get().members().get("selectAll").value().where(),
          "a select-all gap needs \"options\" and has no \"partial\"");
      return Optional.empty();
    }
    return Optional.of(
        new GapDetails(
            partial.orElse(List.of()), options.orElse(List.of()), selectAll.orElse(false)));
  }

  /** The text's gaps, each with the options and partly right answers given for it in order. */
  private static ClozeText withDetails(ClozeText text, List<GapDetails> details) {
    List<ClozeText.Gap> gaps = text.gaps();
    if (details.size() != gaps.size()) {
      throw new IllegalArgumentException(
          "\"gaps\" has "
              + details.size()
              + " entries for the text's "
              + gaps.size()
              + " gaps: give one for each, {} for a plain one");
    }
    List<ClozeText.Gap> merged = new ArrayList<>();
    for (int i = 0; i < gaps.size(); i++) {
      GapDetails d = details.get(i);
      merged.add(gaps.get(i).with(d.partial(), d.options(), d.selectAll()));
    }
    return text.withGaps(merged);
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
      check.report(value.where(), "expected a choice index (0, 1, 2…), found " + value.describe());
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

  <T> boolean distinct(Json.Obj obj, String key, List<T> values) {
    if (new HashSet<>(values).size() == values.size()) {
      return true;
    }
    check.report(
        obj.members().get(key).value().where(), "\"" + key + "\" has the same entry twice");
    return false;
  }

  /** {@link Normalization#key} of {@code text}, worked out once per question. */
  private String key(String text) {
    String key = keys.get(text);
    if (key == null) {
      key = Normalization.key(text);
      keys.put(text, key);
    }
    return key;
  }

  /**
   * Options a learner could not tell apart by what they type are the same option: compared as
   * answers are compared (docs/answers.md), in each language.
   */
  private boolean distinctTexts(Json.Obj obj, String key, List<Text> texts) {
    return trusted
        || (distinct(obj, key, texts.stream().flatMap(t -> t.fa().stream()).map(this::key).toList())
            && distinct(
                obj, key, texts.stream().flatMap(t -> t.en().stream()).map(this::key).toList()));
  }
}
