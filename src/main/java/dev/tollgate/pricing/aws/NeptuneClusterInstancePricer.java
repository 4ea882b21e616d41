package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws_neptune_cluster_instance}: instance hours (standard or I/O-Optimized, as the cluster's
 * {@code storage_type} says) and CPU credits of T3/T4g classes (usage).
 */
public final class NeptuneClusterInstancePricer implements RelatedPricer {

  static final UsageKey CPU_CREDIT_HOURS = UsageKey.number("monthly_cpu_credit_hrs", "vCPU-hours a month above the baseline (T3/T4g).");

  @Override
  public String resourceType() {
    return "aws_neptune_cluster_instance";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(CPU_CREDIT_HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    String region = r.region().code();
    String instanceClass = a.string("instance_class").orElse("");
    boolean ioOptimized = related.first(r, "cluster_identifier", "aws_neptune_cluster")
        .flatMap(c -> c.attributes().string("storage_type")).filter("iopt1"::equals).isPresent();
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("Database instance (on-demand, " + instanceClass + ")", "hours", Aws.HOURS, prices.unit(
        Aws.query("AmazonNeptune", "Database Instance", region).attr("instanceType", instanceClass)
            .attr("usagetype", (ioOptimized ? "InstanceUsageIOOptimized:" : "InstanceUsage:") + instanceClass).build())));
    if (instanceClass.startsWith("db.t3.") || instanceClass.startsWith("db.t4g.")) {
      out.add(CostComponent.usage("CPU credits", "vCPU-hours", usage.number(CPU_CREDIT_HOURS.key()), prices.unit(
          Aws.query("AmazonNeptune", "CPU Credits", region).attrRegex("usagetype", "/CPUCredits:/").build())));
    }
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
