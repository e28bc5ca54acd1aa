package app.azmoon.store;

import app.azmoon.engine.DrillSpec;
import app.azmoon.engine.Selection;
import app.azmoon.store.json.Json;
import app.azmoon.store.json.JsonTreeReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads a drill spec (format {@code azmoon/drill@1}) as strictly as a bank: unknown fields, wrong
 * types and bad values are located errors. See docs/drill-spec.md.
 */
public final class DrillSpecReader {
  public static final String FORMAT = "azmoon/drill@1";
  private static final List<String> FIELDS =
      List.of(
          "format",
          "title",
          "bank",
          "tags",
          "count",
          "seed",
          "order",
          "pass",
          "timeLimit",
          "shuffleOptions");

  /** Specs are small; a megabyte is generous. */
  private static final Origin.Limit LIMIT = new Origin.Limit(1L << 20, " for a drill spec");

  private DrillSpecReader() {}

  /**
   * Reads {@code file}; bank paths in it are resolved against its folder, bank ids kept as they
   * are.
   */
  public static DrillSpec read(Path file) {
    String text = Origin.file(file).readText(LIMIT);
    List<Problem> problems = new ArrayList<>();
    Json root = JsonTreeReader.read(file.toString(), text, problems);
    Checker check = new Checker(file.toString(), problems);
    Optional<DrillSpec> spec = check.object(root).flatMap(obj -> spec(obj, check, file));
    if (!problems.isEmpty() || spec.isEmpty()) {
      problems.sort(
          java.util.Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
      throw new InvalidDataException(problems);
    }
    return spec.get();
  }

  private static Optional<DrillSpec> spec(Json.Obj obj, Checker check, Path file) {
    check.onlyKeys(obj, FIELDS, "a drill spec");
    if (!check.format(obj, FORMAT)) {
      return Optional.empty();
    }
    Optional<String> title = check.string(obj, "title", false);
    Optional<List<String>> banks = banks(obj, check, file);
    Optional<List<String>> tags = check.list(obj, "tags", false, 0, check::string);
    OptionalInt count =
        whole(obj, check, "count", 1, Integer.MAX_VALUE).stream()
            .mapToInt(Long::intValue)
            .findFirst();
    OptionalLong seed =
        whole(obj, check, "seed", Long.MIN_VALUE, Long.MAX_VALUE).stream()
            .mapToLong(Long::longValue)
            .findFirst();
    Optional<Selection.QuestionOrder> order =
        check
            .string(obj, "order", false)
            .flatMap(
                o -> {
                  try {
                    return Optional.of(Selection.QuestionOrder.valueOf(o.toUpperCase(Locale.ROOT)));
                  } catch (IllegalArgumentException e) {
                    check.report(
                        obj.members().get("order").value().where(),
                        "\"" + o + "\" is not an order (expected \"shuffle\" or \"bank\")");
                    return Optional.empty();
                  }
                });
    OptionalDouble pass = OptionalDouble.empty();
    Optional<BigDecimal> passValue = check.number(obj, "pass", false);
    if (passValue.isPresent()) {
      if (passValue.get().signum() < 0 || passValue.get().compareTo(BigDecimal.valueOf(100)) > 0) {
        check.report(
            obj.members().get("pass").value().where(), "pass is a percentage from 0 to 100");
      } else {
        pass = OptionalDouble.of(passValue.get().doubleValue());
      }
    }
    Optional<Duration> timeLimit =
        whole(obj, check, "timeLimit", 1, 86_400).map(Duration::ofSeconds);
    Optional<Boolean> shuffleOptions = check.bool(obj, "shuffleOptions");
    if (banks.isEmpty() || !check.problems().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new DrillSpec(
            title,
            banks.get(),
            tags.orElse(List.of()),
            count,
            seed,
            order,
            pass,
            timeLimit,
            shuffleOptions,
            file.toString()));
  }

  /** {@code "bank"}: one path or id, or a list of them; paths are taken relative to the spec. */
  private static Optional<List<String>> banks(Json.Obj obj, Checker check, Path file) {
    Optional<Json> field = check.field(obj, "bank", true);
    if (field.isEmpty()) {
      return Optional.empty();
    }
    List<Json> items = field.get() instanceof Json.Arr arr ? arr.items() : List.of(field.get());
    if (items.isEmpty()) {
      check.report(field.get().where(), "\"bank\" needs at least one bank");
      return Optional.empty();
    }
    List<String> banks = new ArrayList<>();
    for (Json item : items) {
      check.string(item).ifPresent(b -> banks.add(resolve(b, file)));
    }
    return banks.size() == items.size() ? Optional.of(banks) : Optional.empty();
  }

  /** A bank that looks like a path is resolved against the spec's folder; an id stays an id. */
  private static String resolve(String bank, Path spec) {
    if (!bank.contains("/") && !bank.endsWith(".json")) {
      return bank;
    }
    Path folder = spec.toAbsolutePath().getParent();
    return folder.resolve(bank).normalize().toString();
  }

  private static Optional<Long> whole(Json.Obj obj, Checker check, String key, long min, long max) {
    // Read as a raw number: a seed may have the 19 digits of a long, past the cap for bank numbers.
    return check
        .field(obj, key, false)
        .flatMap(
            v -> {
              if (v instanceof Json.Num n) {
                return Optional.of(n.value());
              }
              check.report(v.where(), "expected a number, found " + v.describe());
              return Optional.empty();
            })
        .flatMap(
            n -> {
              try {
                if (n.precision() - n.scale() > 19) {
                  throw new ArithmeticException("too large");
                }
                long v = n.longValueExact();
                if (v >= min && v <= max) {
                  return Optional.of(v);
                }
              } catch (ArithmeticException e) {
                // reported below
              }
              check.report(
                  obj.members().get(key).value().where(),
                  "\""
                      + key
                      + "\" must be a whole number"
                      + (min == 1 ? " of at least 1" : "")
                      + ", not "
                      + n);
              return Optional.empty();
            });
  }
}
