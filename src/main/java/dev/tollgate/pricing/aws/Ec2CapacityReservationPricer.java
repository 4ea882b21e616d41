package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code aws_ec2_capacity_reservation}: reserved capacity is billed at the on-demand rate of its
 * instance type and platform for every reserved instance, used or not (instances running in it are
 * then not billed again).
 */
public final class Ec2CapacityReservationPricer implements Pricer {

  private static final Map<String, String> PLATFORMS = Map.of(
      "linux/unix", "linux", "windows", "windows", "red hat enterprise linux", "rhel", "suse linux", "suse");

  @Override
  public String resourceType() {
    return "aws_ec2_capacity_reservation";
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    List<String> assumptions = new ArrayList<>();
    BigDecimal count = Aws.number(a, "instance_count", 1);
    String platform = a.string("instance_platform").orElse("Linux/UNIX").toLowerCase(Locale.ROOT);
    String os = PLATFORMS.get(platform);
    if (os == null) {
      return new Outcome.Priced(List.of(CostComponent.fixed("Reserved capacity", "hours", Aws.HOURS.multiply(count),
          UnitPrice.missing("instance_platform " + platform + " is not a platform Tollgate prices"))), List.of(), assumptions);
    }
    String type = a.string("instance_type").orElse("");
    if (type.isEmpty()) {
      return new Outcome.Priced(List.of(CostComponent.fixed("Reserved capacity", "hours", Aws.HOURS.multiply(count),
          UnitPrice.missing(Aws.unset(a, "instance_type")))), List.of(), assumptions);
    }
    Usage platformUsage = new Usage(Map.of(Ec2.OPERATING_SYSTEM.key(), os));
    String tenancy = a.string("tenancy").orElse("default");
    return new Outcome.Priced(List.of(Ec2.instanceHours("Reserved capacity", r.region().code(), type, tenancy,
        Ec2.purchase(platformUsage, false, assumptions), Aws.HOURS.multiply(count), prices)), List.of(), assumptions);
  }
}
