package app.azmoon.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where an input comes from — a file named on the command line, a file found in a folder or named
 * by a bank, standard input, or the bundled resources — and how it is read: once, as a stream,
 * stopping one byte past a size cap, strictly decoded as UTF-8 (never with replacement characters).
 *
 * <p>A file named by the user may be anything readable but a folder: a regular file, a pipe, a
 * FIFO, {@code /dev/fd/63} from {@code <(…)}, {@code /dev/stdin}. A file found by listing a folder
 * or named inside a bank must be a regular file: opening a FIFO left there would wait forever.
 *
 * <p>{@code Origin.file(Path.of("questions/korean-war.fa.json")).sibling("sources/x.txt")} is the
 * source text next to a bank.
 */
public sealed interface Origin {

  /** Default cap on a bank's size: 64 MiB. */
  long DEFAULT_MAX_BYTES = 64L << 20;

  /**
   * How much of an input is read, and what the refusal adds after the number: how to raise the cap,
   * or what it is for.
   */
  record Limit(long bytes, String note) {
    /** A bank or its source text: {@code --max-bank-size} sets the cap. */
    public static Limit bank(long bytes) {
      return new Limit(bytes, " (raise it with --max-bank-size)");
    }
  }

  /** The name shown in messages. */
  String name();

  /** Reads the whole input, once; refuses one over {@code limit} without reading further. */
  byte[] readBytes(Limit limit);

  /** A file named relative to this one, confined to this one's folder and below. */
  Optional<Origin> sibling(String relativePath);

  default String readText(Limit limit) {
    return decode(name(), readBytes(limit));
  }

  /** The text as {@link #readText} reads it, as characters: a big bank's text in one copy. */
  default char[] readChars(Limit limit) {
    return decodeChars(name(), readBytes(limit));
  }

  /** A file the user named: anything readable but a folder. */
  static Origin file(Path path) {
    return new FileOrigin(path, Optional.empty(), false);
  }

  /** A file found by listing a folder: read only when it is a regular file. */
  static Origin listed(Path path) {
    return new FileOrigin(path, Optional.empty(), true);
  }

  static Origin bundled(String resource) {
    return new Bundled(resource);
  }

  /** An input stream such as standard input, shown as {@code name}; read at most once. */
  static Origin stream(InputStream in, String name) {
    return new Piped(in, name);
  }

  /** Decodes UTF-8 strictly, dropping one leading byte-order mark. */
  static String decode(String name, byte[] bytes) {
    // The JDK's own decoding is the fast one; it replaces what is malformed with U+FFFD, so text
    // without one was well-formed, and only text with one is decoded again, strictly.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return fast.startsWith("\uFEFF") ? fast.substring(1) : fast;
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      String text = decoder.decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      int bad = firstMalformedByte(bytes);
      String before = new String(bytes, 0, bad, StandardCharsets.UTF_8);
      int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
      int column = before.length() - before.lastIndexOf('\n');
      throw new InvalidDataException(
          new Problem(
              name,
              line,
              column,
              "",
              String.format(
                  Locale.ROOT,
                  "not valid UTF-8: byte 0x%02X at offset %d (save the file as UTF-8)",
                  bytes[bad] & 0xFF,
                  bad)));
    }
  }

  /**
   * {@link #decode} into an array of just the right size, counted from the bytes first: the JDK's
   * {@code String} decoding of non-Latin text fills an array twice that size and copies it.
   */
  static char[] decodeChars(String name, byte[] bytes) {
    boolean bom =
        bytes.length >= 3
            && (bytes[0] & 0xFF) == 0xEF
            && (bytes[1] & 0xFF) == 0xBB
            && (bytes[2] & 0xFF) == 0xBF;
    int from = bom ? 3 : 0;
    int count = 0;
    for (int i = from; i < bytes.length; i++) {
      int b = bytes[i] & 0xFF;
      if ((b & 0xC0) != 0x80) {
        count++; // a character starts here
      }
      if ((b & 0xF8) == 0xF0) {
        count++; // four bytes, two chars (a surrogate pair)
      }
    }
    char[] chars = new char[count];
    CharBuffer out = CharBuffer.wrap(chars);
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    CoderResult result =
        decoder.decode(ByteBuffer.wrap(bytes, from, bytes.length - from), out, true);
    if (!result.isError() && !result.isOverflow()) {
      result = decoder.flush(out);
    }
    if (result.isError() || result.isOverflow() || out.position() != count) {
      return decode(name, bytes).toCharArray(); // malformed: decode() words the problem
    }
    return chars;
  }

  private static int firstMalformedByte(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    ByteBuffer in = ByteBuffer.wrap(bytes);
    java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }

  private static boolean isConfined(String relativePath) {
    if (relativePath.isEmpty() || relativePath.startsWith("/") || relativePath.contains("\\")) {
      return false;
    }
    for (String part : relativePath.split("/")) {
      if (part.isEmpty() || part.equals("..") || part.equals(".")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A file on disk. One named by a bank must resolve, links and all, inside {@code confinedTo}; it
   * and a listed one must be regular files.
   */
  record FileOrigin(Path path, Optional<Path> confinedTo, boolean regularOnly) implements Origin {
    @Override
    public String name() {
      return path.toString();
    }

    @Override
    public byte[] readBytes(Limit limit) {
      try {
        // Looking at a pipe does not consume it: what follows still reads it exactly once.
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (confinedTo.isPresent()
            && !path.toRealPath().startsWith(confinedTo.get().toRealPath())) {
          throw new InvalidDataException(
              Problem.ofFile(name(), "leads outside the bank's folder through a link"));
        }
        if (attributes.isDirectory()) {
          throw new StorageException(name() + ": is a folder, not a file"); // no bytes to judge
        }
        if (!attributes.isRegularFile() && regularOnly) {
          throw new InvalidDataException(Problem.ofFile(name(), "is not a regular file"));
        }
        if (attributes.isRegularFile() && attributes.size() > limit.bytes()) {
          throw new InvalidDataException(tooBig(name(), attributes.size(), limit));
        }
        try (InputStream in = Files.newInputStream(path)) {
          return capped(in, limit, name(), attributes.isRegularFile() ? attributes.size() : 0);
        }
      } catch (IOException e) {
        throw unreadable(name(), e);
      }
    }

    @Override
    public Optional<Origin> sibling(String relativePath) {
      if (!isConfined(relativePath)) {
        return Optional.empty();
      }
      Path folder = path.toAbsolutePath().getParent();
      return Optional.of(new FileOrigin(folder.resolve(relativePath), Optional.of(folder), true));
    }
  }

  /** Standard input or another stream that can be read only once. */
  record Piped(InputStream in, String name) implements Origin {
    @Override
    public byte[] readBytes(Limit limit) {
      try {
        return capped(in, limit, name);
      } catch (IOException e) {
        throw unreadable(name, e);
      }
    }

    @Override
    public Optional<Origin> sibling(String relativePath) {
      return Optional.empty();
    }
  }

  /** A resource inside the jar, such as the bundled Korean War bank. */
  record Bundled(String resource) implements Origin {
    @Override
    public String name() {
      // String.concat, not +: in a `check` run, + here would spin up a method handle for this
      // one concatenation (class-load log: 11 → 10 spun, about a millisecond).
      return "bundled:"
          .concat(resource.substring(resource.lastIndexOf("bundled/") + "bundled/".length()));
    }

    @Override
    public byte[] readBytes(Limit limit) {
      try (InputStream in = Packaged.open(resource)) {
        if (in == null) {
          throw new StorageException(name() + ": missing from the jar");
        }
        return capped(in, limit, name());
      } catch (IOException e) {
        throw new StorageException(name() + ": cannot read: " + e.getMessage(), e);
      }
    }

    @Override
    public Optional<Origin> sibling(String relativePath) {
      if (!isConfined(relativePath)) {
        return Optional.empty();
      }
      return Optional.of(
          new Bundled(resource.substring(0, resource.lastIndexOf('/') + 1) + relativePath));
    }
  }

  /**
   * Bytes taken out of another input (the bundled bank's header, say), named as that input, its
   * siblings that input's.
   */
  record Excerpt(Origin whole, byte[] bytes) implements Origin {
    @Override
    public String name() {
      return whole.name();
    }

    @Override
    public byte[] readBytes(Limit limit) {
      if (bytes.length > limit.bytes()) {
        throw new InvalidDataException(tooBig(name(), bytes.length, limit));
      }
      return bytes;
    }

    @Override
    public Optional<Origin> sibling(String relativePath) {
      return whole.sibling(relativePath);
    }
  }

  /**
   * Reads to the end, or to one byte past the cap and then fails rather than truncate: a pipe or a
   * file that grows while read is never read further than that ({@code /dev/zero} included). Plain
   * reads only, no seeking: a pipe has no size or position to ask for.
   */
  private static byte[] capped(InputStream in, Limit limit, String name) throws IOException {
    return capped(in, limit, name, 0);
  }

  /**
   * As above; {@code expected} is the size the input is likely to have (a file's size), room made
   * for it at once rather than by doubling copies of a 40 MB bank.
   */
  private static byte[] capped(InputStream in, Limit limit, String name, long expected)
      throws IOException {
    long cap = Math.min(Integer.MAX_VALUE - 9, limit.bytes());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (expected > 0 && expected <= cap) {
      // Read straight into an array of the file's size: no second copy of a big bank in memory.
      byte[] whole = new byte[(int) expected];
      int read = in.readNBytes(whole, 0, whole.length);
      int next = read < whole.length ? -1 : in.read();
      if (next < 0) {
        return read == whole.length ? whole : Arrays.copyOf(whole, read); // or it shrank
      }
      out.write(whole); // the file grew while read: go on as for a stream
      out.write(next);
    }
    byte[] buffer = new byte[64 * 1024];
    while (out.size() <= cap) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, cap + 1 - out.size()));
      if (n < 0) {
        return out.toByteArray();
      }
      out.write(buffer, 0, n);
    }
    throw new InvalidDataException(tooBig(name, -1, limit));
  }

  /** {@code size} is -1 when only "more than the cap" is known (a stream, or a file that grew). */
  private static Problem tooBig(String name, long size, Limit limit) {
    return Problem.ofFile(
        name,
        String.format(
            Locale.ROOT,
            "is %s the %,d-byte limit%s",
            size < 0 ? "over" : String.format(Locale.ROOT, "%,d bytes, over", size),
            limit.bytes(),
            limit.note()));
  }

  /** A missing or unreadable input, said in words rather than as the exception's bare path. */
  private static StorageException unreadable(String name, IOException e) {
    String reason =
        e instanceof NoSuchFileException
            ? "no such file"
            : e instanceof AccessDeniedException
                ? "cannot read: permission denied"
                : "cannot read: "
                    + (e instanceof FileSystemException f && f.getReason() != null
                        ? f.getReason()
                        : e.getMessage());
    return new StorageException(name + ": " + reason, e);
  }
}
