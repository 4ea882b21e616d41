package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.util.List;

/** {@code aws_ec2_client_vpn_network_association}: the Client VPN endpoint's hourly charge for this subnet. */
public final class Ec2ClientVpnNetworkAssociationPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_ec2_client_vpn_network_association";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(CostComponent.fixed("Endpoint association", "hours", Aws.HOURS, prices.unit(
        Aws.query("AmazonVPC", "Cloud Connectivity", r.region().code()).attr("usagetype", "ClientVPN-EndpointHours").build()))),
        List.of(), List.of());
  }
}
