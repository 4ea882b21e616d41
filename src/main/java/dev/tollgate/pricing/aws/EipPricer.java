package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.util.List;

/**
 * {@code aws_eip}: since February 2024 AWS charges every public IPv4 address by the hour, attached or
 * idle (Infracost still prices only idle ones); one attached later through {@code aws_eip_association}
 * costs the same as an idle one. Addresses from a customer-owned pool (Outposts) are not
 * charged.
 */
public final class EipPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_eip";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    if (a.string("customer_owned_ipv4_pool").filter(s -> !s.isEmpty()).isPresent()) {
      return new Outcome.Free("an address from a customer-owned pool (AWS Outposts) has no public IPv4 charge");
    }
    boolean attached = a.string("instance").filter(s -> !s.isEmpty()).isPresent()
        || a.string("network_interface").filter(s -> !s.isEmpty()).isPresent();
    String usagetype = attached ? "PublicIPv4:InUseAddress" : "PublicIPv4:IdleAddress";
    return new Outcome.Priced(List.of(CostComponent.fixed(attached ? "IP address (in use)" : "IP address (if unused)",
        "hours", Aws.HOURS, prices.unit(Aws.query("AmazonVPC", "VPC Public IPv4 Address", r.region().code())
            .attr("usagetype", usagetype).build()))), List.of(), List.of());
  }
}
