package app.azmoon.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;

/**
 * Puts a new bank's source text where the bank can name it: where it already is when that is inside
 * the bank's folder, otherwise a copy in the {@code sources/} folder beside the bank. An existing
 * copy with other content is never overwritten, since another bank may quote it: the new copy gets
 * a free name ({@code text-2.txt}).
 *
 * <p>For a bank {@code draft/war.json} made from {@code ~/texts/war.txt}, the source is {@code
 * sources/war.txt}, written to {@code draft/sources/war.txt}.
 */
public final class SourcePlace {
  private static final Pattern SAFE_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,99}");

  private SourcePlace() {}

  /**
   * The path, relative to {@code bank}'s folder, at which the bank finds {@code text} (whose
   * decoded content is {@code content}); copies it there first if needed. {@code fallbackName}
   * names a copy when the text's own name will not do (a pipe, a name ending in .json).
   */
  public static String place(Path text, String content, Path bank, String fallbackName) {
    Path folder = bank.toAbsolutePath().getParent();
    try {
      if (Files.isRegularFile(text) && Files.isDirectory(folder)) {
        Path real = text.toRealPath();
        Path realFolder = folder.toRealPath();
        if (real.startsWith(realFolder) && usable(realFolder.relativize(real))) {
          StringJoiner path = new StringJoiner("/");
          realFolder.relativize(real).forEach(part -> path.add(part.toString()));
          return path.toString();
        }
      }
      String name = text.getFileName() == null ? "" : text.getFileName().toString();
      name = Files.isRegularFile(text) && safe(name) ? name : fallbackName;
      int dot = name.lastIndexOf('.') > 0 ? name.lastIndexOf('.') : name.length();
      byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
      for (int n = 1; ; n++) {
        String candidate = n == 1 ? name : name.substring(0, dot) + "-" + n + name.substring(dot);
        Path copy = folder.resolve("sources").resolve(candidate);
        if (!Files.exists(copy)) {
          AtomicFile.write(copy, content);
          return "sources/" + candidate;
        }
        if (Files.isRegularFile(copy)
            && Files.size(copy) == bytes.length
            && Arrays.equals(Files.readAllBytes(copy), bytes)) {
          return "sources/" + candidate;
        }
      }
    } catch (IOException e) {
      throw new StorageException(
          text + ": cannot place the source text: " + AtomicFile.reason(e), e);
    }
  }

  private static boolean usable(Path relative) {
    for (Path part : relative) {
      if (!safe(part.toString())) {
        return false;
      }
    }
    return true;
  }

  private static boolean safe(String name) {
    return SAFE_NAME.matcher(name).matches() && !name.toLowerCase(Locale.ROOT).endsWith(".json");
  }
}
