package dev.tollgate.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which resources each resource's configuration refers to, attribute by attribute, as the input
 * states it (a plan's {@code configuration} expressions): {@code module.mig.google_compute_region_instance_group_manager.this}
 * refers at {@code version.instance_template} to {@code module.tpl.google_compute_instance_template.tpl}.
 * Attribute paths join block and attribute names with dots, without list indexes. Addresses are
 * module-qualified resource addresses without attribute suffixes; one may carry a resource index
 * ({@code ...tpl[0]}) when the configuration named one.
 *
 * @param byResource config address (no indexes) of the referring resource, to attribute path, to referenced addresses
 */
public record References(Map<String, Map<String, List<String>>> byResource) {

  public static final References NONE = new References(Map.of());

  public References {
    Objects.requireNonNull(byResource, "byResource");
    byResource = Map.copyOf(byResource);
  }

  /** The addresses {@code configAddress}'s attribute {@code attributePath} refers to; empty when none. */
  public List<String> of(String configAddress, String attributePath) {
    return byResource.getOrDefault(configAddress, Map.of()).getOrDefault(attributePath, List.of());
  }

  /** Every attribute path of {@code configAddress} that refers to something, with what it refers to. */
  public Map<String, List<String>> of(String configAddress) {
    return byResource.getOrDefault(configAddress, Map.of());
  }
}
