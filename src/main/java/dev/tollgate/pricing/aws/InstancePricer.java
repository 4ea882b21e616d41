package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code aws_instance}: instance hours (on-demand or reserved, by operating system and tenancy), the
 * EBS-optimized surcharge of previous-generation types, detailed monitoring, unlimited CPU credits of
 * burstable types, and the root and extra EBS block devices as sub-resources. An instance launched
 * from a launch template takes what it does not set itself from the template.
 */
public final class InstancePricer implements RelatedPricer {

  static final UsageKey MONTHLY_HOURS = UsageKey.number("monthly_hrs", "730", "Hours a month the instance runs.");

  @Override
  public String resourceType() {
    return "aws_instance";
  }

  @Override
  public List<UsageKey> usageKeys() {
    List<UsageKey> keys = new ArrayList<>(Ec2.INSTANCE_KEYS);
    keys.add(MONTHLY_HOURS);
    return keys;
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    Optional<LaunchSpec> template = Aws.hasBlock(a, "launch_template")
        ? LaunchSpec.templateOf(r, "launch_template", related, assumptions) : Optional.empty();
    String tenancy = a.string("tenancy").or(() -> template.map(LaunchSpec::tenancy)).orElse("default").toLowerCase(Locale.ROOT);
    boolean onHost = a.string("host_id").filter(s -> !s.isEmpty()).isPresent();
    if (tenancy.equals("host") && !onHost) {
      return new Outcome.Unsupported("host tenancy without a host_id: the instance runs on a Dedicated Host priced by aws_ec2_host");
    }
    Optional<String> type = a.string("instance_type").filter(s -> !s.isEmpty())
        .or(() -> template.flatMap(LaunchSpec::instanceType));
    BigDecimal hours = usage.number(MONTHLY_HOURS.key()).orElse(Aws.HOURS);

    List<CostComponent> components = new ArrayList<>();
    if (!onHost) {
      components.add(type.map(t -> Ec2.instanceHours("Instance usage", region, t, tenancy,
              Ec2.purchase(usage, false, assumptions), hours, prices))
          .orElseGet(() -> missingType(a, template.isPresent(), hours)));
    }
    boolean ebsOptimized = a.bool("ebs_optimized").or(() -> template.flatMap(LaunchSpec::ebsOptimized)).orElse(false);
    type.filter(t -> ebsOptimized).flatMap(t -> Ec2.ebsOptimized(region, t, hours, prices)).ifPresent(components::add);
    if (a.bool("monitoring").or(() -> template.flatMap(LaunchSpec::monitoring)).orElse(false)) {
      components.add(Ec2.detailedMonitoring(region, prices));
    }
    String credits = a.block("credit_specification").flatMap(c -> c.string("cpu_credits"))
        .or(() -> template.flatMap(LaunchSpec::cpuCredits)).orElse("");
    type.flatMap(t -> Ec2.cpuCredits(region, t, credits, usage, prices)).ifPresent(components::add);

    List<SubResource> subs = new ArrayList<>();
    List<Attributes> roots = a.blocks("root_block_device");
    Attributes root = !roots.isEmpty() ? roots.get(0) : template.flatMap(LaunchSpec::root).orElse(Attributes.EMPTY);
    subs.add(Ec2.volume("root_block_device", region, root, "volume_type", "volume_size", assumptions, prices));
    List<Attributes> devices = LaunchSpec.mergeDevices(a.blocks("ebs_block_device"),
        template.map(LaunchSpec::devices).orElse(List.of()));
    for (int i = 0; i < devices.size(); i++) {
      subs.add(Ec2.volume("ebs_block_device[" + i + "]", region, devices.get(i), "volume_type", "volume_size", assumptions, prices));
    }
    return new Outcome.Priced(components, subs, assumptions);
  }

  private static CostComponent missingType(Attributes a, boolean hasTemplate, BigDecimal hours) {
    String why = a.isUnknown("instance_type") && !hasTemplate
        ? "instance_type is known only after apply"
        : Aws.hasBlock(a, "launch_template") ? "instance_type is set neither on the instance nor on its launch template" : "instance_type is not set";
    return CostComponent.fixed("Instance usage", "hours", hours, UnitPrice.missing(why));
  }
}
