package app.azmoon.cli;

import app.azmoon.domain.question.Language;
import app.azmoon.engine.Selection;
import app.azmoon.i18n.DateCalendar;
import app.azmoon.text.RtlMode;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The values of the options that take one of a closed set, as picocli's {@code
 * completionCandidates}: {@code azmoon completion} offers them to Tab after the option.
 */
final class Choices {
  private Choices() {}

  /** A fixed list of values; picocli makes one through the no-argument constructor. */
  abstract static class Values implements Iterable<String> {
    private final List<String> values;

    Values(Stream<String> values) {
      this.values = values.toList();
    }

    @Override
    public Iterator<String> iterator() {
      return values.iterator();
    }
  }

  /** {@code --lang}: fa, en. */
  static final class Languages extends Values {
    Languages() {
      super(Arrays.stream(Language.values()).map(Language::code));
    }
  }

  /** {@code --calendar} and {@code AZMOON_CALENDAR}: gregorian, persian. */
  static final class Calendars extends Values {
    Calendars() {
      super(Arrays.stream(DateCalendar.values()).map(DateCalendar::code));
    }
  }

  /** {@code --color}: auto, always, never. */
  static final class Colors extends Values {
    Colors() {
      super(Stream.of("auto", "always", "never"));
    }
  }

  /** {@code --rtl} and {@code AZMOON_RTL}: auto, terminal, visual. */
  static final class RtlModes extends Values {
    RtlModes() {
      super(Stream.concat(Stream.of("auto"), Arrays.stream(RtlMode.values()).map(Choices::lower)));
    }
  }

  /** {@code --order}: shuffle, bank. */
  static final class Orders extends Values {
    Orders() {
      super(Arrays.stream(Selection.QuestionOrder.values()).map(Choices::lower));
    }
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
