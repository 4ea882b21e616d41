package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code aws_vpc_endpoint}: gateway endpoints (S3, DynamoDB) are free; interface endpoints cost an
 * hour per subnet (one network interface each) and the data they process, in volume tiers; Gateway
 * Load Balancer endpoints an hour and their data.
 */
public final class VpcEndpointPricer implements Pricer {

  static final UsageKey DATA_GB = UsageKey.number("monthly_data_processed_gb", "GB a month the endpoint processes.");
  private static final List<Tiers.Tier> DATA_TIERS = List.of(
      Tiers.Tier.of("Data processed (first 1PB)", 0, 1_048_576L),
      Tiers.Tier.of("Data processed (next 4PB)", 1_048_576, 5_242_880L),
      Tiers.Tier.of("Data processed (over 5PB)", 5_242_880, null));

  @Override
  public String resourceType() {
    return "aws_vpc_endpoint";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(DATA_GB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    String type = a.string("vpc_endpoint_type").orElse("Gateway").toLowerCase(Locale.ROOT);
    if (type.equals("gateway")) {
      return new Outcome.Free("gateway endpoints (S3, DynamoDB) have no hourly or data charge");
    }
    List<String> assumptions = new ArrayList<>();
    List<CostComponent> out = new ArrayList<>();
    if (type.equals("gatewayloadbalancer")) {
      out.add(CostComponent.fixed("Endpoint (GatewayLoadBalancer)", "hours", Aws.HOURS, prices.unit(
          Aws.query("AmazonVPC", "VpcEndpoint", region).attr("usagetype", "VpcEndpoint-GWLBE-Hours").build())));
      out.add(CostComponent.usage("Data processed", "GB", usage.number(DATA_GB.key()), prices.unit(
          Aws.query("AmazonVPC", "VpcEndpoint", region).attr("usagetype", "VpcEndpoint-GWLBE-Bytes").build())));
      return new Outcome.Priced(out, List.of(), assumptions);
    }
    int subnets = a.strings("subnet_ids").size();
    if (subnets == 0) {
      assumptions.add(Aws.unset(a, "subnet_ids") + "; priced one network interface");
      subnets = 1;
    }
    out.add(CostComponent.fixed("Endpoint (Interface)", "hours", Aws.HOURS.multiply(BigDecimal.valueOf(subnets)),
        prices.unit(Aws.query("AmazonVPC", "VpcEndpoint", region).attr("usagetype", "VpcEndpoint-Hours").build())));
    out.addAll(Tiers.split(usage.number(DATA_GB.key()), DATA_TIERS, "GB", BigDecimal.ONE,
        t -> prices.unit(Aws.query("AmazonVPC", "VpcEndpoint", region).attr("usagetype", "VpcEndpoint-Bytes")
            .price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())));
    return new Outcome.Priced(out, List.of(), assumptions);
  }
}
