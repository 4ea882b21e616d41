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
import java.util.Optional;

/**
 * {@code aws_rds_cluster} (Aurora): storage and I/O requests (none on I/O-Optimized storage), backup
 * storage beyond one day's retention, backtrack change records (MySQL), snapshot exports, and Aurora
 * Serverless v1 capacity, all but the engine mode from usage. Instances are {@code aws_rds_cluster_instance}.
 */
public final class RdsClusterPricer implements Pricer {

  static final UsageKey STORAGE_GB = UsageKey.number("storage_gb", "GB the cluster stores.");
  static final UsageKey WRITES = UsageKey.number("write_requests_per_sec", "Write I/O requests per second, on average.");
  static final UsageKey READS = UsageKey.number("read_requests_per_sec", "Read I/O requests per second, on average.");
  static final UsageKey SNAPSHOT_GB = UsageKey.number("backup_snapshot_size_gb", "GB of one backup snapshot.");
  static final UsageKey STATEMENTS = UsageKey.number("average_statements_per_hr", "Statements an hour (backtrack).");
  static final UsageKey RECORDS = UsageKey.number("change_records_per_statement", "Change records a statement makes (backtrack).");
  static final UsageKey BACKTRACK_HRS = UsageKey.number("backtrack_window_hrs", "Hours of the backtrack window.");
  static final UsageKey EXPORT_GB = UsageKey.number("snapshot_export_size_gb", "GB of snapshots exported to S3 a month.");
  static final UsageKey CAPACITY_UNITS = UsageKey.number("capacity_units_per_hr", "Average Aurora capacity units (serverless v1).");
  private static final BigDecimal SECONDS_PER_MONTH = Aws.HOURS.multiply(BigDecimal.valueOf(3600));

  @Override
  public String resourceType() {
    return "aws_rds_cluster";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STORAGE_GB, WRITES, READS, SNAPSHOT_GB, STATEMENTS, RECORDS, BACKTRACK_HRS, EXPORT_GB, CAPACITY_UNITS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    String engineName = a.string("engine").orElse("aurora");
    Optional<RdsEngine> engine = RdsEngine.of(engineName, "");
    if (engine.isEmpty() || !engine.get().isAurora()) {
      return new Outcome.Unsupported("Multi-AZ DB clusters (engine " + engineName
          + ") are billed per instance class and storage that Tollgate does not price yet; Aurora clusters are priced");
    }
    String db = engine.get().databaseEngine();
    boolean ioOptimized = a.string("storage_type").filter("aurora-iopt1"::equals).isPresent();
    String storageEngines = db.equals("Aurora MySQL") ? "/^(Any|Aurora MySQL)$/" : "/^" + db + "$/";
    List<CostComponent> out = new ArrayList<>();
    if (a.string("engine_mode").filter("serverless"::equalsIgnoreCase).isPresent()) {
      out.add(CostComponent.usage("Aurora serverless", "ACU-hours", Aws.times(usage.number(CAPACITY_UNITS.key()), Aws.HOURS),
          prices.unit(Aws.query("AmazonRDS", "Serverless", region).attr("databaseEngine", db).build())));
    }
    // I/O-Optimized storage has one price for every engine (the source's "Any" rate); standard storage is per engine.
    out.add(CostComponent.usage("Storage", "GB", usage.number(STORAGE_GB.key()), prices.unit(ioOptimized
        ? Aws.query("AmazonRDS", "Database Storage", region).attr("usagetype", "Aurora:IO-OptimizedStorageUsage").build()
        : Aws.query("AmazonRDS", "Database Storage", region).attrRegex("databaseEngine", storageEngines)
            .attr("usagetype", "Aurora:StorageUsage").build())));
    if (!ioOptimized) {
      Optional<BigDecimal> ios = usage.number(WRITES.key()).flatMap(w -> usage.number(READS.key()).map(w::add))
          .map(perSecond -> perSecond.multiply(SECONDS_PER_MONTH));
      out.add(CostComponent.usage("I/O requests", "1M requests", Aws.per(ios, Aws.MILLION), prices.scaled(
          Aws.query("AmazonRDS", "System Operation", region).attr("usagetype", "Aurora:StorageIOUsage").build(), Aws.MILLION)));
    }
    BigDecimal retention = a.number("backup_retention_period").orElse(BigDecimal.ONE);
    if (retention.compareTo(BigDecimal.ONE) > 0) {
      Optional<BigDecimal> backups = usage.number(SNAPSHOT_GB.key()).map(s -> s.multiply(retention.subtract(BigDecimal.ONE)));
      out.add(Rds.backupStorage("Backup storage", region, engine, backups, prices));
    }
    if (db.equals("Aurora MySQL") && a.number("backtrack_window").orElse(BigDecimal.ZERO).signum() > 0) {
      Optional<BigDecimal> records = usage.number(STATEMENTS.key()).flatMap(s -> usage.number(RECORDS.key())
          .flatMap(c -> usage.number(BACKTRACK_HRS.key()).map(h -> s.multiply(Aws.HOURS).multiply(c).multiply(h))));
      out.add(CostComponent.usage("Backtrack", "1M change-records", Aws.per(records, Aws.MILLION), prices.scaled(
          Aws.query("AmazonRDS", "System Operation", region).attr("usagetype", "Aurora:BacktrackUsage").build(), Aws.MILLION)));
    }
    out.add(CostComponent.usage("Snapshot export", "GB", usage.number(EXPORT_GB.key()), prices.unit(
        Aws.query("AmazonRDS", "System Operation", region).attr("databaseEngine", db)
            .attr("usagetype", "Aurora:SnapshotExportToS3").build())));
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
