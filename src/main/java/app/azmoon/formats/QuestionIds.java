package app.azmoon.formats;

import app.azmoon.domain.question.Ids;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Stable question ids for imported questions: the same file imported twice gives the same ids. An
 * id comes from the question's name (a GIFT {@code ::title::}, a Moodle {@code <name>}) or, with
 * none, from its prompt: the Latin letters and digits it has, else a short hash of it.
 *
 * <p>With prefix {@code kw}, the name "Busan port" gives {@code kw-busan-port}; the Persian name
 * «بندر بوسان» gives {@code kw-q-} and eight hex digits of its SHA-256; a second question with the
 * same name gets {@code -2} after its id. A name that is already an id starting with the prefix,
 * such as {@code kw-busan-port}, is that id.
 */
public final class QuestionIds {
  private final String prefix;
  private final Set<String> taken = new HashSet<>();

  public QuestionIds(String prefix) {
    this.prefix = prefix;
  }

  /** A new id for a question named {@code name} (a title, or its prompt when it has none). */
  public String next(String name) {
    // A name that already is an id of this prefix (a title Azmoon wrote on export) is kept whole,
    // so that exporting and importing again gives the same ids.
    boolean own = Ids.isValid(name) && name.startsWith(prefix + "-");
    if (own && taken.add(name)) {
      return name;
    }
    String base = own ? name : prefix + "-" + slug(name);
    if (base.length() > Ids.MAX_LENGTH - 4) {
      base = base.substring(0, Ids.MAX_LENGTH - 4).replaceAll("-+$", "");
    }
    String id = base;
    for (int n = 2; !taken.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }

  /**
   * The id a file gives a question itself ({@code kw-busan} in a CSV file's id column), when it is
   * a valid id not yet taken; otherwise a new id made from it as from a name.
   */
  public String exact(String id) {
    if (Ids.isValid(id) && taken.add(id)) {
      return id;
    }
    return next(id);
  }

  /** Lowercase Latin words of {@code name} joined by dashes, or {@code q-} and a hash of it. */
  public static String slug(String name) {
    String ascii =
        Normalizer.normalize(name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("^-+|-+$", "");
    // A name with only a few Latin characters among other letters is better known by its hash.
    long letters = name.codePoints().filter(Character::isLetterOrDigit).count();
    if (ascii.isEmpty() || ascii.replace("-", "").length() * 2 < letters) {
      return "q-" + Ids.hash(name.strip());
    }
    return ascii.length() > 40 ? ascii.substring(0, 40).replaceAll("-+$", "") : ascii;
  }

  /** The Latin words of {@code name} as {@link #slug} gives them; empty when it would hash it. */
  static Optional<String> latin(String name) {
    String slug = slug(name);
    return slug.equals("q-" + Ids.hash(name.strip())) ? Optional.empty() : Optional.of(slug);
  }
}
