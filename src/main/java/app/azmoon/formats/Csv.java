package app.azmoon.formats;

import app.azmoon.domain.question.Bank;

/**
 * CSV and TSV files as spreadsheets save them: a header row naming the columns, then one question
 * per row. The smallest file is
 *
 * <pre>
 * prompt,answer,tags
 * پایتخت کره جنوبی کجاست؟,سئول|سیول,places
 * </pre>
 *
 * <p>Every kind of question has a form (docs/interop.md); exporting a bank and importing the file
 * gives back the same questions and answers, except quotes, which need the bank's source text.
 */
public final class Csv implements BankImport, BankExport {
  @Override
  public Imported read(String text, String idPrefix) {
    return CsvImport.read(text, idPrefix);
  }

  @Override
  public Exported write(Bank bank) {
    return CsvExport.write(bank);
  }
}
