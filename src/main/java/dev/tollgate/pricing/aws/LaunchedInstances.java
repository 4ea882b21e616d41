package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.SubResource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The instances a group launches from one {@link LaunchSpec} (autoscaling groups, EKS node groups with
 * a launch template): a sub-resource named after the template with the instance hours of every
 * instance, split into on-demand and spot, and each instance's monitoring, credits and volumes.
 */
final class LaunchedInstances {

  /** How many of the group's instances are on-demand; the rest are spot. */
  record Split(BigDecimal onDemand, BigDecimal spot) {
    static Split allOnDemand(BigDecimal n) {
      return new Split(n, BigDecimal.ZERO);
    }

    static Split allSpot(BigDecimal n) {
      return new Split(BigDecimal.ZERO, n);
    }

    /** A mixed-instances policy: the base capacity on-demand, then a percentage of the rest. */
    static Split mixed(BigDecimal n, BigDecimal onDemandBase, BigDecimal percentAboveBase) {
      BigDecimal base = onDemandBase.min(n);
      BigDecimal above = n.subtract(base).multiply(percentAboveBase)
          .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING);
      BigDecimal onDemand = base.add(above);
      return new Split(onDemand, n.subtract(onDemand));
    }

    BigDecimal total() {
      return onDemand.add(spot);
    }
  }

  private LaunchedInstances() {}

  static SubResource of(LaunchSpec spec, Optional<String> typeOverride, Split split, String region, Usage usage,
      Prices prices, List<String> assumptions) {
    Optional<String> type = typeOverride.or(spec::instanceType);
    List<CostComponent> components = new ArrayList<>();
    BigDecimal n = split.total();
    if (type.isEmpty()) {
      components.add(CostComponent.fixed("Instance usage", "hours", Aws.HOURS.multiply(n),
          UnitPrice.missing(spec.address() + " does not say its instance_type")));
    } else {
      String t = type.get();
      if (split.onDemand().signum() > 0 || split.spot().signum() == 0) {
        components.add(Ec2.instanceHours("Instance usage", region, t, spec.tenancy(),
            Ec2.purchase(usage, false, assumptions), Aws.HOURS.multiply(split.onDemand()), prices));
      }
      if (split.spot().signum() > 0) {
        components.add(Ec2.instanceHours("Instance usage", region, t, spec.tenancy(),
            Ec2.purchase(usage, true, assumptions), Aws.HOURS.multiply(split.spot()), prices));
      }
      if (spec.ebsOptimizedOr(false)) {
        Ec2.ebsOptimized(region, t, Aws.HOURS, prices).ifPresent(c -> components.addAll(Aws.times(List.of(c), n)));
      }
    }
    if (spec.monitoring().orElse(false)) {
      components.addAll(Aws.times(List.of(Ec2.detailedMonitoring(region, prices)), n));
    }
    type.flatMap(t -> Ec2.cpuCredits(region, t, spec.cpuCredits().orElse(""), usage, prices))
        .ifPresent(c -> components.addAll(Aws.times(List.of(c), n)));
    List<SubResource> volumes = new ArrayList<>();
    for (SubResource v : spec.volumes(region, assumptions, prices)) {
      volumes.add(Aws.times(v, n));
    }
    return new SubResource(spec.address(), components, volumes);
  }
}
