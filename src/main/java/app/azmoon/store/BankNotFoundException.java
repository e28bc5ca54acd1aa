package app.azmoon.store;

/** {@code --bank} named neither a file nor the id of a bank Azmoon can see. */
public final class BankNotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public BankNotFoundException(String message) {
    super(message);
  }
}
