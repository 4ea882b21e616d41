package dev.tollgate.pricing.aws;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.List;

/** {@code aws_kinesis_firehose_delivery_stream}: data ingested (usage), in AWS's volume tiers. */
public final class KinesisFirehoseDeliveryStreamPricer implements Pricer {

  static final UsageKey DATA_GB = UsageKey.number("monthly_data_ingested_gb", "GB ingested a month.");
  private static final List<Tiers.Tier> TIERS = List.of(
      Tiers.Tier.of("Data ingested (first 500TB)", 0, 512_000L),
      Tiers.Tier.of("Data ingested (next 1.5PB)", 512_000L, 2_048_000L),
      Tiers.Tier.of("Data ingested (over 2PB)", 2_048_000L, null));

  @Override
  public String resourceType() {
    return "aws_kinesis_firehose_delivery_stream";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(DATA_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(Tiers.split(usage.number(DATA_GB.key()), TIERS, "GB", BigDecimal.ONE,
        t -> prices.unit(Aws.query("AmazonKinesisFirehose", "Kinesis Firehose", r.region().code())
            .attr("usagetype", "BilledBytes").price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())), List.of(), List.of());
  }
}
