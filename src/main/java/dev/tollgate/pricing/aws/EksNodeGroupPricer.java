package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_eks_node_group}: its nodes priced as EC2 instances (the first of {@code instance_types},
 * on-demand or spot by {@code capacity_type}) with their gp2 disks, or, with a launch template, as the
 * template's instances. Nodes: the {@code instances} usage, else the scaling config's desired size.
 */
public final class EksNodeGroupPricer implements RelatedPricer {

  static final UsageKey INSTANCES = UsageKey.number("instances", "Nodes the group runs on average (default: scaling_config.desired_size).");
  private static final String DEFAULT_TYPE = "t3.medium";
  private static final BigDecimal DEFAULT_DISK_GB = BigDecimal.valueOf(20);

  @Override
  public String resourceType() {
    return "aws_eks_node_group";
  }

  @Override
  public List<UsageKey> usageKeys() {
    List<UsageKey> keys = new ArrayList<>(List.of(INSTANCES));
    keys.addAll(Ec2.INSTANCE_KEYS);
    return keys;
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    BigDecimal n = nodes(a, usage, assumptions);
    boolean spot = a.string("capacity_type").filter(c -> c.equalsIgnoreCase("SPOT")).isPresent();
    Optional<String> listed = a.strings("instance_types").stream().findFirst();
    if (Aws.hasBlock(a, "launch_template")) {
      Optional<LaunchSpec> template = LaunchSpec.templateOf(r, "launch_template", related, assumptions);
      if (template.isPresent()) {
        LaunchedInstances.Split split = spot ? LaunchedInstances.Split.allSpot(n) : LaunchedInstances.Split.allOnDemand(n);
        return new Outcome.Priced(List.of(), List.of(LaunchedInstances.of(template.get(), listed, split, region,
            usage, prices, assumptions)), assumptions);
      }
    }
    String type = listed.orElseGet(() -> {
      assumptions.add(Aws.unset(a, "instance_types") + "; EKS launches " + DEFAULT_TYPE);
      return DEFAULT_TYPE;
    });
    BigDecimal disk = a.number("disk_size").orElseGet(() -> {
      assumptions.add(Aws.unset(a, "disk_size") + "; EKS gives each node a " + DEFAULT_DISK_GB + " GB gp2 disk");
      return DEFAULT_DISK_GB;
    });
    List<CostComponent> components = new ArrayList<>();
    components.add(Ec2.instanceHours("Instance usage", region, type, "default", Ec2.purchase(usage, spot, assumptions),
        Aws.HOURS.multiply(n), prices));
    Ec2.cpuCredits(region, type, "", usage, prices).ifPresent(c -> components.addAll(Aws.times(List.of(c), n)));
    components.addAll(Aws.times(Ebs.components(region, new Ebs.Volume("gp2", disk, BigDecimal.ZERO, BigDecimal.ZERO),
        Optional.empty(), prices), n));
    return new Outcome.Priced(components, List.of(), assumptions);
  }

  private static BigDecimal nodes(Attributes a, Usage usage, List<String> assumptions) {
    Optional<BigDecimal> fromUsage = usage.number(INSTANCES.key());
    if (fromUsage.isPresent()) {
      return fromUsage.get();
    }
    Attributes scaling = a.block("scaling_config").orElse(Attributes.EMPTY);
    return scaling.number("desired_size").orElseGet(() -> {
      BigDecimal min = Aws.number(scaling, "min_size", 1);
      assumptions.add("scaling_config.desired_size is not known; priced " + Aws.plain(min) + " nodes (min_size)");
      return min;
    });
  }
}
