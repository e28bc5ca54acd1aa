package app.azmoon.tui;

import java.util.List;

/** Where answers come from: a JLine line editor on a terminal, or plain lines from a pipe. */
public interface LineInput extends AutoCloseable {

  /** Ctrl-D, or the end of piped input. */
  final class EndOfInput extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /** Ctrl-C on a terminal. */
  final class Interrupted extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /**
   * Reads one line after showing {@code prompt}; {@code completions} are offered to Tab.
   *
   * @throws EndOfInput at Ctrl-D or the end of input
   * @throws Interrupted at Ctrl-C
   */
  String read(String prompt, List<String> completions) throws EndOfInput, Interrupted;

  /**
   * Erases each typed line once it is entered, where this input can, so that the caller can show it
   * again as it reads (in visual mode the editor shows Persian unjoined, in stored order); returns
   * whether it does.
   */
  default boolean eraseTypedLines() {
    return false;
  }

  /**
   * After a first Ctrl-C: shows {@code question}; a second Ctrl-C, or the end of input, confirms
   * the quit, and Enter or anything else goes on. Play and review ask alike.
   */
  default boolean confirmQuit(List<String> question) {
    print(question);
    try {
      read("", List.of());
      return false;
    } catch (Interrupted | EndOfInput e) {
      return true;
    }
  }

  /** Prints lines above the prompt. */
  void print(List<String> lines);

  /** The width to lay text out in. */
  int width();

  @Override
  void close();
}
