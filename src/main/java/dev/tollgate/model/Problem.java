package dev.tollgate.model;

import java.util.Objects;

/**
 * Something wrong with an input, where it is and what to do about it.
 *
 * @param code a short stable identifier, {@code plan.truncated}
 * @param message one sentence for a person, saying what to do where it can
 * @param location {@code file}, {@code file:line:col}, or {@code file: json.path}; empty when unknown
 */
public record Problem(String code, String message, String location) {

  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    location = location == null ? "" : location;
  }

  /** {@code location: error: message}, the way compilers print. */
  public String render() {
    return location.isEmpty() ? "error: " + message : location + ": error: " + message;
  }
}
