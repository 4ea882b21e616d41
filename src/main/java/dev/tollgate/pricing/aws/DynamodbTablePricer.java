package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_dynamodb_table}: provisioned read and write capacity every hour, or on-demand request units
 * (usage); storage, point-in-time-recovery and on-demand backups, restores and stream reads (usage), in
 * the Standard or Standard-IA table class; each global-table replica's replicated writes in its region.
 */
public final class DynamodbTablePricer implements Pricer {

  static final UsageKey WRITES = UsageKey.number("monthly_write_request_units", "Write request units a month (on-demand).");
  static final UsageKey READS = UsageKey.number("monthly_read_request_units", "Read request units a month (on-demand).");
  static final UsageKey STORAGE_GB = UsageKey.number("storage_gb", "GB the table stores.");
  static final UsageKey PITR_GB = UsageKey.number("pitr_backup_storage_gb", "GB of point-in-time-recovery backups.");
  static final UsageKey BACKUP_GB = UsageKey.number("on_demand_backup_storage_gb", "GB of on-demand backups.");
  static final UsageKey RESTORED_GB = UsageKey.number("monthly_data_restored_gb", "GB restored a month.");
  static final UsageKey STREAM_READS = UsageKey.number("monthly_streams_read_request_units", "Stream read request units a month.");

  @Override
  public String resourceType() {
    return "aws_dynamodb_table";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(WRITES, READS, STORAGE_GB, PITR_GB, BACKUP_GB, RESTORED_GB, STREAM_READS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    boolean onDemand = a.string("billing_mode").filter("PAY_PER_REQUEST"::equals).isPresent();
    String ia = a.string("table_class").filter("STANDARD_INFREQUENT_ACCESS"::equals).isPresent() ? "IA-" : "";
    List<CostComponent> out = new ArrayList<>();
    if (onDemand) {
      out.add(requests("Write request unit (WRU)", region, "DDB-WriteUnits", ia + "WriteRequestUnits", usage.number(WRITES.key()), prices));
      out.add(requests("Read request unit (RRU)", region, "DDB-ReadUnits", ia + "ReadRequestUnits", usage.number(READS.key()), prices));
    } else {
      out.add(capacity("Write capacity unit (WCU)", "WCU", region, ia + "WriteCapacityUnit-Hrs", Aws.number(a, "write_capacity", 0), prices));
      out.add(capacity("Read capacity unit (RCU)", "RCU", region, ia + "ReadCapacityUnit-Hrs", Aws.number(a, "read_capacity", 0), prices));
    }
    out.add(CostComponent.usage("Data storage", "GB", usage.number(STORAGE_GB.key()), prices.unit(
        Aws.query("AmazonDynamoDB", "Database Storage", region).attr("usagetype", ia + "TimedStorage-ByteHrs").build())));
    if (a.block("point_in_time_recovery").flatMap(p -> p.bool("enabled")).orElse(false)) {
      out.add(CostComponent.usage("Point-In-Time Recovery (PITR) backup storage", "GB", usage.number(PITR_GB.key()), prices.unit(
          Aws.query("AmazonDynamoDB", "Storage Snapshot", region).attr("usagetype", "TimedPITRStorage-ByteHrs").build())));
    }
    out.add(CostComponent.usage("On-demand backup storage", "GB", usage.number(BACKUP_GB.key()), prices.unit(
        Aws.query("AmazonDynamoDB", "Amazon DynamoDB On-Demand Backup Storage", region).build())));
    out.add(CostComponent.usage("Table data restored", "GB", usage.number(RESTORED_GB.key()), prices.unit(
        Aws.query("AmazonDynamoDB", "Amazon DynamoDB Restore Data Size", region).build())));
    if (a.bool("stream_enabled").orElse(false)) {
      out.add(CostComponent.usage("Streams read request unit (sRRU)", "1M units", Aws.per(usage.number(STREAM_READS.key()), Aws.MILLION),
          prices.scaled(Aws.query("AmazonDynamoDB", "API Request", region).attr("group", "DDB-StreamsReadRequests").build(), Aws.MILLION)));
    }
    List<SubResource> replicas = new ArrayList<>();
    for (Attributes replica : a.blocks("replica")) {
      String replicaRegion = replica.string("region_name").orElse(region);
      CostComponent writes = onDemand
          ? requests("Replicated write request unit (rWRU)", replicaRegion, "DDB-ReplicatedWriteUnits", ia + "ReplWriteRequestUnits",
              usage.number(WRITES.key()), prices)
          : capacity("Replicated write capacity unit (rWCU)", "rWCU", replicaRegion, ia + "ReplWriteCapacityUnit-Hrs",
              Aws.number(a, "write_capacity", 0), prices);
      replicas.add(SubResource.of("Global table (" + replicaRegion + ")", List.of(writes)));
    }
    return new Outcome.Priced(out, replicas, List.of());
  }

  /** Provisioned capacity: units × 730 hours, as Infracost shows them. */
  private static CostComponent capacity(String name, String unit, String region, String usagetype, BigDecimal units, Prices prices) {
    return CostComponent.fixed(name, unit, units.multiply(Aws.HOURS), prices.unit(
        Aws.query("AmazonDynamoDB", "Provisioned IOPS", region).attr("usagetype", usagetype).build()));
  }

  private static CostComponent requests(String name, String region, String group, String usagetype, Optional<BigDecimal> n,
      Prices prices) {
    return CostComponent.usage(name, "1M units", Aws.per(n, Aws.MILLION), prices.scaled(
        Aws.query("AmazonDynamoDB", "Amazon DynamoDB PayPerRequest Throughput", region).attr("group", group)
            .attr("usagetype", usagetype).build(), Aws.MILLION));
  }
}
