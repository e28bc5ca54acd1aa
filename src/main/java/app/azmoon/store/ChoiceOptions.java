package app.azmoon.store;

import app.azmoon.domain.question.Language;
import app.azmoon.domain.question.Text;
import app.azmoon.store.json.Json;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads a choice question's options: a text, or {@code {"fa": …, "en": …, "also": […]}} where
 * {@code also} lists other forms a learner may type for the option («شوروی», "USSR"). Part of
 * {@link KindReader}; every problem is reported through its {@link Checker}.
 */
final class ChoiceOptions {
  private static final List<String> KEYS = List.of("fa", "en", "also");

  private final Checker check;
  private final Language language;

  ChoiceOptions(Checker check, Language language) {
    this.check = check;
    this.language = language;
  }

  /** An option's text and its other forms. */
  record Option(Text text, List<String> also) {}

  Optional<Option> read(Json value) {
    Optional<Text> text = check.answerText(value, language, KEYS, "an option");
    if (!(value instanceof Json.Obj obj) || !obj.members().containsKey("also")) {
      return text.map(t -> new Option(t, List.of()));
    }
    Optional<List<String>> also = check.list(obj, "also", false, 1, check::answer);
    return text.isPresent() && also.isPresent()
        ? Optional.of(new Option(text.get(), also.get()))
        : Optional.empty();
  }

  /**
   * Whether every form in {@code also} names its own option only: a form that is another option's
   * text or form (as answers are compared: {@code key}) would make a typed answer name two options.
   */
  boolean distinct(Json.Arr choices, List<Option> options, UnaryOperator<String> key) {
    if (options.stream().allMatch(o -> o.also().isEmpty())) {
      return true; // no form in "also": nothing that could name two options
    }
    Map<String, Integer> owner = new HashMap<>();
    for (int i = 0; i < options.size(); i++) {
      Text t = options.get(i).text();
      int index = i;
      t.fa().ifPresent(s -> owner.put(key.apply(s), index));
      t.en().ifPresent(s -> owner.put(key.apply(s), index));
    }
    boolean ok = true;
    for (int i = 0; i < options.size(); i++) {
      List<String> also = options.get(i).also();
      for (int k = 0; k < also.size(); k++) {
        Integer other = owner.putIfAbsent(key.apply(also.get(k)), i);
        if (other != null && other != i) {
          Json.Obj obj = (Json.Obj) choices.items().get(i);
          Json.Arr forms = (Json.Arr) obj.members().get("also").value();
          check.report(
              forms.items().get(k).where(),
              "\""
                  + also.get(k)
                  + "\" already names choices["
                  + other
                  + "]: each form in \"also\" names its own option only");
          ok = false;
        }
      }
    }
    return ok;
  }
}
