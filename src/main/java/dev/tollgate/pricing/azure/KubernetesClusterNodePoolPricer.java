package dev.tollgate.pricing.azure;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Region;
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
 * {@code azurerm_kubernetes_cluster_node_pool}: its nodes (Linux or Windows by {@code os_type}, Spot
 * by {@code priority}) and their OS disks, see {@link AksPools}. A node pool has no location of its
 * own: it runs where the cluster its {@code kubernetes_cluster_id} names does (the plan reader gives it
 * that region when the cluster is in the same plan; the pricer does too for inputs that do not).
 */
public final class KubernetesClusterNodePoolPricer implements RelatedPricer {

  static final UsageKey NODES = UsageKey.number("nodes", "Nodes the pool runs (overrides node_count).");

  @Override
  public String resourceType() {
    return "azurerm_kubernetes_cluster_node_pool";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(NODES, VmParts.MONTHLY_HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    List<String> assumptions = new ArrayList<>();
    String region = r.region().code();
    Optional<Resource> cluster = related.referencedBy(r, "kubernetes_cluster_id", "azurerm_kubernetes_cluster").stream().findFirst();
    if ((r.region().source() == Region.Source.ASSUMED || r.region().source() == Region.Source.UNKNOWN) && cluster.isPresent()) {
      region = cluster.get().region().code();
      assumptions.add("runs in its cluster " + cluster.get().address() + "'s region, " + region);
    }
    VmHours.Os os = a.string("os_type").map(t -> t.equalsIgnoreCase("Windows")).orElse(false) ? VmHours.Os.WINDOWS : VmHours.Os.LINUX;
    BigDecimal nodes = AksPools.nodes(a, usage.number(NODES.key()), assumptions);
    VirtualMachines vm = VirtualMachines.of(a, "vm_size", os);
    return new Outcome.Priced(vm.components(region, VmParts.hours(usage), nodes, prices),
        AksPools.osDisks(region, a, vm, nodes, prices, assumptions), assumptions);
  }
}
