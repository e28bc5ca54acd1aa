package app.azmoon.text;

import app.azmoon.text.ArabicForms.Form;
import app.azmoon.text.ArabicForms.Joining;

/**
 * Replaces Arabic-script letters with their contextual presentation forms, in logical order, so
 * that a terminal that draws each code point on its own still shows joined letters.
 *
 * <p>Example: سلام (SEEN LAM ALEF MEEM) becomes U+FEB3 U+FEFC U+FEE1 — SEEN initial, the LAM WITH
 * ALEF ligature in its final form (joined to SEEN), MEEM isolated because ALEF never joins forward.
 *
 * <p>A letter joins its previous neighbour when both sides can: it is dual- or right-joining and
 * the previous one is dual-joining or join-causing. Combining marks and other transparent
 * characters are skipped when looking for neighbours, so a kasra does not break بِس; ZWNJ breaks
 * joining (می‌خواهم); TATWEEL and ZWJ cause it. LAM directly followed by an ALEF (آ أ إ ا) becomes
 * one ligature. Everything that is not a letter of {@link ArabicForms}, ZWNJ and ZWJ included, is
 * copied unchanged.
 */
final class Shaping {
  private Shaping() {}

  static String shape(String logical) {
    int[] cps = logical.codePoints().toArray();
    StringBuilder out = new StringBuilder(logical.length());
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      boolean before = joinsPrevious(cps, i);
      if (cp == ArabicForms.LAM && i + 1 < cps.length) {
        int ligature = ArabicForms.lamAlef(cps[i + 1], before);
        if (ligature != -1) {
          out.append((char) ligature);
          i++; // the ALEF is part of the ligature
          continue;
        }
      }
      int form = ArabicForms.form(cp, form(before, joinsNext(cps, i)));
      if (form == -1) {
        // Not in the table, or a right-joining letter asked for an initial or medial form, which
        // joinsNext rules out; keep the character as it is.
        out.appendCodePoint(cp);
      } else {
        out.append((char) form);
      }
    }
    return out.toString();
  }

  private static Form form(boolean joinsPrevious, boolean joinsNext) {
    if (joinsPrevious) {
      return joinsNext ? Form.MEDIAL : Form.FINAL;
    }
    return joinsNext ? Form.INITIAL : Form.ISOLATED;
  }

  private static boolean joinsPrevious(int[] cps, int i) {
    Joining self = ArabicForms.joining(cps[i]);
    if (self != Joining.DUAL && self != Joining.RIGHT && self != Joining.CAUSING) {
      return false;
    }
    int p = i - 1;
    while (p >= 0 && ArabicForms.joining(cps[p]) == Joining.TRANSPARENT) {
      p--;
    }
    return p >= 0 && joinsForward(ArabicForms.joining(cps[p]));
  }

  private static boolean joinsNext(int[] cps, int i) {
    if (!joinsForward(ArabicForms.joining(cps[i]))) {
      return false;
    }
    int n = i + 1;
    while (n < cps.length && ArabicForms.joining(cps[n]) == Joining.TRANSPARENT) {
      n++;
    }
    if (n >= cps.length) {
      return false;
    }
    Joining next = ArabicForms.joining(cps[n]);
    return next == Joining.DUAL || next == Joining.RIGHT || next == Joining.CAUSING;
  }

  private static boolean joinsForward(Joining joining) {
    return joining == Joining.DUAL || joining == Joining.CAUSING;
  }
}
