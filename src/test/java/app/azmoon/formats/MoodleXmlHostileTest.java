package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files made to attack an XML reader are refused with one sentence, and read nothing else. */
class MoodleXmlHostileTest {
  private final MoodleXml moodle = new MoodleXml();

  private static String question(String name) {
    return "<quiz><question type=\"truefalse\"><name><text>"
        + name
        + "</text></name><questiontext><text>A question.</text></questiontext>"
        + "<answer fraction=\"100\"><text>true</text></answer>"
        + "<answer fraction=\"0\"><text>false</text></answer></question></quiz>";
  }

  @Test
  void an_external_entity_naming_a_local_file_is_refused_without_reading_it(@TempDir Path dir)
      throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-42", StandardCharsets.UTF_8);
    String xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE quiz [<!ENTITY x SYSTEM \""
            + secret.toUri()
            + "\">]>\n"
            + question("&x;");

    assertThatThrownBy(() -> moodle.read(xml, "t"))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void an_external_parameter_entity_is_refused(@TempDir Path dir) throws IOException {
    Path dtd = dir.resolve("evil.dtd");
    Files.writeString(dtd, "<!ENTITY x \"TOP-SECRET-42\">", StandardCharsets.UTF_8);
    String xml =
        "<!DOCTYPE quiz [<!ENTITY % p SYSTEM \"" + dtd.toUri() + "\"> %p;]>" + question("&x;");

    assertThatThrownBy(() -> moodle.read(xml, "t"))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("TOP-SECRET");
  }

  @Test
  void a_billion_laughs_file_is_refused_before_any_entity_is_expanded() {
    assertThatThrownBy(() -> moodle.read(MoodleXmlTest.resource("billion-laughs.xml"), "t"))
        .isInstanceOf(FormatException.class)
        .hasMessage(
            "line 2: the file declares a DOCTYPE, which Moodle XML never has; it is refused so"
                + " that no entity can read other files or expand without end");
  }

  @Test
  void an_external_dtd_url_is_refused_without_being_fetched() {
    assertThatThrownBy(() -> moodle.read(MoodleXmlTest.resource("external-dtd.xml"), "t"))
        .isInstanceOf(FormatException.class)
        .hasMessageContaining("DOCTYPE");
  }

  @Test
  void an_xinclude_is_not_followed() {
    String xml =
        "<quiz xmlns:xi=\"http://www.w3.org/2001/XInclude\">"
            + "<xi:include href=\"file:///etc/passwd\" parse=\"text\"/></quiz>";

    Imported read = moodle.read(xml, "t");

    assertThat(read.questions()).isEmpty();
    assertThat(read.notes()).isEmpty();
  }

  @Test
  void text_that_is_not_xml_is_refused_with_its_line() {
    assertThatThrownBy(() -> moodle.read("::Busan:: Where? {=Busan ~Seoul}\n", "t"))
        .isInstanceOf(FormatException.class)
        .hasMessage("line 1, column 1: not well-formed XML, so not a Moodle XML file");
    assertThatThrownBy(() -> moodle.read("<quiz>\n<question type=\"truefalse\">\n</quiz>", "t"))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith("line 3, column");
  }

  @Test
  void xml_without_a_quiz_root_is_not_moodle_xml() {
    assertThatThrownBy(() -> moodle.read("<html><body>Quiz</body></html>", "t"))
        .isInstanceOf(FormatException.class)
        .hasMessage("not a Moodle XML file: its root element is <html>, not <quiz>");
  }

  @Test
  void text_full_of_things_never_closed_is_read_in_one_pass() {
    String unclosed =
        "<".repeat(300_000)
            + "<span lang=\"fa\" class=\"multilang\">".repeat(20_000)
            + "<!--".repeat(100_000)
            + "&amp".repeat(100_000);
    String gaps = "{1:SA:".repeat(100_000) + "{1:SA:=x}";
    String xml =
        "<quiz><question type=\"shortanswer\"><name><text>Big</text></name>"
            + "<questiontext format=\"html\"><text><![CDATA[Q "
            + unclosed
            + "]]></text></questiontext><answer fraction=\"100\"><text>x</text></answer></question>"
            + "<question type=\"cloze\"><name><text>Gaps</text></name>"
            + "<questiontext format=\"html\"><text><![CDATA["
            + gaps
            + "]]></text></questiontext></question></quiz>";

    Imported read = moodle.read(xml, "t");

    assertThat(read.questions()).extracting(q -> q.id()).containsExactly("t-big", "t-gaps");
  }
}
