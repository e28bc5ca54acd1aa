package app.azmoon.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Where an input file comes from — the file system or the bundled resources — and how it is read: a
 * regular file, under a size cap, strictly decoded as UTF-8 (never with replacement characters).
 *
 * <p>{@code Origin.file(Path.of("questions/korean-war.fa.json")).sibling("sources/x.txt")} is the
 * source text next to a bank.
 */
public sealed interface Origin {

  /** Default cap on an input file's size: 64 MiB. */
  long DEFAULT_MAX_BYTES = 64L << 20;

  /** The name shown in messages. */
  String name();

  byte[] readBytes(long maxBytes);

  /** A file named relative to this one, confined to this one's folder and below. */
  Optional<Origin> sibling(String relativePath);

  default String readText(long maxBytes) {
    return decode(name(), readBytes(maxBytes));
  }

  static Origin file(Path path) {
    return new FileOrigin(path, Optional.empty());
  }

  static Origin bundled(String resource) {
    return new Bundled(resource);
  }

  /** Decodes UTF-8 strictly, dropping one leading byte-order mark. */
  static String decode(String name, byte[] bytes) {
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
                  "not valid UTF-8: byte 0x%02X at offset %d (save the file as UTF-8)",
                  bytes[bad] & 0xFF, bad)));
    }
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

  /** A file on disk; one named by a bank must resolve, links and all, inside {@code confinedTo}. */
  record FileOrigin(Path path, Optional<Path> confinedTo) implements Origin {
    @Override
    public String name() {
      return path.toString();
    }

    @Override
    public byte[] readBytes(long maxBytes) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (confinedTo.isPresent()
            && !path.toRealPath().startsWith(confinedTo.get().toRealPath())) {
          throw new InvalidDataException(
              Problem.ofFile(name(), "leads outside the bank's folder through a link"));
        }
        if (!attributes.isRegularFile()) {
          throw new InvalidDataException(
              Problem.ofFile(
                  name(),
                  attributes.isDirectory() ? "is a folder, not a file" : "is not a regular file"));
        }
        if (attributes.size() > maxBytes) {
          throw new InvalidDataException(tooBig(name(), attributes.size(), maxBytes));
        }
        try (InputStream in = Files.newInputStream(path)) {
          return capped(in, maxBytes, name());
        }
      } catch (NoSuchFileException e) {
        throw new StorageException(name() + ": no such file");
      } catch (IOException e) {
        throw new StorageException(name() + ": cannot read: " + e.getMessage(), e);
      }
    }

    @Override
    public Optional<Origin> sibling(String relativePath) {
      if (!isConfined(relativePath)) {
        return Optional.empty();
      }
      Path folder = path.toAbsolutePath().getParent();
      return Optional.of(new FileOrigin(folder.resolve(relativePath), Optional.of(folder)));
    }
  }

  /** A resource inside the jar, such as the bundled Korean War bank. */
  record Bundled(String resource) implements Origin {
    @Override
    public String name() {
      return "bundled:"
          + resource.substring(resource.lastIndexOf("bundled/") + "bundled/".length());
    }

    @Override
    public byte[] readBytes(long maxBytes) {
      try (InputStream in = Origin.class.getResourceAsStream("/" + resource)) {
        if (in == null) {
          throw new StorageException(name() + ": missing from the jar");
        }
        return capped(in, maxBytes, name());
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

  /** Reads at most {@code maxBytes}, failing rather than truncating: a file may grow while read. */
  private static byte[] capped(InputStream in, long maxBytes, String name) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw new InvalidDataException(tooBig(name, -1, maxBytes));
    }
    return bytes;
  }

  /** {@code size} is -1 when only "more than the limit" is known (the file grew while read). */
  private static Problem tooBig(String name, long size, long maxBytes) {
    return Problem.ofFile(
        name,
        String.format(
            "is %s, over the %,d-byte limit (raise it with --max-bank-size)",
            size < 0 ? "larger" : String.format("%,d bytes", size), maxBytes));
  }
}
