package dev.tollgate.pricing;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The usage figures given for one resource (from a usage file): numbers, strings and nested blocks.
 * Absent keys answer empty, so a pricer shows "depends on usage" rather than inventing a quantity.
 */
public final class Usage {

  public static final Usage NONE = new Usage(Map.of());

  private final Map<String, Object> values;

  public Usage(Map<String, Object> values) {
    this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  public Map<String, Object> values() {
    return values;
  }

  public Optional<BigDecimal> number(String key) {
    Object v = values.get(key);
    if (v instanceof BigDecimal) {
      return Optional.of((BigDecimal) v);
    }
    if (v instanceof String) {
      try {
        return Optional.of(new BigDecimal(((String) v).trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  public Optional<String> string(String key) {
    Object v = values.get(key);
    if (v instanceof String) {
      return Optional.of((String) v);
    }
    if (v instanceof BigDecimal) {
      return Optional.of(((BigDecimal) v).toPlainString());
    }
    return Optional.empty();
  }

  @SuppressWarnings("unchecked")
  public Usage block(String key) {
    Object v = values.get(key);
    return v instanceof Map ? new Usage((Map<String, Object>) v) : NONE;
  }

  /** {@code this} with {@code more}'s keys added where {@code this} has none. */
  public Usage orElse(Usage more) {
    Map<String, Object> merged = new LinkedHashMap<>(more.values);
    merged.putAll(values);
    return new Usage(merged);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
