package dev.tollgate.model;

import java.util.List;
import java.util.Objects;

/** A named part of a resource priced on its own, such as an instance's {@code root_block_device}. */
public record SubResource(String name, List<CostComponent> components, List<SubResource> subresources) {

  public SubResource {
    Objects.requireNonNull(name, "name");
    components = List.copyOf(components);
    subresources = List.copyOf(subresources);
  }

  public static SubResource of(String name, List<CostComponent> components) {
    return new SubResource(name, components, List.of());
  }

  public CostTotals totals() {
    return CostTotals.of(components, subresources);
  }
}
