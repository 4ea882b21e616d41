package dev.tollgate.pricing;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resource types Tollgate knows it cannot price, each with the specific reason (usually: no public,
 * permissively licensed price source has them yet), listed per cloud in {@code unsupported/<cloud>.txt}
 * as {@code type<TAB>reason}. Everything neither priced, free nor listed gets the generic reason.
 */
public final class UnsupportedResources {

  private static final Map<String, String> REASONS = load();

  private UnsupportedResources() {}

  public static Optional<String> reason(String type) {
    return Optional.ofNullable(REASONS.get(type));
  }

  public static Map<String, String> all() {
    return REASONS;
  }

  private static Map<String, String> load() {
    Map<String, String> m = new TreeMap<>();
    for (String line : ResourceLists.lines("unsupported")) {
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IllegalStateException("unsupported resource list line without a reason: " + line);
      }
      if (m.put(line.substring(0, tab), line.substring(tab + 1).strip()) != null) {
        throw new IllegalStateException("listed twice as unsupported: " + line.substring(0, tab));
      }
    }
    return Collections.unmodifiableMap(m);
  }
}
