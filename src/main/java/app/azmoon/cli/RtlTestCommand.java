package app.azmoon.cli;

import app.azmoon.text.Layout;
import app.azmoon.text.RtlMode;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Shows one Persian line both ways: no terminal can be asked whether it does bidi. */
@Command(
    name = "rtl-test",
    mixinStandardHelpOptions = true,
    description = {
      "Prints one Persian sample line twice: as stored (for terminals that reorder right-to-left"
          + " text themselves) and reordered and joined by Azmoon (for terminals that do not).",
      "Use the --rtl mode of the line that reads right, or set AZMOON_RTL to it."
    })
final class RtlTestCommand implements Callable<Integer> {
  static final String SAMPLE = "در ۱۲ آوریل ۱۹۵۱ (پنج‌شنبهٔ سیاه) ۳۰ فروند میگ-۱۵ حمله کردند.";
  private static final int WIDTH = 72;

  @Spec CommandSpec spec;

  @ParentCommand AzmoonCommand root;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.println("A  --rtl terminal (the terminal reorders):");
    Layout.lines(SAMPLE, WIDTH, RtlMode.TERMINAL).forEach(out::println);
    out.println();
    out.println("B  --rtl visual (Azmoon reorders and joins letters):");
    Layout.lines(SAMPLE, WIDTH, RtlMode.VISUAL).forEach(out::println);
    out.println();
    out.println("The right one reads: in 12 April 1951 (Black Thursday) 30 MiG-15s attacked,");
    out.println(
        "from the right edge, with joined letters and the brackets around «پنج‌شنبهٔ سیاه».");
    RtlMode auto = RtlMode.detect(root.env(), root.console().isTerminal(), Optional.empty());
    out.println(
        "Here --rtl auto chooses "
            + (auto == RtlMode.TERMINAL ? "A (terminal)" : "B (visual)")
            + "; to choose yourself: export AZMOON_RTL=terminal or AZMOON_RTL=visual.");
    out.flush();
    return ExitCode.OK;
  }
}
