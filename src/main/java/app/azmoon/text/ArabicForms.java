package app.azmoon.text;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Joining types (after Unicode's ArabicShaping.txt) and presentation forms of Arabic-script
 * letters, for terminals that draw every code point on its own and so cannot join letters
 * themselves.
 *
 * <p>Example: PEH U+067E is dual-joining with forms U+FB56 isolated, U+FB57 final, U+FB58 initial
 * and U+FB59 medial, so {@code form(0x067E, Form.MEDIAL)} is {@code 0xFB59}, as in سپس.
 *
 * <p>The table holds every letter that has presentation forms in Unicode (Forms-A U+FB50–U+FDFF and
 * Forms-B U+FE70–U+FEFF); ArabicFormsTest checks it against the JDK's character names and NFKC,
 * both ways. A letter's joining type here is what its forms can show: NOON GHUNNA U+06BA is
 * dual-joining in Unicode but has no initial or medial form, so it is right-joining here — the next
 * letter must not reach out to a glyph drawn unjoined. For the same reason Arabic letters without
 * presentation forms count as non-joining.
 */
final class ArabicForms {
  /** How a character joins its neighbours; "right" is the side of the previous, logical letter. */
  enum Joining {
    /** Joins on both sides: BEH, SEEN, PEH, GAF, FARSI YEH... */
    DUAL,
    /** Joins only to the previous letter: ALEF, DAL, REH, ZAIN, JEH, WAW... */
    RIGHT,
    /** Makes its neighbours join but has no forms itself: TATWEEL U+0640 and ZWJ. */
    CAUSING,
    /** Ignored by joining: combining marks and format characters (Mn, Me, Cf). */
    TRANSPARENT,
    /** Breaks joining: everything else, ZWNJ and spaces among them. */
    NONE
  }

  /** A contextual form; the order of the four forms in Unicode's presentation-form blocks. */
  enum Form {
    ISOLATED,
    FINAL,
    INITIAL,
    MEDIAL
  }

  static final int TATWEEL = 0x0640;
  static final int ZWNJ = 0x200C;
  static final int ZWJ = 0x200D;
  static final int LAM = 0x0644;

  private record Letter(Joining joining, int[] forms) {}

  private static final Map<Integer, Letter> LETTERS = new HashMap<>();

  static {
    none(0x0621, 0xFE80); // ء HAMZA: isolated only, never joins
    right(0x0622, 0xFE81); // آ ALEF WITH MADDA ABOVE
    right(0x0623, 0xFE83); // أ ALEF WITH HAMZA ABOVE
    right(0x0624, 0xFE85); // ؤ WAW WITH HAMZA ABOVE
    right(0x0625, 0xFE87); // إ ALEF WITH HAMZA BELOW
    dual(0x0626, 0xFE89); // ئ YEH WITH HAMZA ABOVE
    right(0x0627, 0xFE8D); // ا ALEF
    dual(0x0628, 0xFE8F); // ب BEH
    right(0x0629, 0xFE93); // ة TEH MARBUTA
    dual(0x062A, 0xFE95); // ت TEH
    dual(0x062B, 0xFE99); // ث THEH
    dual(0x062C, 0xFE9D); // ج JEEM
    dual(0x062D, 0xFEA1); // ح HAH
    dual(0x062E, 0xFEA5); // خ KHAH
    right(0x062F, 0xFEA9); // د DAL
    right(0x0630, 0xFEAB); // ذ THAL
    right(0x0631, 0xFEAD); // ر REH
    right(0x0632, 0xFEAF); // ز ZAIN
    dual(0x0633, 0xFEB1); // س SEEN
    dual(0x0634, 0xFEB5); // ش SHEEN
    dual(0x0635, 0xFEB9); // ص SAD
    dual(0x0636, 0xFEBD); // ض DAD
    dual(0x0637, 0xFEC1); // ط TAH
    dual(0x0638, 0xFEC5); // ظ ZAH
    dual(0x0639, 0xFEC9); // ع AIN
    dual(0x063A, 0xFECD); // غ GHAIN
    dual(0x0641, 0xFED1); // ف FEH
    dual(0x0642, 0xFED5); // ق QAF
    dual(0x0643, 0xFED9); // ك KAF
    dual(0x0644, 0xFEDD); // ل LAM
    dual(0x0645, 0xFEE1); // م MEEM
    dual(0x0646, 0xFEE5); // ن NOON
    dual(0x0647, 0xFEE9); // ه HEH
    right(0x0648, 0xFEED); // و WAW
    // ى ALEF MAKSURA: its initial and medial forms were added later, in Forms-A
    letter(0x0649, Joining.DUAL, 0xFEEF, 0xFEF0, 0xFBE8, 0xFBE9);
    dual(0x064A, 0xFEF1); // ي YEH
    right(0x0671, 0xFB50); // ٱ ALEF WASLA
    dual(0x0679, 0xFB66); // ٹ TTEH
    dual(0x067A, 0xFB5E); // ٺ TTEHEH
    dual(0x067B, 0xFB52); // ٻ BEEH
    dual(0x067E, 0xFB56); // پ PEH
    dual(0x067F, 0xFB62); // ٿ TEHEH
    dual(0x0680, 0xFB5A); // ڀ BEHEH
    dual(0x0683, 0xFB76); // ڃ NYEH
    dual(0x0684, 0xFB72); // ڄ DYEH
    dual(0x0686, 0xFB7A); // چ TCHEH
    dual(0x0687, 0xFB7E); // ڇ TCHEHEH
    right(0x0688, 0xFB88); // ڈ DDAL
    right(0x068C, 0xFB84); // ڌ DAHAL
    right(0x068D, 0xFB82); // ڍ DDAHAL
    right(0x068E, 0xFB86); // ڎ DUL
    right(0x0691, 0xFB8C); // ڑ RREH
    right(0x0698, 0xFB8A); // ژ JEH
    dual(0x06A4, 0xFB6A); // ڤ VEH
    dual(0x06A6, 0xFB6E); // ڦ PEHEH
    dual(0x06A9, 0xFB8E); // ک KEHEH
    dual(0x06AD, 0xFBD3); // ڭ NG
    dual(0x06AF, 0xFB92); // گ GAF
    dual(0x06B1, 0xFB9A); // ڱ NGOEH
    dual(0x06B3, 0xFB96); // ڳ GUEH
    right(0x06BA, 0xFB9E); // ں NOON GHUNNA
    dual(0x06BB, 0xFBA0); // ڻ RNOON
    dual(0x06BE, 0xFBAA); // ھ HEH DOACHASHMEE
    right(0x06C0, 0xFBA4); // ۀ HEH WITH YEH ABOVE
    dual(0x06C1, 0xFBA6); // ہ HEH GOAL
    right(0x06C5, 0xFBE0); // ۅ KIRGHIZ OE
    right(0x06C6, 0xFBD9); // ۆ OE
    right(0x06C7, 0xFBD7); // ۇ U
    right(0x06C8, 0xFBDB); // ۈ YU
    right(0x06C9, 0xFBE2); // ۉ KIRGHIZ YU
    right(0x06CB, 0xFBDE); // ۋ VE
    dual(0x06CC, 0xFBFC); // ی FARSI YEH
    dual(0x06D0, 0xFBE4); // ې E
    right(0x06D2, 0xFBAE); // ے YEH BARREE
    right(0x06D3, 0xFBB0); // ۓ YEH BARREE WITH HAMZA ABOVE

    // LAM WITH ALEF ligatures are kept apart: they replace two letters, see lamAlef.
  }

  private ArabicForms() {}

  // In both presentation-form blocks a letter's forms sit together in the order of Form.
  private static void dual(int letter, int isolated) {
    letter(letter, Joining.DUAL, isolated, isolated + 1, isolated + 2, isolated + 3);
  }

  private static void right(int letter, int isolated) {
    letter(letter, Joining.RIGHT, isolated, isolated + 1);
  }

  private static void none(int letter, int isolated) {
    letter(letter, Joining.NONE, isolated);
  }

  private static void letter(int letter, Joining joining, int... forms) {
    LETTERS.put(letter, new Letter(joining, forms));
  }

  /** How {@code cp} joins; for letters outside the table, from its general category. */
  static Joining joining(int cp) {
    Letter letter = LETTERS.get(cp);
    if (letter != null) {
      return letter.joining();
    }
    if (cp == TATWEEL || cp == ZWJ) {
      return Joining.CAUSING;
    }
    if (cp == ZWNJ) {
      return Joining.NONE;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK
            || type == Character.ENCLOSING_MARK
            || type == Character.FORMAT
        ? Joining.TRANSPARENT
        : Joining.NONE;
  }

  /** The presentation form of {@code letter}, or -1 if it has none in that position. */
  static int form(int letter, Form form) {
    Letter entry = LETTERS.get(letter);
    if (entry == null || form.ordinal() >= entry.forms().length) {
      return -1;
    }
    return entry.forms()[form.ordinal()];
  }

  /** Every letter in the table. */
  static Set<Integer> letters() {
    return Collections.unmodifiableSet(LETTERS.keySet());
  }

  /**
   * The LAM WITH ALEF ligature for LAM followed by {@code alef}, or -1 if {@code alef} is no ALEF
   * that forms one. The ligature joins only to the previous letter, like ALEF itself.
   */
  static int lamAlef(int alef, boolean joinedToPrevious) {
    int isolated;
    switch (alef) {
      case 0x0622: // آ
        isolated = 0xFEF5;
        break;
      case 0x0623: // أ
        isolated = 0xFEF7;
        break;
      case 0x0625: // إ
        isolated = 0xFEF9;
        break;
      case 0x0627: // ا
        isolated = 0xFEFB;
        break;
      default:
        return -1;
    }
    return joinedToPrevious ? isolated + 1 : isolated;
  }
}
