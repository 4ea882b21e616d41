package dev.tollgate.vcs;

/**
 * A webhook delivery that cannot be used: a bad signature or token, a body that is not JSON, or a
 * field missing or of the wrong type (the message gives its JSON path).
 */
public class WebhookException extends Exception {

  public WebhookException(String message) {
    super(message);
  }

  public WebhookException(String message, Throwable cause) {
    super(message, cause);
  }
}
