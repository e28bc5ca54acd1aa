package app.azmoon.cli;

import app.azmoon.text.Layout;
import app.azmoon.text.RtlMode;
import app.azmoon.text.TerminalText;
import java.util.List;

/**
 * How the scripted commands print report lines: as stored, one line each, for pipes, files and
 * terminals that do bidi; reordered, joined and right-aligned for terminals that do not.
 */
final class ScriptOutput {
  private static final int WIDTH = 80;

  private ScriptOutput() {}

  static List<String> lines(List<String> lines, RtlMode mode) {
    if (mode == RtlMode.TERMINAL) {
      return lines.stream().map(TerminalText::line).toList();
    }
    return lines.stream().flatMap(l -> Layout.lines(l, WIDTH, mode).stream()).toList();
  }
}
