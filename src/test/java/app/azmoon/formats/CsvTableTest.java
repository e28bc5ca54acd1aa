package app.azmoon.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvTableTest {
  private static List<List<String>> cells(String text) {
    return CsvTable.read(text).rows().stream().map(CsvTable.Row::cells).toList();
  }

  private static List<Integer> lines(String text) {
    return CsvTable.read(text).rows().stream().map(CsvTable.Row::line).toList();
  }

  @Test
  void quoted_fields_hold_separators_doubled_quotes_and_line_breaks() {
    String text = "a,b,c\n\"x, y\",\"say \"\"hi\"\"\",\"two\nlines\"\nlast,row,here\n";
    assertThat(cells(text))
        .containsExactly(
            List.of("a", "b", "c"),
            List.of("x, y", "say \"hi\"", "two\nlines"),
            List.of("last", "row", "here"));
    assertThat(lines(text)).containsExactly(1, 2, 4);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\r\n", "\n", "\r"})
  void every_line_ending_ends_a_row_and_becomes_a_newline_inside_a_quoted_cell(String eol) {
    String text = "a,b" + eol + "\"1" + eol + "2\",3" + eol + "4,5" + eol;
    assertThat(cells(text))
        .containsExactly(List.of("a", "b"), List.of("1\n2", "3"), List.of("4", "5"));
    assertThat(lines(text)).containsExactly(1, 2, 4);
  }

  @Test
  void a_tab_separated_header_makes_the_file_tab_separated() {
    assertThat(cells("prompt\tanswer\nیک, دو\tسه\n"))
        .containsExactly(List.of("prompt", "answer"), List.of("یک, دو", "سه"));
  }

  @Test
  void a_semicolon_header_as_european_excel_saves_it_is_understood() {
    assertThat(cells("prompt;answer\n1,5;x\n"))
        .containsExactly(List.of("prompt", "answer"), List.of("1,5", "x"));
  }

  @Test
  void separators_inside_quotes_of_the_header_do_not_count() {
    assertThat(cells("\"a\t\tb\",c\nx,y\n"))
        .containsExactly(List.of("a\t\tb", "c"), List.of("x", "y"));
  }

  @Test
  void an_excel_sep_line_names_the_separator_and_is_not_a_row() {
    String text = "sep=|\nprompt|answer\nx|y\n";
    assertThat(cells(text)).containsExactly(List.of("prompt", "answer"), List.of("x", "y"));
    assertThat(lines(text)).containsExactly(2, 3);
  }

  @Test
  void a_byte_order_mark_is_not_part_of_the_first_cell() {
    assertThat(cells("\uFEFFprompt,answer\n")).containsExactly(List.of("prompt", "answer"));
  }

  @Test
  void a_quote_never_closed_keeps_the_rows_before_it_and_names_its_line() {
    CsvTable.Table t = CsvTable.read("a,b\n1,2\n3,\"never\nclosed,4\n5,6\n");
    assertThat(t.rows().stream().map(CsvTable.Row::cells))
        .containsExactly(List.of("a", "b"), List.of("1", "2"));
    assertThat(t.cutShort()).isPresent();
    assertThat(t.cutShort().get().where()).isEqualTo("line 3");
  }

  @Test
  void a_quote_inside_an_unquoted_cell_is_kept_as_typed() {
    assertThat(cells("a,b\n5\" tall,x\"y\"\n"))
        .containsExactly(List.of("a", "b"), List.of("5\" tall", "x\"y\""));
  }

  @Test
  void empty_cells_and_blank_rows_are_kept_as_such() {
    List<CsvTable.Row> rows = CsvTable.read("a,b,c\n,,\n\n1,,3").rows();
    assertThat(rows.stream().map(CsvTable.Row::cells))
        .containsExactly(
            List.of("a", "b", "c"), List.of("", "", ""), List.of(""), List.of("1", "", "3"));
    assertThat(rows.stream().map(CsvTable.Row::blank)).containsExactly(false, true, true, false);
  }

  static Stream<Arguments> cellsWritten() {
    return Stream.of(
        Arguments.of("plain", "plain"),
        Arguments.of("a,b", "\"a,b\""),
        Arguments.of("say \"hi\"", "\"say \"\"hi\"\"\""),
        Arguments.of("two\nlines", "\"two\nlines\""),
        Arguments.of(" padded ", "\" padded \""),
        Arguments.of("=1+1", "'=1+1"),
        Arguments.of("+98 21", "'+98 21"),
        Arguments.of("-x", "'-x"),
        Arguments.of("@SUM(A1)", "'@SUM(A1)"),
        Arguments.of("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""),
        Arguments.of("'=already", "''=already"),
        Arguments.of("'quoted", "'quoted"),
        Arguments.of("-5", "-5"),
        Arguments.of("+3.5", "+3.5"),
        Arguments.of("۶۳۵٬۰۰۰", "۶۳۵٬۰۰۰"));
  }

  @ParameterizedTest
  @MethodSource("cellsWritten")
  void a_cell_is_quoted_when_it_must_be_and_never_runs_as_a_formula(String value, String written) {
    assertThat(CsvTable.cell(value)).isEqualTo(written);
    assertThat(CsvTable.unguarded(cells("h\n" + written).get(1).get(0))).isEqualTo(value);
  }

  /** Any row of awkward cells reads back as written, guards removed. */
  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void any_row_written_reads_back_the_same(long seed) {
    Random random = new Random(seed);
    String alphabet = "ab ,\"\n\t=+-@'۱پ;|";
    List<String> row = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      StringBuilder cell = new StringBuilder();
      int length = random.nextInt(8);
      for (int k = 0; k < length; k++) {
        cell.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      row.add(cell.toString());
    }
    List<String> read = cells("a,b,c,d,e,f\n" + CsvTable.row(row)).get(1);
    assertThat(read.stream().map(CsvTable::unguarded).toList()).isEqualTo(row);
  }
}
