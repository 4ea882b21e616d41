package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code google_container_cluster}: the cluster management fee (or Autopilot's fee and pod resources),
 * whose price no source in the catalog has, so those lines say so; and the nodes of its default pool
 * (unless removed) and of inline {@code node_pool} blocks, priced as Compute Engine VMs. Separately
 * managed pools are {@code google_container_node_pool} resources.
 */
public final class ContainerClusterPricer implements Pricer {

  static final UsageKey NODES = UsageKey.number("nodes", "Nodes per zone of the default node pool.");
  static final UsageKey AUTOPILOT_VCPU = UsageKey.number("autopilot_vcpu_count", "Autopilot: vCPUs requested by pods.");
  static final UsageKey AUTOPILOT_MEMORY = UsageKey.number("autopilot_memory_gb", "Autopilot: GB of memory requested by pods.");
  static final UsageKey AUTOPILOT_STORAGE =
      UsageKey.number("autopilot_ephemeral_storage_gb", "Autopilot: GB of ephemeral storage requested by pods.");

  private static final String NO_GKE_PRICES = "the catalog's sources have no Google Kubernetes Engine prices "
      + "(no public, permissively licensed GKE price list; see pricing-sources/SOURCES.md)";

  @Override
  public String resourceType() {
    return "google_container_cluster";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(NODES, AUTOPILOT_VCPU, AUTOPILOT_MEMORY, AUTOPILOT_STORAGE);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    String location = a.string("location").orElse("");
    List<String> assumptions = new ArrayList<>();
    List<CostComponent> components = new ArrayList<>();
    List<SubResource> subs = new ArrayList<>();
    UnitPrice none = UnitPrice.missing(NO_GKE_PRICES);
    if (a.bool("enable_autopilot").orElse(false)) {
      components.add(CostComponent.fixed("Autopilot", "hours", Hours.PER_MONTH, none));
      components.add(CostComponent.usage("Autopilot vCPU", "vCPU-hours", monthly(usage, AUTOPILOT_VCPU), none));
      components.add(CostComponent.usage("Autopilot memory", "GB-hours", monthly(usage, AUTOPILOT_MEMORY), none));
      components.add(CostComponent.usage("Autopilot ephemeral storage", "GB-hours", monthly(usage, AUTOPILOT_STORAGE), none));
      return new Outcome.Priced(components, subs, assumptions);
    }
    components.add(CostComponent.fixed("Cluster management fee", "hours", Hours.PER_MONTH, none));
    List<String> nodeLocations = a.strings("node_locations");
    List<Attributes> pools = a.blocks("node_pool");
    if (!a.bool("remove_default_node_pool").orElse(false) && pools.isEmpty()) {
      List<String> poolAssumptions = new ArrayList<>();
      int zones = NodePools.zones(location, nodeLocations, false, poolAssumptions);
      BigDecimal perZone = usage.number(NODES.key()).orElseGet(() -> a.number("initial_node_count").orElseGet(() -> {
        poolAssumptions.add("initial_node_count not set; assumed 3 nodes per zone");
        return BigDecimal.valueOf(3);
      }));
      Attributes config = a.block("node_config").orElse(Attributes.EMPTY);
      subs.add(SubResource.of("default_pool", NodePools.components(region, config,
          perZone.multiply(BigDecimal.valueOf(zones)), prices, poolAssumptions)));
      poolAssumptions.forEach(s -> assumptions.add("default_pool: " + s));
    }
    for (int i = 0; i < pools.size(); i++) {
      Attributes pool = pools.get(i);
      List<String> poolAssumptions = new ArrayList<>();
      List<String> own = pool.strings("node_locations");
      int zones = own.isEmpty() ? NodePools.zones(location, nodeLocations, false, poolAssumptions)
          : NodePools.zones(location, own, true, poolAssumptions);
      BigDecimal perZone = NodePools.perZone(pool, Optional.empty(), poolAssumptions);
      Attributes config = pool.block("node_config").orElse(Attributes.EMPTY);
      String name = "node_pool[" + i + "]";
      subs.add(SubResource.of(name, NodePools.components(region, config, perZone.multiply(BigDecimal.valueOf(zones)),
          prices, poolAssumptions)));
      poolAssumptions.forEach(s -> assumptions.add(name + ": " + s));
    }
    return new Outcome.Priced(components, subs, assumptions);
  }

  /** Autopilot bills requested resources per hour; the usage file gives the average requested. */
  private static Optional<BigDecimal> monthly(Usage usage, UsageKey key) {
    return usage.number(key.key()).map(n -> n.multiply(Hours.PER_MONTH));
  }
}
