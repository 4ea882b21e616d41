package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code google_container_node_pool}: its nodes priced as Compute Engine VMs, node count per zone
 * times the zones the pool spans. Where the pool does not say its location or node locations, its
 * cluster's (the {@code cluster} it refers to in the same plan) are used.
 */
public final class ContainerNodePoolPricer implements RelatedPricer {

  static final UsageKey NODES = UsageKey.number("nodes", "Nodes per zone (overrides node_count and the autoscaler's minimum).");

  @Override
  public String resourceType() {
    return "google_container_node_pool";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(NODES);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    List<String> assumptions = new ArrayList<>();
    Optional<Resource> cluster = related.referencedBy(r, "cluster", "google_container_cluster").stream().findFirst();
    String location = a.string("location").filter(s -> !s.isBlank()).orElse("");
    String region = r.region().code();
    if (location.isEmpty() && cluster.isPresent()) {
      location = cluster.get().attributes().string("location").orElse("");
      region = cluster.get().region().code();
      assumptions.add("location taken from its cluster " + cluster.get().address() + ": " + (location.isEmpty() ? region : location));
    }
    List<String> poolLocations = a.strings("node_locations");
    int zones = poolLocations.isEmpty() && cluster.isPresent()
        ? NodePools.zones(location, cluster.get().attributes().strings("node_locations"), false, assumptions)
        : NodePools.zones(location, poolLocations, true, assumptions);
    BigDecimal perZone = NodePools.perZone(a, usage.number(NODES.key()), assumptions);
    BigDecimal nodes = perZone.multiply(BigDecimal.valueOf(zones));
    if (zones > 1) {
      assumptions.add(nodes.toPlainString() + " nodes: " + perZone.toPlainString() + " per zone in " + zones + " zones");
    }
    Attributes config = a.block("node_config").orElse(Attributes.EMPTY);
    return new Outcome.Priced(NodePools.components(region, config, nodes, prices, assumptions), List.of(), assumptions);
  }
}
