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
 * {@code aws_ec2_client_vpn_endpoint}: client connection hours (usage). The hourly charge for each
 * associated subnet is on {@code aws_ec2_client_vpn_network_association}.
 */
public final class Ec2ClientVpnEndpointPricer implements Pricer {

  static final UsageKey CONNECTION_HOURS = UsageKey.number("monthly_connection_hours", "Client connection hours a month.");

  @Override
  public String resourceType() {
    return "aws_ec2_client_vpn_endpoint";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(CONNECTION_HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.usage("Connection", "hours", usage.number(CONNECTION_HOURS.key()),
        prices.unit(Aws.query("AmazonVPC", "Cloud Connectivity", r.region().code())
            .attr("usagetype", "ClientVPN-ConnectionHours").build()))), List.of(), List.of());
  }
}
