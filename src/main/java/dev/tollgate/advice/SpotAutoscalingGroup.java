package dev.tollgate.advice;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Money;
import dev.tollgate.model.Resource;
import dev.tollgate.model.SubResource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An {@code aws_autoscaling_group} that runs only on-demand instances to a mixed-instances policy
 * that keeps a base on-demand and runs the rest on spot: the group's minimum (at least one) in
 * production or untagged groups, none outside production ({@link NonProduction}).
 *
 * <p>The saving is an <b>estimate</b>, and every report labels it so: the price catalog has no AWS
 * spot prices (docs/price-catalog.md), and spot prices move by type, zone and hour. It assumes spot
 * costs {@link #ASSUMED_DISCOUNT 50%} less than the on-demand price the estimate used. That is a
 * deliberately low figure: AWS advertises spot savings of "up to 90%" (aws.amazon.com/ec2/spot/pricing)
 * and its Spot Instance Advisor (aws.amazon.com/ec2/spot/instance-advisor) shows each type's average
 * saving over the last 30 days, which for the common m, c, r and t types is mostly above half. A
 * figure too high would talk teams into interruptions for less than they were promised.
 */
final class SpotAutoscalingGroup implements Rule {

  /** The assumed spot discount on the on-demand price; see the class comment for why this figure. */
  static final BigDecimal ASSUMED_DISCOUNT = new BigDecimal("0.50");

  private final NonProduction nonProduction;

  SpotAutoscalingGroup() {
    this(NonProduction.DEFAULT);
  }

  SpotAutoscalingGroup(NonProduction nonProduction) {
    this.nonProduction = nonProduction;
  }

  @Override
  public String id() {
    return "spot-autoscaling-group";
  }

  @Override
  public Set<String> resourceTypes() {
    return Set.of("aws_autoscaling_group");
  }

  @Override
  public List<Hint> check(CostedResource costed, Context context) {
    Resource r = costed.resource();
    Optional<CostComponent> hours = onDemandHours(costed);
    if (r.attributes().block("mixed_instances_policy").isPresent() || hours.isEmpty()) {
      return NO_MATCH;
    }
    CostComponent c = hours.get();
    BigDecimal instances = c.monthlyQuantity().orElseThrow().divide(dev.tollgate.model.Hours.PER_MONTH, 6, RoundingMode.HALF_UP);
    Optional<String> tag = nonProduction.tag(r);
    BigDecimal base = tag.isPresent() ? BigDecimal.ZERO
        : r.attributes().number("min_size").orElse(BigDecimal.ONE).max(BigDecimal.ONE);
    BigDecimal spot = instances.subtract(base);
    if (spot.signum() <= 0) {
      return NO_MATCH;
    }
    BigDecimal price = c.unitPrice().orElseThrow();
    Optional<Money> saving = context.positive(price.multiply(dev.tollgate.model.Hours.PER_MONTH).multiply(spot).multiply(ASSUMED_DISCOUNT));
    if (saving.isEmpty()) {
      return NO_MATCH;
    }
    String n = plain(instances);
    String to = "mixed instances: " + plain(base) + " on-demand + " + plain(spot) + " spot";
    String percent = ASSUMED_DISCOUNT.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    String why = "Estimate, not a catalog price: the catalog has no AWS spot prices, so this assumes spot at " + percent
        + " below the on-demand " + InstanceRule.price(price, context.currency()) + "/hour (AWS advertises up to 90%; "
        + "its Spot Instance Advisor shows each type's recent average). "
        + (tag.isPresent() ? "Tagged " + tag.get() + ", the group can run all " + n + " instances on spot."
            : "The group keeps its minimum of " + plain(base) + " on-demand and runs the other " + plain(spot) + " on spot.");
    return List.of(context.estimatedHint(this, r, "", n + " on-demand", to, saving.get(), why,
        List.of("Spot instances can be reclaimed with two minutes' notice: only for workloads that tolerate losing an "
                + "instance (stateless, behind a load balancer, or batch)",
            "Give the mixed_instances_policy several instance types (override blocks), spot_allocation_strategy = "
                + "\"price-capacity-optimized\" and capacity_rebalance = true, so the group finds spot capacity",
            "The figure assumes spot " + percent + " below on-demand; check the Spot Instance Advisor for "
                + TypeChangeRule.plain(typeOf(c)) + " in " + r.region().code())));
  }

  /** The group's on-demand instance hours with their price, when that is all it runs. */
  private static Optional<CostComponent> onDemandHours(CostedResource costed) {
    CostComponent found = null;
    for (SubResource s : costed.subresources()) {
      for (CostComponent c : s.components()) {
        if (c.name().startsWith("Instance usage (")) {
          if (found != null || !c.name().contains(", on-demand, ") || c.unitPrice().isEmpty() || c.monthlyQuantity().isEmpty()) {
            return Optional.empty();
          }
          found = c;
        }
      }
    }
    return Optional.ofNullable(found);
  }

  /** {@code m5.large} of {@code Instance usage (Linux/UNIX, on-demand, m5.large)}. */
  private static String typeOf(CostComponent c) {
    String name = c.name();
    return name.substring(name.lastIndexOf(", ") + 2, name.length() - 1);
  }

  private static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }
}
