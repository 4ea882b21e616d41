package dev.tollgate.advice;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Resource;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Whether a resource's tags say it is not production: a tag {@code environment}, {@code env} or
 * {@code stage} (any case) whose value is one of {@link #VALUES} ({@code dev}, {@code staging},
 * {@code qa}, ...), as a whole or as a word of it ({@code dev-eu-1}), unless a word of it says
 * production ({@code prod}, {@code production}, {@code prd}, {@code live}). Untagged resources and
 * anything ambiguous count as production: a rule that trades availability for money must be sure.
 * The lists are one constructor away from configuration ({@code .tollgate.yml}).
 */
record NonProduction(Set<String> keys, Set<String> values) {

  static final Set<String> KEYS = Set.of("environment", "env", "stage");
  static final Set<String> VALUES = Set.of("dev", "develop", "development", "test", "testing", "qa", "staging", "stage",
      "stg", "sandbox", "sbx", "uat", "nonprod", "non-prod", "non-production", "preprod", "pre-prod", "preview");
  private static final Set<String> PRODUCTION = Set.of("prod", "production", "prd", "live");

  static final NonProduction DEFAULT = new NonProduction(KEYS, VALUES);

  NonProduction {
    keys = Set.copyOf(keys);
    values = Set.copyOf(values);
  }

  /**
   * The tag that says the resource is not production ({@code env = dev}), or empty. An autoscaling
   * group's tags are {@code tag} blocks of {@code key} and {@code value}, not a map.
   */
  Optional<String> tag(Resource r) {
    Map<String, String> tags = new HashMap<>(r.tags());
    for (Attributes t : r.attributes().blocks("tag")) {
      t.string("key").ifPresent(k -> t.string("value").ifPresent(v -> tags.putIfAbsent(k, v)));
    }
    return tag(tags);
  }

  /** Every environment tag must say non-production: {@code env = dev} with {@code stage = prod} is production. */
  Optional<String> tag(Map<String, String> tags) {
    Optional<String> found = Optional.empty();
    for (Map.Entry<String, String> t : new TreeMap<>(tags).entrySet()) {
      if (!keys.contains(t.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (!nonProduction(t.getValue())) {
        return Optional.empty();
      }
      found = found.or(() -> Optional.of(t.getKey() + " = " + t.getValue()));
    }
    return found;
  }

  private boolean nonProduction(String value) {
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (values.contains(v)) {
      return true;
    }
    List<String> words = Arrays.asList(v.split("[^a-z0-9]+"));
    return words.stream().anyMatch(values::contains) && words.stream().noneMatch(PRODUCTION::contains);
  }
}
