package dev.tollgate.terraform.hcl.functions;

/**
 * A function or operator was given something it cannot use. The evaluator adds the location; a
 * {@link #fatal} one (a size or time limit broken) stops the whole evaluation rather than making
 * one attribute unknown.
 */
public class FnException extends RuntimeException {

  private final boolean fatal;
  private final String code;

  public FnException(String message) {
    this("hcl.eval", message, false);
  }

  public FnException(String code, String message, boolean fatal) {
    super(message, null, false, false);
    this.code = code;
    this.fatal = fatal;
  }

  public static FnException limit(String message) {
    return new FnException("hcl.limit", message, true);
  }

  /**
   * A path that would leave the repository. Nothing is read; the value is unknown and the refusal a
   * note, so that a module reading {@code ~/.ssh/id_rsa.pub} (as many examples do) is still priced.
   */
  public static FnException sandbox(String message) {
    return new FnException("hcl.sandbox", "refused: " + message + "; nothing was read", false);
  }

  public boolean fatal() {
    return fatal;
  }

  public String code() {
    return code;
  }
}
