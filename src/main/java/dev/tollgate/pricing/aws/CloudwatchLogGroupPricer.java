package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/**
 * {@code aws_cloudwatch_log_group}: logs ingested (Standard or Infrequent Access log class), stored, and
 * scanned by Logs Insights queries, all from usage.
 */
public final class CloudwatchLogGroupPricer implements Pricer {

  static final UsageKey STORAGE_GB = UsageKey.number("storage_gb", "GB of logs stored.");
  static final UsageKey INGESTED_GB = UsageKey.number("monthly_data_ingested_gb", "GB of logs ingested a month.");
  static final UsageKey SCANNED_GB = UsageKey.number("monthly_data_scanned_gb", "GB scanned by Logs Insights queries a month.");

  @Override
  public String resourceType() {
    return "aws_cloudwatch_log_group";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(STORAGE_GB, INGESTED_GB, SCANNED_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    boolean ia = r.attributes().string("log_group_class").filter("INFREQUENT_ACCESS"::equals).isPresent();
    return new Outcome.Priced(List.of(
        CostComponent.usage("Data ingested", "GB", usage.number(INGESTED_GB.key()), prices.unit(
            Aws.query("AmazonCloudWatch", "Data Payload", region).attr("usagetype", ia ? "DataProcessingIA-Bytes" : "DataProcessing-Bytes")
                .price(Aws.FIRST_TIER).build())),
        CostComponent.usage("Archival Storage", "GB", usage.number(STORAGE_GB.key()), prices.unit(
            Aws.query("AmazonCloudWatch", "Storage Snapshot", region).attr("usagetype", "TimedStorage-ByteHrs").build())),
        CostComponent.usage("Insights queries data scanned", "GB", usage.number(SCANNED_GB.key()), prices.unit(
            Aws.query("AmazonCloudWatch", "Data Payload", region).attr("usagetype", "DataScanned-Bytes").build()))),
        List.of(), List.of());
  }
}
