package dev.tollgate.server;

/**
 * A request the server refuses, with its HTTP status and the result name counted in the delivery
 * metrics. Handlers throw these; {@link TollgateServer} maps them to responses in one place. The
 * message is sent to the client, so it never contains a secret or the request body.
 */
abstract class Rejected extends RuntimeException {

  private final int status;
  private final String result;

  Rejected(int status, String result, String message) {
    super(message, null, false, false);
    this.status = status;
    this.result = result;
  }

  int status() {
    return status;
  }

  String result() {
    return result;
  }

  /** 401: the signature or token does not match. */
  static final class Unauthorized extends Rejected {
    Unauthorized(String message) {
      super(401, "unauthorized", message);
    }
  }

  /** 400: not JSON, or JSON without the fields the event must have, or a required header missing. */
  static final class Malformed extends Rejected {
    Malformed(String message) {
      super(400, "malformed", message);
    }
  }

  /** 413: the body is larger than the configured limit. */
  static final class TooLarge extends Rejected {
    TooLarge(long limit) {
      super(413, "too_large", "request body larger than " + limit + " bytes");
    }
  }

  /** 404: this code host's webhook has no secret configured, so nothing from it can be trusted. */
  static final class NotConfigured extends Rejected {
    NotConfigured(String host) {
      super(404, "not_configured", host + " webhooks are not configured on this server (no webhook secret)");
    }
  }

  /** 503: the delivery could not be stored; the code host should deliver it again. */
  static final class Unavailable extends Rejected {
    Unavailable() {
      super(503, "unavailable", "the job queue is unavailable; deliver again later");
    }
  }
}
