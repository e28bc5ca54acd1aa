package app.azmoon.text;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Colour for whole lines, or none. Colour only ever adds to a line already laid out, so a line
 * reads the same without it ({@code --color never}, {@code NO_COLOR}, {@code TERM=dumb}).
 */
public final class Style {
  private final boolean color;

  public Style(boolean color) {
    this.color = color;
  }

  public String good(String line) {
    return paint(line, AttributedStyle.DEFAULT.foreground(AttributedStyle.GREEN).bold());
  }

  public String bad(String line) {
    return paint(line, AttributedStyle.DEFAULT.foreground(AttributedStyle.RED).bold());
  }

  public String warn(String line) {
    return paint(line, AttributedStyle.DEFAULT.foreground(AttributedStyle.YELLOW));
  }

  public String strong(String line) {
    return paint(line, AttributedStyle.BOLD);
  }

  public String dim(String line) {
    return paint(line, AttributedStyle.DEFAULT.faint());
  }

  private String paint(String line, AttributedStyle style) {
    if (!color || line.isEmpty()) {
      return line;
    }
    // JLine's toAnsi also rewrites box-drawing characters as ASCII ("──" as "--") when it knows
    // no alternate character set: take only its escape codes, around the line's own characters.
    String marked = new AttributedString("x", style).toAnsi();
    int at = marked.indexOf('x');
    return marked.substring(0, at) + line + marked.substring(at + 1);
  }
}
