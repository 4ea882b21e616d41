package dev.tollgate.pricing.gcp;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.pricing.Prices;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * GKE node pools, in a cluster or on their own: nodes are Compute Engine VMs ({@link Vm#ofNodeConfig}),
 * and a pool has its node count in every zone it spans: one for a zonal pool, the node locations
 * where given, else the region's three zones.
 */
final class NodePools {

  private static final Pattern ZONE = Pattern.compile("^[a-z]+-[a-z]+\\d+-[a-z]$");
  private static final int REGION_ZONES = 3;

  private NodePools() {}

  static boolean isZone(String location) {
    return ZONE.matcher(location).matches();
  }

  /**
   * How many zones a pool's nodes run in. A pool's own {@code node_locations} are the whole list; a
   * zonal cluster's are extra zones besides its own (the provider's docs say to omit the cluster's zone).
   */
  static int zones(String location, List<String> nodeLocations, boolean poolLocations, List<String> assumptions) {
    if (!nodeLocations.isEmpty()) {
      if (poolLocations || !isZone(location)) {
        return nodeLocations.size();
      }
      return (int) java.util.stream.Stream.concat(java.util.stream.Stream.of(location), nodeLocations.stream()).distinct().count();
    }
    if (isZone(location)) {
      return 1;
    }
    if (location.isEmpty()) {
      assumptions.add("pool location unknown; assumed a regional pool in " + REGION_ZONES + " zones");
    }
    return REGION_ZONES;
  }

  /**
   * Nodes per zone: the usage file's {@code nodes}, else {@code node_count}, else the autoscaler's
   * minimum, else {@code initial_node_count}, else GKE's default of 3.
   */
  static BigDecimal perZone(Attributes pool, Optional<BigDecimal> usageNodes, List<String> assumptions) {
    if (usageNodes.isPresent()) {
      return usageNodes.get();
    }
    Optional<BigDecimal> count = pool.number("node_count");
    if (count.isPresent()) {
      return count.get();
    }
    Optional<BigDecimal> min = pool.block("autoscaling").flatMap(a -> a.number("min_node_count"));
    if (min.isPresent()) {
      assumptions.add("autoscaling pool priced at its min_node_count of " + min.get().toPlainString() + " per zone");
      return min.get();
    }
    Optional<BigDecimal> initial = pool.number("initial_node_count");
    if (initial.isPresent()) {
      return initial.get();
    }
    assumptions.add("node count not set" + (pool.isUnknown("node_count") ? " (known after apply)" : "") + "; assumed 3 per zone");
    return BigDecimal.valueOf(3);
  }

  /** The pool's components: {@code nodes} VMs of its node config, each running all month. */
  static List<CostComponent> components(String region, Attributes nodeConfig, BigDecimal nodes, Prices prices,
      List<String> assumptions) {
    Vm vm = Vm.ofNodeConfig(nodeConfig, assumptions);
    return vm.components(region, Hours.PER_MONTH, nodes, prices, assumptions);
  }
}
