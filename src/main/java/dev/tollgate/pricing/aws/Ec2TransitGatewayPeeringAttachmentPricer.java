package dev.tollgate.pricing.aws;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.util.List;

/**
 * {@code aws_ec2_transit_gateway_peering_attachment}: attachment hours. Data sent over a peering is
 * billed as inter-region data transfer, which Tollgate does not price.
 */
public final class Ec2TransitGatewayPeeringAttachmentPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_ec2_transit_gateway_peering_attachment";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    return new Outcome.Priced(List.of(Vpn.attachmentHours(r.region().code(), "TransitGatewayPeering", prices)),
        List.of(), List.of());
  }
}
