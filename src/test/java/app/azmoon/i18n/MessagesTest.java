package app.azmoon.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import app.azmoon.domain.question.Language;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MessagesTest {
  @Test
  void a_quote_in_a_message_is_shown_once_even_without_arguments() {
    assertThat(new Messages(Language.EN).get("verdict.time_up")).isEqualTo("⌛ Time's up.");
  }

  @Test
  void numbers_are_written_in_the_interface_languages_digits() {
    assertThat(new Messages(Language.FA).number(66.666)).isEqualTo("۶۶٫۷");
    assertThat(new Messages(Language.EN).number(1234.0)).isEqualTo("1,234");
  }

  @Test
  void every_string_exists_in_both_languages() {
    Set<String> en =
        ResourceBundle.getBundle("app.azmoon.i18n.messages", java.util.Locale.ROOT).keySet();
    Set<String> fa =
        ResourceBundle.getBundle(
                "app.azmoon.i18n.messages",
                java.util.Locale.forLanguageTag("fa"),
                ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES))
            .keySet();
    assertThat(fa).isEqualTo(en);
  }
}
