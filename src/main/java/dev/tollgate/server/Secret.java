package dev.tollgate.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * A secret (webhook secret, token, key) that never shows itself: {@link #toString} is {@code ****},
 * so it cannot leak into a log line, an exception message or a config dump by accident.
 */
public final class Secret {

  private final byte[] value;

  private Secret(byte[] value) {
    this.value = value;
  }

  public static Secret of(String value) {
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("a secret cannot be empty");
    }
    return new Secret(value.getBytes(StandardCharsets.UTF_8));
  }

  /** The secret's bytes, for a MAC key. */
  byte[] bytes() {
    return value.clone();
  }

  /**
   * Whether {@code candidate} is this secret, in time that depends on neither where they differ nor
   * their lengths (both sides are hashed first, then compared with {@link MessageDigest#isEqual}).
   */
  boolean matches(String candidate) {
    if (candidate == null) {
      return false;
    }
    return MessageDigest.isEqual(sha256(value), sha256(candidate.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] sha256(byte[] b) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(b);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "****";
  }
}
