package app.azmoon.cli;

import app.azmoon.text.Columns;
import app.azmoon.text.Wrap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The {@code --help} text blocks, wrapped only at spaces. picocli breaks lines where {@link
 * java.text.BreakIterator} allows, which includes after a dot or a slash: "~/." on one line and
 * "local/share/azmoon" on the next, "reviews." and "jsonl". Here a path, a file name or an option
 * name is never split, and a wrapped line lines up under the text it continues — in the option,
 * command and exit-code lists under the description column.
 *
 * <p>Example, at 80 columns:
 *
 * <pre>
 *       --data-dir=DIR  Data directory (banks/, progress, sessions). Default:
 *                       $AZMOON_HOME, else $XDG_DATA_HOME/azmoon, else
 *                       ~/.local/share/azmoon.
 * </pre>
 *
 * <p>The synopsis and the headings stay picocli's: they hold no prose to wrap.
 */
final class HelpLayout {
  /** A name column wider than this puts its description on the next line. */
  static final int MAX_NAMES = 24;

  /** Space between the names and the descriptions. */
  static final int GAP = 2;

  private HelpLayout() {}

  /** Installs the layout on {@code commandLine} and every subcommand it has now. */
  static void install(CommandLine commandLine) {
    Map<String, IHelpSectionRenderer> sections = commandLine.getHelpSectionMap();
    sections.put(
        UsageMessageSpec.SECTION_KEY_HEADER, h -> text(h, h.commandSpec().usageMessage().header()));
    sections.put(
        UsageMessageSpec.SECTION_KEY_DESCRIPTION,
        h -> text(h, h.commandSpec().usageMessage().description()));
    sections.put(
        UsageMessageSpec.SECTION_KEY_FOOTER, h -> text(h, h.commandSpec().usageMessage().footer()));
    sections.put(UsageMessageSpec.SECTION_KEY_PARAMETER_LIST, HelpLayout::parameters);
    sections.put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, HelpLayout::options);
    sections.put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, HelpLayout::commands);
    sections.put(UsageMessageSpec.SECTION_KEY_EXIT_CODE_LIST, HelpLayout::exitCodes);
    commandLine.setHelpSectionMap(sections);
  }

  /** Paragraphs, each wrapped to the usage width. */
  private static String text(Help help, String[] paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : paragraphs) {
      for (String line : format(paragraph)) {
        Wrap.lines(line, width(help)).forEach(l -> out.append(l).append(System.lineSeparator()));
      }
    }
    return out.toString();
  }

  private static String options(Help help) {
    return columns(help, optionItems(help), namesWidth(help));
  }

  private static String parameters(Help help) {
    return columns(help, parameterItems(help), namesWidth(help));
  }

  /** One name column for the parameters and the options, so that their descriptions line up. */
  private static int namesWidth(Help help) {
    List<Item> all = new ArrayList<>(parameterItems(help));
    all.addAll(optionItems(help));
    return namesWidth(all);
  }

  private static List<Item> optionItems(Help help) {
    List<OptionSpec> options =
        new ArrayList<>(help.commandSpec().options().stream().filter(o -> !o.hidden()).toList());
    Comparator<OptionSpec> order = help.createDefaultOptionSort();
    if (order != null) {
      options.sort(order);
    }
    Help.IOptionRenderer renderer = help.createDefaultOptionRenderer();
    return options.stream()
        .map(o -> item(renderer.render(o, help.parameterLabelRenderer(), help.colorScheme())))
        .toList();
  }

  private static List<Item> parameterItems(Help help) {
    Help.IParameterRenderer renderer = help.createDefaultParameterRenderer();
    return help.commandSpec().positionalParameters().stream()
        .filter(p -> !p.hidden())
        .map(p -> item(renderer.render(p, help.parameterLabelRenderer(), help.colorScheme())))
        .toList();
  }

  /**
   * An option or parameter as picocli's renderers give it: rows of five cells (required marker,
   * short name, comma, long name and label, a line of the description).
   */
  private static Item item(Text[][] rows) {
    Text[] first = rows[0];
    String names =
        pad(first[0].plainString(), 2)
            + pad(first[1].plainString(), 2)
            + pad(first[2].plainString(), 1)
            + " "
            + first[3].plainString();
    return new Item(names, Arrays.stream(rows).map(row -> row[4].plainString()).toList());
  }

  private static String commands(Help help) {
    List<Item> items = new ArrayList<>();
    help.subcommands()
        .forEach(
            (name, sub) -> {
              UsageMessageSpec usage = sub.commandSpec().usageMessage();
              String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
              items.add(
                  new Item(
                      "  " + name,
                      summary.length > 0 ? format(summary[0]).subList(0, 1) : List.of()));
            });
    return columns(help, items, namesWidth(items));
  }

  /** Codes right-aligned, as in " 0 ok" and "130 interrupted"; wrapped lines under the text. */
  private static String exitCodes(Help help) {
    Map<String, String> codes = help.commandSpec().usageMessage().exitCodeList();
    int width = codes.keySet().stream().mapToInt(String::length).max().orElse(0);
    List<Item> items = new ArrayList<>();
    codes.forEach(
        (code, meaning) ->
            items.add(new Item(" ".repeat(width - code.length()) + code, format(meaning))));
    return columns(help, items, namesWidth(items));
  }

  private record Item(String names, List<String> description) {}

  /** The widest names no wider than {@link #MAX_NAMES}. */
  private static int namesWidth(List<Item> items) {
    return items.stream()
        .mapToInt(i -> Columns.width(i.names()))
        .filter(w -> w <= MAX_NAMES)
        .max()
        .orElse(0);
  }

  /** Names on the left, descriptions wrapped in a column {@link #GAP} to the right of them. */
  private static String columns(Help help, List<Item> items, int names) {
    int indent = names + GAP;
    int room = Math.max(20, width(help) - indent);
    StringBuilder out = new StringBuilder();
    for (Item item : items) {
      List<String> lines = new ArrayList<>();
      for (String paragraph : item.description()) {
        lines.addAll(paragraph.isBlank() ? List.of() : Wrap.lines(paragraph, room));
      }
      String head = item.names();
      if (Columns.width(head) > names && !lines.isEmpty()) {
        out.append(head).append(System.lineSeparator());
        head = "";
      }
      if (lines.isEmpty()) {
        out.append(head).append(System.lineSeparator());
      }
      for (String line : lines) {
        out.append(pad(head, indent)).append(line).append(System.lineSeparator());
        head = "";
      }
    }
    return out.toString();
  }

  /** picocli's formatting of annotation text: %n is a line break, %% a percent sign. */
  private static List<String> format(String text) {
    String formatted;
    try {
      formatted = String.format(Locale.ROOT, text);
    } catch (java.util.IllegalFormatException e) {
      formatted = text;
    }
    return List.of(formatted.split("\\R", -1));
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - Columns.width(s)));
  }

  private static int width(Help help) {
    return help.commandSpec().usageMessage().width();
  }
}
