package dev.tollgate.pricing;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One product attribute condition, as Infracost's Cloud Pricing API takes them: an exact value, or a
 * regular expression written {@code /pattern/} or {@code /pattern/i}.
 */
public record AttributeFilter(String key, String value, String valueRegex) {

  public AttributeFilter {
    Objects.requireNonNull(key, "key");
    if ((value == null) == (valueRegex == null)) {
      throw new IllegalArgumentException("an attribute filter needs exactly one of value or valueRegex: " + key);
    }
  }

  public static AttributeFilter eq(String key, String value) {
    return new AttributeFilter(key, value, null);
  }

  public static AttributeFilter regex(String key, String valueRegex) {
    return new AttributeFilter(key, null, valueRegex);
  }

  public boolean isExact() {
    return value != null;
  }

  /** Compiles {@code /pattern/flags}; a bare pattern is taken as is. */
  public Pattern pattern() {
    String r = valueRegex;
    int flags = 0;
    if (r.length() >= 2 && r.startsWith("/")) {
      int end = r.lastIndexOf('/');
      if (end > 0) {
        if (r.substring(end + 1).contains("i")) {
          flags |= Pattern.CASE_INSENSITIVE;
        }
        r = r.substring(1, end);
      }
    }
    return Pattern.compile(r, flags);
  }

  @Override
  public String toString() {
    return key + (value != null ? "=" + value : "~" + valueRegex);
  }
}
