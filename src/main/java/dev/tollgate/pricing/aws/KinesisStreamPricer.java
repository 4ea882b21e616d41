package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws_kinesis_stream}: provisioned streams pay shard hours (and extended-retention shard hours
 * past 24 hours), PUT payload units and enhanced fan-out consumer hours; on-demand streams pay stream
 * hours and the data in and out. Traffic comes from usage.
 */
public final class KinesisStreamPricer implements Pricer {

  static final UsageKey PUT_UNITS = UsageKey.number("monthly_provisioned_put_units", "PUT payload units a month (provisioned).");
  static final UsageKey EFO_HOURS = UsageKey.number("monthly_provisioned_efo_consumer_hours", "Enhanced fan-out consumer-shard hours a month.");
  static final UsageKey DATA_IN_GB = UsageKey.number("monthly_on_demand_data_in_gb", "GB written a month (on-demand).");
  static final UsageKey DATA_OUT_GB = UsageKey.number("monthly_on_demand_data_out_gb", "GB read a month (on-demand).");
  private static final BigDecimal DAY_HOURS = BigDecimal.valueOf(24);

  @Override
  public String resourceType() {
    return "aws_kinesis_stream";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(PUT_UNITS, EFO_HOURS, DATA_IN_GB, DATA_OUT_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    boolean onDemand = a.block("stream_mode_details").flatMap(m -> m.string("stream_mode")).filter("ON_DEMAND"::equals).isPresent();
    List<CostComponent> out = new ArrayList<>();
    if (onDemand) {
      // Infracost names the stream-hour components after the stream mode.
      out.add(CostComponent.fixed("ON_DEMAND", "hours", Aws.HOURS, prices.unit(q(region, "OnDemand-StreamHr"))));
      out.add(CostComponent.usage("Data ingested", "GB", usage.number(DATA_IN_GB.key()), prices.unit(q(region, "OnDemand-BilledIncomingBytes"))));
      out.add(CostComponent.usage("Data retrieval", "GB", usage.number(DATA_OUT_GB.key()), prices.unit(q(region, "OnDemand-BilledOutgoingBytes"))));
      return new Outcome.Priced(out, List.of(), List.of());
    }
    BigDecimal shards = Aws.number(a, "shard_count", 1);
    out.add(CostComponent.fixed("PROVISIONED", "hours", Aws.HOURS.multiply(shards), prices.unit(q(region, "Storage-ShardHour"))));
    if (a.number("retention_period").orElse(DAY_HOURS).compareTo(DAY_HOURS) > 0) {
      out.add(CostComponent.fixed("Extended retention", "hours", Aws.HOURS.multiply(shards), prices.unit(q(region, "Extended-ShardHour"))));
    }
    out.add(CostComponent.usage("Put request unit", "units", usage.number(PUT_UNITS.key()),
        prices.unit(q(region, "PutRequestPayloadUnits"))));
    out.add(CostComponent.usage("Enhanced fan-out consumer hours", "hours", usage.number(EFO_HOURS.key()),
        prices.unit(q(region, "EnhancedFanout-ConsumerShardHour"))));
    return new Outcome.Priced(out, List.of(), List.of());
  }

  private static PriceQuery q(String region, String usagetype) {
    return Aws.query("AmazonKinesis", "Kinesis Streams", region).attr("usagetype", usagetype).build();
  }
}
