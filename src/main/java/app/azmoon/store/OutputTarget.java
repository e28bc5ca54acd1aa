package app.azmoon.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where a file Azmoon writes really goes, and whether writing it would destroy something. The one
 * rule for every command that writes ({@code drill --out}, {@code grade --out}, {@code import -o},
 * {@code export -o}, {@code derive -o}, session records); {@link AtomicFile} applies it.
 *
 * <ul>
 *   <li>A symbolic link is written through: the file it points to gets the new content, the link
 *       stays a link.
 *   <li>A regular file, or nothing yet, is replaced whole: a temporary file renamed over it.
 *   <li>A FIFO, a character device ({@code /dev/null}, a terminal) or a file reached through {@code
 *       /proc} ({@code /dev/stdout}, {@code /dev/fd/1}) is written as a stream: renaming over it
 *       would turn a device or a pipe into a regular file.
 *   <li>A folder is refused.
 * </ul>
 *
 * <p>And an output that is one of the run's inputs — the same file by its identity (device and
 * inode), so a symbolic link, a hard link or {@code ./x} against {@code x} is caught — is refused
 * before anything is written ({@link #clash}).
 */
public final class OutputTarget {
  /** More links than this in a chain is a loop (Linux's own limit). */
  private static final int MAX_LINKS = 40;

  /** How a target is written. */
  public enum Kind {
    /** Nothing there yet, or a regular file: replaced whole. */
    REPLACE,
    /** A FIFO, a device, a file behind {@code /proc}: written as a stream. */
    STREAM,
    /** A folder: not written. */
    FOLDER
  }

  /** {@code path} with its symbolic links followed, and how to write there. */
  public record Resolved(Path path, Kind kind) {}

  private OutputTarget() {}

  /** Where a write to {@code requested} lands, and how. */
  public static Resolved resolve(Path requested) throws IOException {
    Path path = requested.toAbsolutePath().normalize();
    for (int links = 0; Files.isSymbolicLink(path); links++) {
      if (links == MAX_LINKS) {
        throw new java.nio.file.FileSystemException(
            requested.toString(), null, "too many levels of symbolic links");
      }
      if (path.startsWith("/proc")) {
        // /proc/self/fd/N is not a path to rename over but a handle on an open file (a pipe, a
        // terminal, the file a shell redirected into): writing to it is the only right thing.
        return new Resolved(requested.toAbsolutePath(), Kind.STREAM);
      }
      path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return new Resolved(path, Kind.REPLACE);
    }
    BasicFileAttributes attributes =
        Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (attributes.isDirectory()) {
      return new Resolved(path, Kind.FOLDER);
    }
    return new Resolved(path, attributes.isRegularFile() ? Kind.REPLACE : Kind.STREAM);
  }

  /**
   * The first of {@code inputs} that writing {@code output} would overwrite: the same regular file.
   * A pipe or a device read and written in one run ({@code --answers /dev/stdin --out /dev/stdout}
   * on one terminal) destroys nothing.
   */
  public static Optional<Path> clash(Path output, Collection<Path> inputs) {
    return clashes(inputs).apply(output);
  }

  /**
   * {@link #clash} for many outputs against the same {@code inputs}, which are looked up once: a
   * class's gradebook and reports are checked against its answers files at the cost of one lookup
   * each, not one for every pair.
   */
  public static Function<Path, Optional<Path>> clashes(Collection<Path> inputs) {
    Map<Object, Path> byKey = new HashMap<>();
    List<Path> keyless = new ArrayList<>();
    for (Path input : inputs) {
      try {
        BasicFileAttributes a = Files.readAttributes(input, BasicFileAttributes.class);
        if (a.isRegularFile() && a.fileKey() != null) {
          byKey.putIfAbsent(a.fileKey(), input);
        } else if (a.isRegularFile()) {
          keyless.add(input); // a file system without file keys: compared one by one
        }
      } catch (IOException | SecurityException e) {
        // unreadable: it cannot be this run's input either
      }
    }
    return output -> {
      try {
        Object key = Files.readAttributes(output, BasicFileAttributes.class).fileKey();
        if (key != null && byKey.containsKey(key)) {
          return Optional.of(byKey.get(key));
        }
        for (Path input : keyless) {
          if (Files.isSameFile(output, input)) {
            return Optional.of(input);
          }
        }
      } catch (IOException | SecurityException e) {
        // nothing there yet (or unreadable): nothing to overwrite
      }
      return Optional.empty();
    };
  }
}
