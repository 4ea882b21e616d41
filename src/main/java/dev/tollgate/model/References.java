package dev.tollgate.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which resources a resource's configuration refers to, per top-level attribute: the plan's
 * {@code configuration} says {@code aws_autoscaling_group.web}'s {@code launch_configuration} refers to
 * {@code aws_launch_configuration.web}. Keys and values are configuration addresses (no instance keys,
 * module path included); a reference inside a nested block counts for the block's top-level attribute.
 */
public record References(Map<String, Map<String, List<String>>> byAddress) {

  public static final References NONE = new References(Map.of());

  public References {
    Map<String, Map<String, List<String>>> copy = new LinkedHashMap<>();
    byAddress.forEach((address, attrs) -> {
      Map<String, List<String>> inner = new LinkedHashMap<>();
      attrs.forEach((attr, targets) -> inner.put(attr, List.copyOf(targets)));
      copy.put(address, Collections.unmodifiableMap(inner));
    });
    byAddress = Collections.unmodifiableMap(copy);
  }

  /** The configuration addresses {@code configAddress}'s {@code attribute} refers to, in order. */
  public List<String> of(String configAddress, String attribute) {
    return byAddress.getOrDefault(configAddress, Map.of()).getOrDefault(attribute, List.of());
  }

  public boolean isEmpty() {
    return byAddress.isEmpty();
  }
}
