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
 * {@code aws_neptune_cluster}: storage, I/O requests (none on I/O-Optimized storage) and backup storage
 * when backups are kept beyond a day, from usage. Instances are {@code aws_neptune_cluster_instance}.
 */
public final class NeptuneClusterPricer implements Pricer {

  static final UsageKey STORAGE_GB = UsageKey.number("storage_gb", "GB the cluster stores.");
  static final UsageKey IO_REQUESTS = UsageKey.number("monthly_io_requests", "I/O requests a month.");
  static final UsageKey BACKUP_GB = UsageKey.number("backup_storage_gb", "GB of backups kept.");

  @Override
  public String resourceType() {
    return "aws_neptune_cluster";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STORAGE_GB, IO_REQUESTS, BACKUP_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    boolean ioOptimized = a.string("storage_type").filter("iopt1"::equals).isPresent();
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.usage("Storage", "GB", usage.number(STORAGE_GB.key()), prices.unit(
        Aws.query("AmazonNeptune", "Database Storage", region)
            .attr("usagetype", ioOptimized ? "IO-OptimizedStorageUsage" : "StorageUsage").build())));
    if (!ioOptimized) {
      out.add(CostComponent.usage("I/O requests", "1M requests", Aws.per(usage.number(IO_REQUESTS.key()), Aws.MILLION), prices.scaled(
          Aws.query("AmazonNeptune", "System Operation", region).attr("usagetype", "StorageIOUsage").build(), Aws.MILLION)));
    }
    if (a.number("backup_retention_period").orElse(BigDecimal.ONE).compareTo(BigDecimal.ONE) > 0) {
      out.add(CostComponent.usage("Backup storage", "GB", usage.number(BACKUP_GB.key()), prices.unit(
          Aws.query("AmazonNeptune", "Storage Snapshot", region).attr("usagetype", "BackupUsage").build())));
    }
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
