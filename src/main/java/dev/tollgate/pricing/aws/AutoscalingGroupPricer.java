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
import java.util.Optional;

/**
 * {@code aws_autoscaling_group}: the instances it runs, priced from its launch configuration, launch
 * template or mixed-instances policy (the related resource of the same plan, found through the
 * configuration's reference or by name/id). Instances: the {@code instances} usage, else
 * {@code desired_capacity}, else {@code min_size}.
 */
public final class AutoscalingGroupPricer implements RelatedPricer {

  static final UsageKey INSTANCES = UsageKey.number("instances", "Instances the group runs on average (default: desired_capacity, else min_size).");

  @Override
  public String resourceType() {
    return "aws_autoscaling_group";
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
    List<String> assumptions = new ArrayList<>();
    BigDecimal n = instances(a, usage, assumptions);
    String region = r.region().code();

    Optional<Attributes> mixed = a.block("mixed_instances_policy");
    if (mixed.isPresent()) {
      Optional<Attributes> lt = mixed.get().block("launch_template");
      Optional<Attributes> spec = lt.flatMap(x -> x.block("launch_template_specification"));
      Optional<LaunchSpec> template = related.first(r, "mixed_instances_policy", "aws_launch_template")
          .or(() -> spec.flatMap(s -> related.withAttribute("aws_launch_template", "id", s.string("launch_template_id").orElse(""))))
          .or(() -> spec.flatMap(s -> related.withAttribute("aws_launch_template", "name", s.string("launch_template_name").orElse(""))))
          .map(LaunchSpec::ofTemplate);
      if (template.isEmpty()) {
        return notInPlan("mixed_instances_policy's launch template", n, assumptions);
      }
      Optional<String> override = lt.flatMap(x -> x.blocks("override").stream()
          .flatMap(o -> o.string("instance_type").stream()).findFirst());
      override.ifPresent(t -> assumptions.add("mixed_instances_policy: priced as its first override, " + t));
      Attributes dist = mixed.get().block("instances_distribution").orElse(Attributes.EMPTY);
      LaunchedInstances.Split split = LaunchedInstances.Split.mixed(n,
          Aws.number(dist, "on_demand_base_capacity", 0), Aws.number(dist, "on_demand_percentage_above_base_capacity", 100));
      return priced(LaunchedInstances.of(template.get(), override, split, region, usage, prices, assumptions), assumptions);
    }

    if (Aws.hasBlock(a, "launch_template")) {
      Optional<LaunchSpec> template = LaunchSpec.templateOf(r, "launch_template", related, new ArrayList<>());
      if (template.isEmpty()) {
        return notInPlan("launch template", n, assumptions);
      }
      return priced(LaunchedInstances.of(template.get(), Optional.empty(), split(template.get(), n), region, usage,
          prices, assumptions), assumptions);
    }

    Optional<LaunchSpec> config = related.first(r, "launch_configuration", "aws_launch_configuration")
        .or(() -> related.withAttribute("aws_launch_configuration", "name", a.string("launch_configuration").orElse("")))
        .map(LaunchSpec::ofConfiguration);
    if (config.isEmpty()) {
      return notInPlan("launch configuration", n, assumptions);
    }
    return priced(LaunchedInstances.of(config.get(), Optional.empty(), split(config.get(), n), region, usage, prices,
        assumptions), assumptions);
  }

  private static LaunchedInstances.Split split(LaunchSpec spec, BigDecimal n) {
    return spec.spot() ? LaunchedInstances.Split.allSpot(n) : LaunchedInstances.Split.allOnDemand(n);
  }

  private static Outcome priced(SubResource instances, List<String> assumptions) {
    return new Outcome.Priced(List.of(), List.of(instances), assumptions);
  }

  /** The instance hours are known, their price is not: the template lives outside this plan. */
  private static Outcome notInPlan(String what, BigDecimal n, List<String> assumptions) {
    return new Outcome.Priced(List.of(CostComponent.fixed("Instance usage", "hours", Aws.HOURS.multiply(n),
        UnitPrice.missing("the group's " + what + " is not a resource of this plan, so its instance type is unknown"))),
        List.of(), assumptions);
  }

  private static BigDecimal instances(Attributes a, Usage usage, List<String> assumptions) {
    Optional<BigDecimal> fromUsage = usage.number(INSTANCES.key());
    if (fromUsage.isPresent()) {
      return fromUsage.get();
    }
    Optional<BigDecimal> desired = a.number("desired_capacity");
    if (desired.isPresent()) {
      return desired.get();
    }
    BigDecimal min = Aws.number(a, "min_size", 0);
    assumptions.add(Aws.unset(a, "desired_capacity") + "; priced " + Aws.plain(min) + " instances (min_size)");
    return min;
  }
}
