package dev.tollgate.vcs;

/**
 * A code host call that did not work, as one of a closed set of kinds so callers can tell "fix the
 * token" from "try later" from "this input is refused". Messages are one line for a person: they name
 * the host, the repository, what was being done and what to do; they never carry a token or a key.
 */
public abstract sealed class VcsException extends Exception {

  private final int status;

  private VcsException(String message, int status, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** The HTTP status the host answered, or -1 when there was no answer (or none was sent). */
  public int status() {
    return status;
  }

  /** No host is set up (no token, no app); the message says which setting is missing. */
  public static final class NotConfigured extends VcsException {
    public NotConfigured(String message) {
      super(message, -1, null);
    }
  }

  /** 401: the token or app credentials were rejected. */
  public static final class Unauthorized extends VcsException {
    public Unauthorized(String message, Throwable cause) {
      super(message, 401, cause);
    }
  }

  /** 403: the token is valid but lacks a permission, named in the message. */
  public static final class Forbidden extends VcsException {
    public Forbidden(String message, Throwable cause) {
      super(message, 403, cause);
    }
  }

  /** 404: the repository, pull request, file or comment does not exist, or the token cannot see it. */
  public static final class NotFound extends VcsException {
    public NotFound(String message, Throwable cause) {
      super(message, 404, cause);
    }
  }

  /** A rate limit that did not clear within the wait Tollgate allows itself. */
  public static final class RateLimited extends VcsException {
    public RateLimited(String message, int status, Throwable cause) {
      super(message, status, cause);
    }
  }

  /** The host failed (5xx, or no answer) and retrying did not help. */
  public static final class Unavailable extends VcsException {
    public Unavailable(String message, int status, Throwable cause) {
      super(message, status, cause);
    }
  }

  /** The host refused the request (422 and friends), or Tollgate refused to send it (too long). */
  public static final class Rejected extends VcsException {
    public Rejected(String message, int status, Throwable cause) {
      super(message, status, cause);
    }
  }

  /** A file or archive over the size Tollgate accepts. */
  public static final class TooLarge extends VcsException {
    public TooLarge(String message) {
      super(message, -1, null);
    }
  }

  /** An archive with an entry that would escape the target folder, or otherwise not safe to unpack. */
  public static final class UnsafeArchive extends VcsException {
    public UnsafeArchive(String message) {
      super(message, -1, null);
    }
  }
}
