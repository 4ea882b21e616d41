package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws_redshift_cluster}: node hours ({@code number_of_nodes} of {@code node_type}), RA3 managed
 * storage and concurrency scaling beyond the free credits (usage).
 */
public final class RedshiftClusterPricer implements Pricer {

  static final UsageKey MANAGED_STORAGE_GB = UsageKey.number("managed_storage_gb", "GB of RA3 managed storage.");
  static final UsageKey CONCURRENCY_SECS = UsageKey.number("excess_concurrency_scaling_secs", "Seconds a month of concurrency scaling beyond the free credits.");

  @Override
  public String resourceType() {
    return "aws_redshift_cluster";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(MANAGED_STORAGE_GB, CONCURRENCY_SECS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    String nodeType = a.string("node_type").orElse("");
    BigDecimal nodes = Aws.number(a, "number_of_nodes", 1);
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("Cluster usage (on-demand, " + nodeType + ")", "hours", Aws.HOURS.multiply(nodes), prices.unit(
        Aws.query("AmazonRedshift", "Compute Instance", region).attr("instanceType", nodeType).build())));
    if (nodeType.startsWith("ra3.")) {
      out.add(CostComponent.usage("Managed storage (" + nodeType + ")", "GB", usage.number(MANAGED_STORAGE_GB.key()), prices.unit(
          Aws.query("AmazonRedshift", "Redshift Managed Storage", region).attrRegex("usagetype", "/RMS:/").build())));
    }
    out.add(CostComponent.usage("Concurrency scaling (" + nodeType + ")", "node-seconds",
        Aws.times(usage.number(CONCURRENCY_SECS.key()), nodes), prices.unit(
            Aws.query("AmazonRedshift", "Redshift Concurrency Scaling", region).attr("instanceType", nodeType).build())));
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
