package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code aws_nat_gateway}: gateway hours and the data it processes (usage). Private gateways cost the same. */
public final class NatGatewayPricer implements Pricer {

  static final UsageKey DATA_GB = UsageKey.number("monthly_data_processed_gb", "GB a month the gateway processes.");

  @Override
  public String resourceType() {
    return "aws_nat_gateway";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(DATA_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    return new Outcome.Priced(List.of(
        CostComponent.fixed("NAT gateway", "hours", Aws.HOURS, prices.unit(
            Aws.query("AmazonEC2", "NAT Gateway", region).attrRegex("usagetype", "/NatGateway-Hours/").build())),
        CostComponent.usage("Data processed", "GB", usage.number(DATA_GB.key()), prices.unit(
            Aws.query("AmazonEC2", "NAT Gateway", region).attrRegex("usagetype", "/NatGateway-Bytes/").build()))),
        List.of(), List.of());
  }
}
