package app.azmoon.cli;

import app.azmoon.store.OutputTarget;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/**
 * The check every writing command makes before it writes: an output that is one of the run's own
 * inputs (the answers file, the spec, a bank, the text to import) is refused, exit 2, one sentence,
 * and nothing is written. How an output is then written is {@link OutputTarget}'s rule.
 */
final class Outputs {
  private Outputs() {}

  /** Not a mistake in the options but a file in the way: a sentence with no usage hint. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String sentence) {
      super(sentence);
    }
  }

  /**
   * Throws {@link Refused} when writing {@code output} (given as {@code option}) would replace one
   * of {@code inputs}.
   */
  static void refuseInputs(String option, Path output, Collection<Path> inputs) {
    refuse(option, output, OutputTarget.clashes(inputs));
  }

  /** {@link #refuseInputs} with the inputs looked up once, for many outputs. */
  static void refuse(String option, Path output, Function<Path, Optional<Path>> clashes) {
    clashes
        .apply(output)
        .ifPresent(
            input -> {
              throw new Refused(
                  option
                      + " "
                      + output
                      + (output.equals(input) ? "" : " is " + input + ", which")
                      + " is an input of this command: write to another file");
            });
  }
}
