package dev.tollgate.pricing.aws;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code aws_api_gateway_rest_api}: REST API requests (usage), in AWS's four volume tiers. Caches are on stages. */
public final class ApiGatewayRestApiPricer implements Pricer {

  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "Requests a month.");
  private static final List<Tiers.Tier> TIERS = List.of(
      Tiers.Tier.of("Requests (first 333M)", 0, 333_000_000L),
      Tiers.Tier.of("Requests (next 667M)", 333_000_000L, 1_000_000_000L),
      Tiers.Tier.of("Requests (next 19B)", 1_000_000_000L, 20_000_000_000L),
      Tiers.Tier.of("Requests (over 20B)", 20_000_000_000L, null));

  @Override
  public String resourceType() {
    return "aws_api_gateway_rest_api";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(REQUESTS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(Tiers.split(usage.number(REQUESTS.key()), TIERS, "1M requests", Aws.MILLION,
        t -> prices.unit(Aws.query("AmazonApiGateway", "API Calls", r.region().code()).attr("usagetype", "ApiGatewayRequest")
            .price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())), List.of(), List.of());
  }
}
