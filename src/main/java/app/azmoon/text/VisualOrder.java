package app.azmoon.text;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns one wrapped line from logical order (the order it is typed and stored in) into the order
 * its characters appear on screen from left to right, for terminals that do no bidi themselves.
 *
 * <p>Example: in a right-to-left paragraph, {@code line("سلام (۱۲)", true)} is "(۱۲) " followed by
 * U+FEE1 U+FEFC U+FEB3 (سلام shaped, last letter first). Read from the right, سلام comes first; the
 * digits still run left to right and the mirrored brackets still open towards their content.
 *
 * <p>Steps, in this order:
 *
 * <ol>
 *   <li>Shape Arabic-script letters ({@link Shaping}); joining depends on logical neighbours, so it
 *       comes before any reordering. Presentation forms have the same bidi class as the letters.
 *   <li>Resolve embedding levels with {@link java.text.Bidi} for the given paragraph direction; the
 *       caller decides it for the whole paragraph, since a continuation line starting with a Latin
 *       word still belongs to a right-to-left paragraph.
 *   <li>Reorder by rule L2 ({@link Bidi#reorderVisually}), moving each character together with the
 *       combining marks after it: a terminal puts a mark on the cell before it, so the mark must
 *       still follow its letter once the run is reversed.
 *   <li>Mirror brackets at odd (right-to-left) levels: ( ) [ ] { } &lt; &gt; « » ‹ ›. Java's Bidi
 *       does not do this step.
 *   <li>Drop LRM, RLM, ALM, the embedding, override and isolate controls, ZWNJ and ZWJ: their work
 *       is done (the order and the joined forms are fixed), and a terminal without bidi support may
 *       give them a column, or a glyph, of their own.
 * </ol>
 */
public final class VisualOrder {
  private VisualOrder() {}

  /**
   * Whether a paragraph is right to left: its first strong character is (Arabic, Hebrew, RLM,
   * ALM...). A paragraph with no strong character, such as "۱۲۳", is left to right.
   */
  public static boolean isRtl(String paragraph) {
    // Rule P2 by hand for the common case, the first strong character before anything that needs
    // the algorithm itself: a table row or a date asked this 20,000 times in a row.
    for (int i = 0; i < paragraph.length(); ) {
      int cp = paragraph.codePointAt(i);
      switch (Character.getDirectionality(cp)) {
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT:
          return false;
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC:
          return true;
        case Character.DIRECTIONALITY_UNDEFINED:
        case Character.DIRECTIONALITY_PARAGRAPH_SEPARATOR:
        case Character.DIRECTIONALITY_LEFT_TO_RIGHT_ISOLATE:
        case Character.DIRECTIONALITY_RIGHT_TO_LEFT_ISOLATE:
        case Character.DIRECTIONALITY_FIRST_STRONG_ISOLATE:
        case Character.DIRECTIONALITY_POP_DIRECTIONAL_ISOLATE:
          return bidiIsRtl(paragraph); // skipped isolates, a second paragraph, unknown data
        default:
          i += Character.charCount(cp);
      }
    }
    return false;
  }

  /** {@link #isRtl} by the bidi algorithm in full. */
  static boolean bidiIsRtl(String paragraph) {
    return !new Bidi(paragraph, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
  }

  /** Whether {@code text} has a strong character at all: a letter, or an LRM, RLM or ALM. */
  public static boolean hasStrong(String text) {
    return text.codePoints()
        .map(Character::getDirectionality)
        .anyMatch(
            d ->
                d == Character.DIRECTIONALITY_LEFT_TO_RIGHT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC);
  }

  /** The visual order of one line (no newlines) of a paragraph of direction {@code rtl}. */
  public static String line(String logical, boolean rtl) {
    String shaped = Shaping.shape(logical);
    Bidi bidi = new Bidi(shaped, rtl ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
    List<Unit> units = new ArrayList<>();
    for (int i = 0; i < shaped.length(); ) {
      int cp = shaped.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (!dropped(cp)) {
        if (isMark(cp) && !units.isEmpty()) {
          units.get(units.size() - 1).text.append(shaped, i, next);
        } else {
          units.add(new Unit(shaped.substring(i, next), bidi.getLevelAt(i)));
        }
      }
      i = next;
    }
    if (units.isEmpty()) {
      return ""; // reorderVisually rejects an empty range
    }
    byte[] levels = new byte[units.size()];
    for (int u = 0; u < levels.length; u++) {
      levels[u] = (byte) units.get(u).level;
    }
    Unit[] order = units.toArray(new Unit[0]);
    Bidi.reorderVisually(levels, 0, order, 0, order.length);
    StringBuilder out = new StringBuilder(shaped.length());
    for (Unit unit : order) {
      if (unit.level % 2 == 1) {
        unit.text.codePoints().forEach(cp -> out.appendCodePoint(mirror(cp)));
      } else {
        out.append(unit.text);
      }
    }
    return out.toString();
  }

  /** A character with the combining marks after it, and its resolved embedding level. */
  private static final class Unit {
    final StringBuilder text;
    final int level;

    Unit(String text, int level) {
      this.text = new StringBuilder(text);
      this.level = level;
    }
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean dropped(int cp) {
    return cp == 0x200E // LRM
        || cp == 0x200F // RLM
        || cp == 0x061C // ALM
        || cp == ArabicForms.ZWNJ
        || cp == ArabicForms.ZWJ
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
  }

  private static int mirror(int cp) {
    switch (cp) {
      case '(':
        return ')';
      case ')':
        return '(';
      case '[':
        return ']';
      case ']':
        return '[';
      case '{':
        return '}';
      case '}':
        return '{';
      case '<':
        return '>';
      case '>':
        return '<';
      case 0x00AB: // «
        return 0x00BB;
      case 0x00BB: // »
        return 0x00AB;
      case 0x2039: // ‹
        return 0x203A;
      case 0x203A: // ›
        return 0x2039;
      default:
        return cp;
    }
  }
}
