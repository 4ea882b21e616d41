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
 * {@code aws_docdb_cluster_instance}: instance hours (standard or I/O-Optimized, as the cluster's
 * {@code storage_type} says), and the cluster's storage and I/O (usage, as Infracost asks for them on
 * the instance), and CPU credits of T3/T4g classes (usage).
 */
public final class DocdbClusterInstancePricer implements RelatedPricer {

  static final UsageKey STORAGE_GB = UsageKey.number("data_storage_gb", "GB the cluster stores.");
  static final UsageKey IO_REQUESTS = UsageKey.number("monthly_io_requests", "I/O requests a month.");
  static final UsageKey CPU_CREDIT_HOURS = UsageKey.number("monthly_cpu_credit_hrs", "vCPU-hours a month above the baseline (T3/T4g).");

  @Override
  public String resourceType() {
    return "aws_docdb_cluster_instance";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STORAGE_GB, IO_REQUESTS, CPU_CREDIT_HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    String region = r.region().code();
    String instanceClass = a.string("instance_class").orElse("");
    boolean ioOptimized = related.first(r, "cluster_identifier", "aws_docdb_cluster")
        .flatMap(c -> c.attributes().string("storage_type")).filter("iopt1"::equals).isPresent();
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("Database instance (on-demand, " + instanceClass + ")", "hours", Aws.HOURS, prices.unit(
        Aws.query("AmazonDocDB", "Database Instance", region).attr("instanceType", instanceClass)
            .attr("usagetype", (ioOptimized ? "InstanceUsageIOOptimized:" : "InstanceUsage:") + instanceClass).build())));
    out.add(CostComponent.usage("Storage", "GB", usage.number(STORAGE_GB.key()), prices.unit(
        Aws.query("AmazonDocDB", "Database Storage", region)
            .attr("usagetype", ioOptimized ? "IO-OptimizedStorageUsage" : "StorageUsage").build())));
    if (!ioOptimized) {
      out.add(CostComponent.usage("I/O", "1M requests", Aws.per(usage.number(IO_REQUESTS.key()), Aws.MILLION), prices.scaled(
          Aws.query("AmazonDocDB", "System Operation", region).attr("usagetype", "StorageIOUsage").build(), Aws.MILLION)));
    }
    if (instanceClass.startsWith("db.t3.") || instanceClass.startsWith("db.t4g.")) {
      out.add(CostComponent.usage("CPU credits", "vCPU-hours", usage.number(CPU_CREDIT_HOURS.key()), prices.unit(
          Aws.query("AmazonDocDB", "CPU Credits", region).attrRegex("usagetype", "/CPUCredits:/").build())));
    }
    return new Outcome.Priced(out, List.of(), List.of());
  }

}
