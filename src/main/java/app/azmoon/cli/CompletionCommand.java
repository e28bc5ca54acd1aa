package app.azmoon.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints a shell completion script; the bash script also serves zsh through bashcompinit. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    description = {
      "Prints a completion script for bash or zsh: Tab then completes commands, options, and the"
          + " values of options that take one of a few (--rtl, --color, --lang, --order, --report).",
      "Try: source <(azmoon completion bash)",
      "For zsh: source <(azmoon completion zsh)"
    })
final class CompletionCommand implements Callable<Integer> {
  enum Shell {
    bash,
    zsh
  }

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "bash or zsh")
  Shell shell;

  @Override
  public Integer call() {
    String script = AutoComplete.bash("azmoon", spec.root().commandLine());
    // picocli's script loads bashcompinit itself when it runs under zsh.
    spec.commandLine().getOut().print(script);
    spec.commandLine().getOut().flush();
    return ExitCode.OK;
  }
}
