package app.azmoon.store.progress;

import app.azmoon.store.AtomicFile;
import app.azmoon.store.StorageException;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Where a {@link Snapshot} is kept: {@code reviews.snapshot.json} in the data directory, replaced
 * whole or not at all ({@link AtomicFile}).
 *
 * <pre>{@code
 * {"format":"azmoon/review-snapshot@1",
 *  "log":{"bytes":1048576,"lines":9120,"lastLineSha256":"5e1f…","crc32c":2864434397},
 *  "payload":{"cards":{"korean-war/kw-1":{"s":3.2,"d":5.1}}}}
 * }</pre>
 *
 * <p>A snapshot is only a cache of what the log says, so reading never fails: one that is missing,
 * unreadable or of another format is reported as absent and the log is replayed in full.
 */
public final class SnapshotFile {
  public static final String FILE_NAME = "reviews.snapshot.json";
  public static final String FORMAT = "azmoon/review-snapshot@1";

  private final Path file;
  private final Disk disk;

  public SnapshotFile(Path file) {
    this(file, Disk.REAL);
  }

  SnapshotFile(Path file, Disk disk) {
    this.file = file;
    this.disk = disk;
  }

  public static SnapshotFile in(Path dataDir) {
    return new SnapshotFile(dataDir.resolve(FILE_NAME));
  }

  public Path file() {
    return file;
  }

  /**
   * Replaces the snapshot atomically: a crash leaves the old one or the new one.
   *
   * @throws IllegalArgumentException when the payload is not one strict JSON value
   * @throws app.azmoon.store.StorageException when it cannot be written; the old one is intact
   */
  public void write(Snapshot snapshot) {
    JsonElement payload;
    try {
      payload = strictParse(snapshot.payloadJson());
    } catch (IOException | RuntimeException e) {
      throw new IllegalArgumentException("a snapshot's payload must be JSON: " + e.getMessage(), e);
    }
    JsonObject log = new JsonObject();
    log.addProperty("bytes", snapshot.covered().bytes());
    log.addProperty("lines", snapshot.covered().lines());
    log.addProperty("lastLineSha256", snapshot.covered().lastLineSha256());
    if (snapshot.covered().crc32c() != LogPosition.UNKNOWN) {
      log.addProperty("crc32c", snapshot.covered().crc32c());
    }
    JsonObject o = new JsonObject();
    o.addProperty("format", FORMAT);
    o.add("log", log);
    o.add("payload", payload);
    replace(o + "\n");
  }

  /**
   * {@link AtomicFile#write}'s steps, each through {@link Disk}: a temporary file beside the
   * snapshot, forced, renamed over it, the folder forced. Any failure leaves the old snapshot.
   */
  private void replace(String content) {
    Path dir = file.toAbsolutePath().getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      AtomicFile.removeStale(dir);
      temp = Files.createFile(AtomicFile.tempFor(file));
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        disk.writeFully(channel, ByteBuffer.wrap(content.getBytes(StandardCharsets.UTF_8)), 0);
        disk.force(channel);
      }
      disk.move(temp, file);
      temp = null;
      Io.forceFolder(dir);
    } catch (IOException e) {
      throw new StorageException(file + ": cannot write: " + Io.reason(e), e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // the write already failed; that is the error worth reporting
        }
      }
    }
  }

  /** The snapshot, or empty when there is none or it cannot be used. */
  public Optional<Snapshot> read() {
    Loaded<JsonElement> loaded = load(JsonParser::parseReader);
    return loaded.covered() == null
        ? Optional.empty()
        : Optional.of(new Snapshot(loaded.covered(), loaded.payload().toString()));
  }

  /**
   * Reads a payload from a strict reader positioned at it, consuming exactly that value; throws
   * (any exception) when the payload cannot be used, which makes the whole snapshot unusable.
   */
  public interface PayloadReader<P> {
    P read(JsonReader in) throws IOException;
  }

  /** What the snapshot covers and its payload as read; or (nulls) why there is none to use. */
  record Loaded<P>(LogPosition covered, P payload, String whyNot) {}

  /**
   * Reads the snapshot in one strict pass, the payload by {@code payloads} straight from the
   * stream: a tree of a 20,000-card payload cost more to build than the states read from it.
   */
  <P> Loaded<P> load(PayloadReader<P> payloads) {
    String text;
    try {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        // A FIFO would block the read for ever; a folder cannot be a snapshot.
        return absent("the snapshot is not a regular file");
      }
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      return absent("there is no snapshot yet");
    } catch (IOException e) {
      return absent("the snapshot cannot be read: " + Io.reason(e));
    }
    try {
      JsonReader in = strictReader(text);
      String format = null;
      LogPosition covered = null;
      P payload = null;
      boolean hasPayload = false;
      in.beginObject();
      while (in.hasNext()) {
        switch (in.nextName()) {
          case "format" -> {
            format = in.nextString();
            if (!FORMAT.equals(format)) {
              return absent("the snapshot is of another format");
            }
          }
          case "log" -> covered = position(in);
          case "payload" -> {
            payload = payloads.read(in);
            hasPayload = true;
          }
          default -> in.skipValue();
        }
      }
      in.endObject();
      if (in.peek() != JsonToken.END_DOCUMENT) {
        throw new JsonParseException("trailing data after the JSON value");
      }
      if (format == null) {
        return absent("the snapshot is of another format");
      }
      if (covered == null) {
        return absent("the snapshot is damaged: it does not say what of the log it covers");
      }
      if (!hasPayload) {
        return absent("the snapshot has no payload");
      }
      return new Loaded<>(covered, payload, "");
    } catch (IOException | RuntimeException e) {
      // Gson reports wrong shapes as IllegalStateException, NumberFormatException and the like.
      return absent("the snapshot is damaged: " + e.getMessage());
    }
  }

  /** The {@code "log"} object: what of the log the snapshot covers. */
  private static LogPosition position(JsonReader in) throws IOException {
    Long bytes = null;
    Long lines = null;
    String sha = null;
    long crc = LogPosition.UNKNOWN;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.nextName()) {
        case "bytes" -> bytes = in.nextLong();
        case "lines" -> lines = in.nextLong();
        case "lastLineSha256" -> sha = in.nextString();
        case "crc32c" -> crc = in.nextLong();
        default -> in.skipValue();
      }
    }
    in.endObject();
    if (bytes == null || lines == null || sha == null) {
      throw new IllegalStateException("the log's bytes, lines or lastLineSha256 are missing");
    }
    return new LogPosition(bytes, lines, sha, crc);
  }

  private static <P> Loaded<P> absent(String why) {
    return new Loaded<>(null, null, why);
  }

  private static JsonReader strictReader(String text) {
    JsonReader reader = new JsonReader(new StringReader(text));
    reader.setStrictness(Strictness.STRICT);
    return reader;
  }

  private static JsonElement strictParse(String text) throws IOException {
    JsonReader reader = strictReader(text);
    JsonElement element = JsonParser.parseReader(reader);
    if (reader.peek() != JsonToken.END_DOCUMENT) {
      throw new JsonParseException("trailing data after the JSON value");
    }
    return element;
  }
}
