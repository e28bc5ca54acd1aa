package app.azmoon.store;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Opens a resource where Azmoon's own classes come from: its jar, or the classes folder the tests
 * run from. Asking the class loader would ask the JDK's modules first and then go through a jar
 * URL, about 5 ms of a {@code check} run's start; the jar is open already, and a {@link ZipFile} of
 * it shares what the JDK read of it. Anything else (another packaging) goes to the class loader.
 */
final class Packaged {
  private Packaged() {}

  /** The resource {@code name} ("app/azmoon/…"), or null when there is none. */
  static InputStream open(String name) throws IOException {
    Path home = home();
    if (home != null && Files.isDirectory(home)) {
      Path file = home.resolve(name);
      if (Files.isRegularFile(file)) {
        return Files.newInputStream(file);
      }
    } else if (home != null && Files.isRegularFile(home)) {
      ZipFile jar = new ZipFile(home.toFile());
      ZipEntry entry = jar.getEntry(name);
      if (entry != null) {
        return new FilterInputStream(jar.getInputStream(entry)) {
          @Override
          public void close() throws IOException {
            try (jar) {
              super.close();
            }
          }
        };
      }
      jar.close();
    }
    return Packaged.class.getClassLoader().getResourceAsStream(name);
  }

  /** The jar or folder this class was loaded from, or null when that is not a local path. */
  private static Path home() {
    CodeSource source = Packaged.class.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null || !"file".equals(location.getProtocol())) {
      return null;
    }
    try {
      return Path.of(location.toURI());
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
