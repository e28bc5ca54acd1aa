package app.azmoon.domain.derive;

/** Why a number or a date in the text was left out of the draft. */
public enum Reason {
  NAME("a name or a model, not a quantity"),
  WEEKDAY("a weekday's name"),
  VAGUE("not an exact number"),
  ARTICLE("«یک» alone is read as the article \"a\""),
  NEGATION("«نه» alone is read as \"no\""),
  FRACTION("a fraction, a ratio or a time"),
  TOO_LONG("more than 18 digits before or after the point, more than a bank holds"),
  MONTH_WITHOUT_YEAR("a month without a year"),
  NO_EARLIER_YEAR("\"this year\" with no year before it in the text"),
  NOT_A_DATE("no such date"),
  LONG_SENTENCE("the sentence is over 2000 characters: add the full stops it lacks"),
  BRACES("the sentence holds {{ or }}, which a cloze question cannot"),
  CONTROL_CHARACTERS("the sentence holds control characters, which a bank cannot");

  private final String description;

  Reason(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
