package dev.tollgate.pricing.aws;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** {@code aws_sqs_queue}: requests (each 64 KB chunk counts as one), standard or FIFO, in AWS's volume tiers, from usage. */
public final class SqsQueuePricer implements Pricer {

  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "Requests a month.");
  static final UsageKey REQUEST_KB = UsageKey.number("request_size_kb", "64", "Average request size in KB (billed per 64 KB).");
  private static final List<Tiers.Tier> TIERS = List.of(
      Tiers.Tier.of("Requests (first 100B)", 0, 100_000_000_000L),
      Tiers.Tier.of("Requests (next 100B)", 100_000_000_000L, 200_000_000_000L),
      Tiers.Tier.of("Requests (over 200B)", 200_000_000_000L, null));

  @Override
  public String resourceType() {
    return "aws_sqs_queue";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(REQUESTS, REQUEST_KB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    boolean fifo = r.attributes().bool("fifo_queue").orElse(false);
    BigDecimal chunks = usage.number(REQUEST_KB.key())
        .map(kb -> kb.divide(BigDecimal.valueOf(64), 0, RoundingMode.CEILING).max(BigDecimal.ONE)).orElse(BigDecimal.ONE);
    return new Outcome.Priced(Tiers.split(Aws.times(usage.number(REQUESTS.key()), chunks), TIERS, "1M requests", Aws.MILLION,
        t -> prices.unit(Aws.query("AWSQueueService", "API Request", r.region().code())
            .attr("queueType", fifo ? "FIFO (first-in, first-out)" : "Standard")
            .price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())), List.of(), List.of());
  }
}
