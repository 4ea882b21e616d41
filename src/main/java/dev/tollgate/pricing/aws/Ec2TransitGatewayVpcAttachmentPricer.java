package dev.tollgate.pricing.aws;

import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.List;

/** {@code aws_ec2_transit_gateway_vpc_attachment}: attachment hours and the data it processes (usage). */
public final class Ec2TransitGatewayVpcAttachmentPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_ec2_transit_gateway_vpc_attachment";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return Vpn.keys();
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    return new Outcome.Priced(List.of(Vpn.attachmentHours(region, "TransitGatewayVPC", prices),
        Vpn.dataProcessed(region, "TransitGatewayVPC", usage.number(Vpn.DATA_GB.key()), prices)), List.of(), List.of());
  }
}
