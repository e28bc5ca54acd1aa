package app.azmoon.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules that hold for any text {@link Layout} is given, checked on generated paragraphs of Persian
 * and Latin words, numbers, dates, percentages, brackets, quotes, marks, bidi marks, chart bars and
 * runs of spaces, at random widths, in both directions of context.
 */
class LayoutPropertiesTest {
  private static final String[] WORDS = {
    "سلام",
    "جنگ",
    "کره",
    "می\u200Cخواهم",
    "طبیعتاً",
    "بِسمِ",
    "لا",
    "«آتش\u200Cبس»",
    "(پیونگ\u200Cیانگ)",
    "سخت",
    "شد:",
    "بود،",
    "چرا؟",
    "۱ب",
    "۲الف)",
    "۱۹۵۰",
    "۳۸",
    "۲۰۲۶-۱۲-۰۱",
    "۲۱:۲۰",
    "۸۳٫۳٪",
    "(۶۶٫۷٪)",
    "۶۳۵٬۰۰۰",
    "Seoul",
    "War,",
    "(UN)",
    "kw-soviet-atomic",
    "10m",
    "v1.2",
    "B-29",
    "50%",
    "1950",
    "2026-12-01",
    "«Korea»",
    "[x]",
    "<y>",
    "·",
    "—",
    "|",
    "\u200Fair-war:",
    "\u061Ctag",
    "a\u202Eb",
    "Persian(فارسی)",
    "中文",
    "→",
    "✓"
  };
  private static final String BARS = " ▁▂▃▄▅▆▇█";

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 300);
  }

  private static String paragraph(SplittableRandom random) {
    StringBuilder p = new StringBuilder(" ".repeat(random.nextInt(4)));
    for (int n = random.nextInt(1, 20); n > 0; n--) {
      p.append(WORDS[random.nextInt(WORDS.length)]).append(" ".repeat(random.nextInt(1, 4)));
    }
    return p.toString().stripTrailing();
  }

  private record Case(String text, int width, boolean rtlContext) {}

  private static Case generated(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    return new Case(paragraph(random), random.nextInt(8, 90), random.nextBoolean());
  }

  private static List<String> layout(Case c, RtlMode mode) {
    return Layout.lines(c.text(), c.width(), mode, c.rtlContext());
  }

  /** The wrapped logical lines {@link Layout} lays out, one for each line it returns. */
  private static List<String> wrapped(Case c) {
    return Wrap.lines(TerminalText.line(c.text()), c.width());
  }

  private static boolean rtl(Case c) {
    String safe = TerminalText.line(c.text());
    return VisualOrder.hasStrong(safe) ? VisualOrder.isRtl(safe) : c.rtlContext();
  }

  /** Non-space characters as base letters, brackets folded to one of each pair, marks dropped. */
  private static List<Integer> visible(String s) {
    String folded =
        Normalizer.normalize(s, Normalizer.Form.NFKC)
            .replace(')', '(')
            .replace(']', '[')
            .replace('}', '{')
            .replace('>', '<')
            .replace('»', '«');
    List<Integer> out = new ArrayList<>();
    folded
        .codePoints()
        .filter(cp -> cp != ' ' && cp != '\u00A0')
        .filter(cp -> !(cp == 0x200C || cp == 0x200D || cp == 0x200E || cp == 0x200F))
        .filter(cp -> cp != 0x061C && !(cp >= 0x2066 && cp <= 0x2069))
        .sorted()
        .forEach(out::add);
    return out;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void visual_mode_shows_every_character_of_the_line_and_nothing_else(long seed) {
    Case c = generated(seed);
    List<String> logical = wrapped(c);
    List<String> visual = layout(c, RtlMode.VISUAL);
    assertThat(visual).hasSameSizeAs(logical);
    for (int i = 0; i < visual.size(); i++) {
      assertThat(visible(visual.get(i))).as(logical.get(i)).isEqualTo(visible(logical.get(i)));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void visual_mode_keeps_the_width_and_right_aligns_right_to_left_lines(long seed) {
    Case c = generated(seed);
    List<String> logical = wrapped(c);
    List<String> visual = layout(c, RtlMode.VISUAL);
    for (int i = 0; i < visual.size(); i++) {
      int own = Columns.width(Shaping.shape(logical.get(i)));
      int shown = Columns.width(visual.get(i));
      assertThat(shown).as(logical.get(i)).isEqualTo(rtl(c) ? Math.max(c.width(), own) : own);
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void a_bidi_terminal_shows_terminal_mode_as_visual_mode_does(long seed) {
    Case c = generated(seed);
    List<String> terminal = layout(c, RtlMode.TERMINAL);
    List<String> visual = layout(c, RtlMode.VISUAL);
    assertThat(terminal).hasSameSizeAs(visual);
    for (int i = 0; i < terminal.size(); i++) {
      String line = terminal.get(i);
      // What a terminal running the Unicode bidi algorithm shows: its own paragraph direction for
      // the line (first strong character, else left to right), reordered, shaped and mirrored.
      boolean rtl = VisualOrder.isRtl(line);
      assertThat(rtl).as("direction of %s", line).isEqualTo(rtl(c));
      String shown = VisualOrder.line(line, rtl);
      String padded =
          rtl ? " ".repeat(Math.max(0, c.width() - Columns.width(shown))) + shown : shown;
      assertThat(padded).as(line).isEqualTo(visual.get(i));
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void terminal_mode_adds_only_invisible_marks_and_only_needed_isolates(long seed) {
    Case c = generated(seed);
    List<String> logical = wrapped(c);
    List<String> terminal = layout(c, RtlMode.TERMINAL);
    for (int i = 0; i < terminal.size(); i++) {
      String line = terminal.get(i);
      String logicalLine = logical.get(i);
      assertThat(line.replaceAll("[\u2066-\u2069]", ""))
          .as(line)
          .isIn(logicalLine, "\u200E" + logicalLine, "\u200F" + logicalLine);
      // Taking out any one isolate pair changes how the bidi algorithm orders the line.
      boolean rtl = VisualOrder.isRtl(line);
      String shown = VisualOrder.line(line, rtl);
      for (int open = line.indexOf(Isolates.LRI); open >= 0; open = nextOpener(line, open + 1)) {
        String without = withoutPair(line, open);
        assertThat(VisualOrder.line(without, rtl)).as(line).isNotEqualTo(shown);
      }
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void a_line_is_laid_out_as_a_line_of_other_digits_in_the_same_places_is(long seed) {
    Case c = generated(seed);
    SplittableRandom random = new SplittableRandom(-seed);
    StringBuilder other = new StringBuilder(c.text());
    for (int i = 0; i < other.length(); i++) {
      char ch = other.charAt(i);
      char zero = ch >= '0' && ch <= '9' ? '0' : ch >= '\u0660' && ch <= '\u0669' ? '\u0660' : 0;
      zero = ch >= '\u06F0' && ch <= '\u06F9' ? '\u06F0' : zero;
      if (zero != 0) {
        other.setCharAt(i, (char) (zero + random.nextInt(10)));
      }
    }
    Case changed = new Case(other.toString(), c.width(), c.rtlContext());
    layout(c, RtlMode.TERMINAL); // the decisions for this shape are now remembered
    List<String> terminal = layout(changed, RtlMode.TERMINAL);
    List<String> logical = wrapped(changed);
    boolean rtl = rtl(changed);
    assertThat(terminal).hasSameSizeAs(logical);
    for (int i = 0; i < terminal.size(); i++) {
      String line = logical.get(i);
      // What the bidi algorithm decides for this very line, nothing remembered.
      String fresh = line.isEmpty() ? line : Layout.apply(line, Layout.decide(line, rtl));
      assertThat(terminal.get(i)).as(line).isEqualTo(fresh);
      assertThat(Layout.decide(Layout.digitsAsZeros(line), rtl))
          .as(line)
          .isEqualTo(Layout.decide(line, rtl));
    }
  }

  private static int nextOpener(String line, int from) {
    for (int i = from; i < line.length(); i++) {
      if (line.charAt(i) == Isolates.LRI || line.charAt(i) == Isolates.RLI) {
        return i;
      }
    }
    return -1;
  }

  /** {@code line} without the isolate opened at {@code open} and its PDI. */
  private static String withoutPair(String line, int open) {
    int depth = 0;
    for (int i = open; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (ch == Isolates.LRI || ch == Isolates.RLI) {
        depth++;
      } else if (ch == Isolates.PDI && --depth == 0) {
        return line.substring(0, open) + line.substring(open + 1, i) + line.substring(i + 1);
      }
    }
    throw new AssertionError("unclosed isolate in " + line);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void a_run_of_spaces_and_bars_keeps_its_length_and_stays_in_one_piece(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder run = new StringBuilder();
    for (int n = random.nextInt(2, 61); n > 0; n--) {
      run.append(BARS.charAt(random.nextInt(BARS.length())));
    }
    String chart = "|" + run + "|";
    String text = paragraph(random).strip() + " " + chart + " " + paragraph(random).strip();
    for (RtlMode mode : RtlMode.values()) {
      List<String> lines = Layout.lines(text, 400, mode, random.nextBoolean());
      assertThat(lines).hasSize(1);
      String shown = lines.get(0);
      String reversed = "|" + new StringBuilder(run).reverse() + "|";
      assertThat(shown.contains(chart) || shown.contains(reversed)).as(shown).isTrue();
    }
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void indentation_stays_on_the_side_the_line_starts_from(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String indent = " ".repeat(random.nextInt(1, 6));
    String text = indent + paragraph(random).strip();
    boolean context = random.nextBoolean();
    Case c = new Case(text, 80, context);
    for (String line : Layout.lines(text, 80, RtlMode.VISUAL, context)) {
      if (rtl(c)) {
        assertThat(line).as(text).endsWith(indent).doesNotEndWith(indent + " ");
      } else {
        assertThat(line).as(text).startsWith(indent).doesNotStartWith(indent + " ");
      }
    }
  }
}
