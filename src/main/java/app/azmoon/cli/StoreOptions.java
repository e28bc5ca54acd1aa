package app.azmoon.cli;

import app.azmoon.store.BankCatalog;
import app.azmoon.store.BankReader;
import app.azmoon.store.Origin;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where Azmoon keeps and finds its files; shared by every command that reads banks. */
final class StoreOptions {
  @Option(
      names = "--data-dir",
      paramLabel = "DIR",
      description =
          "Data directory (banks/, progress, sessions). Default: $AZMOON_HOME, else"
              + " $XDG_DATA_HOME/azmoon (when absolute), else ~/.local/share/azmoon.")
  Path dataDir;

  @Mixin SizeOption size;

  Path dataDir(Map<String, String> env) {
    return dataDir != null ? dataDir : defaultDataDir(env);
  }

  /**
   * The data directory when {@code --data-dir} is not given. Plain tests rather than lambdas: a
   * lambda no earlier run took (as when AZMOON_HOME is unset) is spun at first use, ~5 ms.
   */
  static Path defaultDataDir(Map<String, String> env) {
    String home = env.get("AZMOON_HOME");
    if (nonBlank(home)) {
      return Path.of(home);
    }
    // The XDG spec: a relative path there is invalid and is ignored.
    String xdg = env.get("XDG_DATA_HOME");
    if (nonBlank(xdg) && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "azmoon");
    }
    String user = env.get("HOME");
    return Path.of(
        nonBlank(user) ? user : System.getProperty("user.home"), ".local", "share", "azmoon");
  }

  BankReader reader() {
    return new BankReader(size.bytes);
  }

  BankCatalog catalog(AzmoonCommand root) {
    return catalog(reader(), root.workingDir(), dataDir(root.env()));
  }

  /** The catalog with every option at its default. */
  static BankCatalog defaultCatalog(Map<String, String> env, Path workingDir) {
    return catalog(new BankReader(Origin.DEFAULT_MAX_BYTES), workingDir, defaultDataDir(env));
  }

  private static BankCatalog catalog(BankReader reader, Path workingDir, Path dataDir) {
    return new BankCatalog(reader, workingDir.resolve("questions"), dataDir.resolve("banks"));
  }

  private static boolean nonBlank(String value) {
    return value != null && !value.isBlank();
  }
}
