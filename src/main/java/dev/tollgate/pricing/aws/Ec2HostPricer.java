package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.util.List;

/**
 * {@code aws_ec2_host}: a Dedicated Host of an instance family, every hour (instances placed on it are
 * not billed again).
 */
public final class Ec2HostPricer implements Pricer {

  @Override
  public String resourceType() {
    return "aws_ec2_host";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String family = a.string("instance_family").filter(s -> !s.isEmpty())
        .or(() -> a.string("instance_type").map(t -> t.contains(".") ? t.substring(0, t.indexOf('.')) : t)).orElse("");
    String name = "EC2 Dedicated Host (on-demand, " + family + ")";
    if (family.isEmpty()) {
      return new Outcome.Priced(List.of(CostComponent.fixed(name, "hours", Aws.HOURS,
          UnitPrice.missing("neither instance_family nor instance_type is known"))), List.of(), List.of());
    }
    return new Outcome.Priced(List.of(CostComponent.fixed(name, "hours", Aws.HOURS, prices.unit(
        Aws.query("AmazonEC2", "Dedicated Host", r.region().code()).attr("instanceType", family)
            .attr("usagetype", "HostUsage:" + family).build()))), List.of(), List.of());
  }
}
