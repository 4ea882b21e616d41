package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code aws_docdb_cluster}: backup storage beyond 100% of the cluster's storage (usage); instances are priced on their own. */
public final class DocdbClusterPricer implements Pricer {

  static final UsageKey BACKUP_GB = UsageKey.number("backup_storage_gb", "Backup storage beyond 100% of the cluster's storage, in GB.");

  @Override
  public String resourceType() {
    return "aws_docdb_cluster";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(BACKUP_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.usage("Backup storage", "GB", usage.number(BACKUP_GB.key()), prices.unit(
        Aws.query("AmazonDocDB", "Storage Snapshot", r.region().code()).attr("usagetype", "BackupUsage").build()))),
        List.of(), List.of());
  }
}
