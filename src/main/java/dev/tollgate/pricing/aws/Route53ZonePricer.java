package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code aws_route53_zone}: a hosted zone per month, public or private, at the price of an account's
 * first 25 zones (a global rate). Queries are priced on the records.
 */
public final class Route53ZonePricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_route53_zone";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.fixed("Hosted zone", "months", BigDecimal.ONE, prices.unit(
        Aws.query("AmazonRoute53", "DNS Zone", "global").attr("usagetype", "HostedZone").price(Aws.FIRST_TIER).build()))),
        List.of(), List.of());
  }
}
