package dev.tollgate.pricing.azure;

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
import java.util.Locale;

/**
 * {@code azurerm_kubernetes_cluster}: its default node pool's nodes (Linux VMs and their OS disks,
 * see {@link AksPools}); the Standard or Premium tier's hourly fee and a standard load balancer's
 * data processing, whose prices no source in the catalog has, say so.
 */
public final class KubernetesClusterPricer implements Pricer {

  static final UsageKey DEFAULT_POOL = new UsageKey("default_node_pool", UsageKey.Type.BLOCK, null,
      "default_node_pool.nodes: nodes the default pool runs (overrides node_count).");
  static final UsageKey LOAD_BALANCER = new UsageKey("load_balancer", UsageKey.Type.BLOCK, null,
      "load_balancer.monthly_data_processed_gb: GB the cluster's standard load balancer processes a month.");

  private static final String NO_PRICES = "the catalog's sources have no prices for Azure Kubernetes Service or Azure Load Balancer"
      + " (see pricing-sources/SOURCES.md)";

  @Override
  public String resourceType() {
    return "azurerm_kubernetes_cluster";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(DEFAULT_POOL, LOAD_BALANCER);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    List<CostComponent> components = new ArrayList<>();
    String tier = a.string("sku_tier").orElse("Free").toLowerCase(Locale.ROOT);
    if (tier.equals("standard") || tier.equals("paid")) {
      components.add(CostComponent.fixed("Uptime SLA", "hours", Hours.PER_MONTH, UnitPrice.missing(NO_PRICES)));
    } else if (tier.equals("premium")) {
      components.add(CostComponent.fixed("Premium tier (long-term support)", "hours", Hours.PER_MONTH, UnitPrice.missing(NO_PRICES)));
    }
    List<SubResource> subs = new ArrayList<>();
    Attributes pool = a.block("default_node_pool").orElse(Attributes.EMPTY);
    List<String> poolAssumptions = new ArrayList<>();
    BigDecimal nodes = AksPools.nodes(pool, usage.block(DEFAULT_POOL.key()).number("nodes"), poolAssumptions);
    VirtualMachines vm = VirtualMachines.of(pool, "vm_size", VmHours.Os.LINUX);
    subs.add(new SubResource("default_node_pool", vm.components(region, Hours.PER_MONTH, nodes, prices),
        AksPools.osDisks(region, pool, vm, nodes, prices, poolAssumptions)));
    poolAssumptions.forEach(s -> assumptions.add("default_node_pool: " + s));
    boolean standardLb = a.block("network_profile").flatMap(n -> n.string("load_balancer_sku"))
        .map(s -> s.equalsIgnoreCase("standard")).orElse(false);
    if (standardLb) {
      subs.add(SubResource.of("Load Balancer", List.of(CostComponent.usage("Data processed", "GB",
          usage.block(LOAD_BALANCER.key()).number("monthly_data_processed_gb"), UnitPrice.missing(NO_PRICES)))));
    }
    return new Outcome.Priced(components, subs, assumptions);
  }
}
