package dev.tollgate.pricing;

import java.util.Objects;

/**
 * One usage figure a pricer reads from an Infracost-format usage file, declared once: its key, type,
 * default and what it means. The usage-file parser and the generated docs both read these.
 */
public record UsageKey(String key, Type type, String defaultValue, String description) {

  public enum Type {
    NUMBER,
    STRING,
    /** A nested block of keys, like an S3 bucket's {@code standard:}. */
    BLOCK
  }

  public UsageKey {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
  }

  public static UsageKey number(String key, String description) {
    return new UsageKey(key, Type.NUMBER, null, description);
  }

  public static UsageKey number(String key, String defaultValue, String description) {
    return new UsageKey(key, Type.NUMBER, defaultValue, description);
  }

  public static UsageKey string(String key, String description) {
    return new UsageKey(key, Type.STRING, null, description);
  }
}
