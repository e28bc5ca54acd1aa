package app.azmoon.store;

import app.azmoon.domain.question.Bank;
import app.azmoon.domain.question.LazyQuestions;
import app.azmoon.domain.question.Question;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The bundled bank read through the index its build made ({@link BundledIndex}): the header and
 * then only the questions a run asks for, each read on its own. Empty wherever the index cannot be
 * used — missing, made from other bytes, or anything else going wrong — and the caller then reads
 * the whole bank as before, which words any problem as it always has.
 */
final class BundledBank {
  private final BankReader reader;
  private final Origin bank;
  private final Origin index;

  /** {@code bank} read through {@code index}, its index (both in the jar, but for tests). */
  BundledBank(BankReader reader, Origin bank, Origin index) {
    this.reader = reader;
    this.bank = bank;
    this.index = index;
  }

  /** The bank holding only the question {@code questionId}, or none when it has no such one. */
  Optional<Bank> only(String questionId) {
    return open()
        .map(
            open -> {
              List<BundledIndex.Entry> entries = open.index().entries();
              for (int i = 0; i < entries.size(); i++) {
                if (entries.get(i).id().equals(questionId)) {
                  return open.with(List.of(open.question(i)));
                }
              }
              return open.with(List.of());
            });
  }

  /** The whole bank, each question read when first asked for. */
  Optional<Bank> lazily() {
    return open()
        .map(
            open ->
                open.with(
                    new LazyQuestions(
                        open.index().entries().stream().map(BundledIndex.Entry::id).toList(),
                        open.index().entries().stream().map(BundledIndex.Entry::tags).toList(),
                        open::question,
                        open::questions)));
  }

  /** The index, the bank's bytes it was made from, and the bank read without its questions. */
  private Optional<Open> open() {
    try {
      Optional<BundledIndex> parsed =
          BundledIndex.parse(
              new String(index.readBytes(Origin.Limit.bank(1 << 20)), StandardCharsets.UTF_8));
      if (parsed.isEmpty()) {
        return Optional.empty();
      }
      byte[] bytes = bank.readBytes(Origin.Limit.bank(reader.maxBytes()));
      if (!parsed.get().describes(bytes)) {
        return Optional.empty();
      }
      Bank header =
          reader.readTrusted(new Origin.Excerpt(bank, parsed.get().header(bytes)), id -> true);
      return Optional.of(new Open(parsed.get(), bytes, header));
    } catch (InvalidDataException | StorageException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private final class Open {
    private final BundledIndex index;
    private final byte[] bytes;
    private final Bank header;

    Open(BundledIndex index, byte[] bytes, Bank header) {
      this.index = index;
      this.bytes = bytes;
      this.header = header;
    }

    BundledIndex index() {
      return index;
    }

    Question question(int i) {
      return reader.readTrustedQuestion(bank, index.question(bytes, i), header.language());
    }

    /** All the questions, read in one pass over the bank's bytes. */
    List<Question> questions() {
      return reader.readTrusted(new Origin.Excerpt(bank, bytes), id -> true).questions();
    }

    Bank with(List<Question> questions) {
      return new Bank(header.id(), header.title(), header.language(), header.source(), questions);
    }
  }
}
