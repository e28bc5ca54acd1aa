package app.azmoon.cli;

import app.azmoon.store.Origin;
import picocli.CommandLine.Option;

/** {@code --max-bank-size}: the most a command reads of a bank, a source text or another file. */
final class SizeOption {
  @Option(
      names = "--max-bank-size",
      paramLabel = "BYTES",
      converter = ByteSize.class,
      description =
          "Largest bank or source text read (and the file import or derive reads), e.g. 64M"
              + " (default), 200K, 1G. Answers files and drill specs have a fixed 1 MiB limit.")
  long bytes = Origin.DEFAULT_MAX_BYTES;

  Origin.Limit limit() {
    return Origin.Limit.bank(bytes);
  }
}
