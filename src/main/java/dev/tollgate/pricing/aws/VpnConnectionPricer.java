package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code aws_vpn_connection}: connection hours; on a transit gateway also the attachment's hours and
 * the data it processes (usage).
 */
public final class VpnConnectionPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_vpn_connection";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return Vpn.keys();
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("VPN connection", "hours", Aws.HOURS, prices.unit(
        Aws.query("AmazonVPC", "Cloud Connectivity", region).attrRegex("usagetype", "/VPN-Usage-Hours:ipsec.1/").build())));
    if (r.attributes().string("transit_gateway_id").filter(s -> !s.isEmpty()).isPresent()
        || r.attributes().isUnknown("transit_gateway_id")) {
      out.add(Vpn.attachmentHours(region, "TransitGatewayVPN", prices));
      out.add(Vpn.dataProcessed(region, "TransitGatewayVPN", usage.number(Vpn.DATA_GB.key()), prices));
    }
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
