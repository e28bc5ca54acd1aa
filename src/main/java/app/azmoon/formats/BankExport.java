package app.azmoon.formats;

import app.azmoon.domain.question.Bank;

/** Writes a bank in one file format. Pure: returns the file's text, writes nothing itself. */
public interface BankExport {
  Exported write(Bank bank);
}
