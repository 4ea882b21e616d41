package dev.tollgate.advice;

import dev.tollgate.model.CostTotals;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Money;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.References;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageFile;
import dev.tollgate.pricing.catalog.InstanceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule may use: the project being advised, the usage it was priced with, the other resources
 * of the change (as the estimate saw them), instance-type facts, and pricing for a changed copy of a
 * resource through the same pricers, price source and related resources as the estimate, so a saving
 * is the difference of two estimates and never a number written in a rule.
 */
public final class Context {

  private final ProjectEstimate project;
  private final PricerRegistry registry;
  private final Prices prices;
  private final UsageFile usage;
  private final String currency;
  private final References references;
  private final Facts facts;
  private RelatedResources related;
  private Map<String, Resource> byAddress;
  private final Map<String, Object> memo = new HashMap<>();

  Context(ProjectEstimate project, PricerRegistry registry, Prices prices, UsageFile usage, String currency,
      References references) {
    this.project = project;
    this.registry = registry;
    this.prices = prices;
    this.usage = usage;
    this.currency = currency;
    this.references = references;
    this.facts = Facts.of(prices);
  }

  public ProjectEstimate project() {
    return project;
  }

  public Prices prices() {
    return prices;
  }

  public String currency() {
    return currency;
  }

  public Usage usage(Resource r) {
    return usage.forResource(r.address(), r.type());
  }

  /** What an instance type is (vCPUs, memory, successors): {@code vendor} is aws, gcp or azure. */
  public Optional<InstanceType> instanceType(String vendor, String name) {
    return facts.instanceType(vendor, name);
  }

  /** The resources after the change, as the estimate related them (indexed once per project). */
  public RelatedResources related() {
    if (related == null) {
      List<Resource> side = new ArrayList<>();
      project.current().resources().forEach(c -> side.add(c.resource()));
      related = RelatedResources.of(side, references);
    }
    return related;
  }

  /** The resource of this address after the change. */
  public Optional<Resource> resource(String address) {
    if (byAddress == null) {
      byAddress = new HashMap<>();
      project.current().resources().forEach(c -> byAddress.putIfAbsent(c.address(), c.resource()));
    }
    return Optional.ofNullable(byAddress.get(address));
  }

  /** Work a rule does once per project (grouping NAT gateways), kept for the other resources' calls. */
  @SuppressWarnings("unchecked")
  <T> T once(String key, Supplier<T> work) {
    return (T) memo.computeIfAbsent(key, k -> work.get());
  }

  /** The resource as it would be after the proposed change, priced like the estimate's resources. */
  public CostedResource price(Resource changed) {
    return new CostedResource(changed, registry.price(changed, usage(changed), prices, related()));
  }

  /**
   * {@code resource} priced with {@code changedRelated} standing in for the resource of the same
   * address that it refers to: an autoscaling group whose launch template has another instance type.
   */
  public CostedResource priceWith(Resource resource, Resource changedRelated) {
    return new CostedResource(resource, registry.price(resource, usage(resource), prices, related().replacing(changedRelated)));
  }

  /**
   * What moving from {@code now} to {@code proposed} saves a month, when the catalog prices the
   * proposal at least as completely as the original (no price lost, no new usage-based cost) and the
   * saving is at least a cent.
   */
  public Optional<Money> saving(CostedResource now, CostedResource proposed) {
    CostTotals a = now.totals();
    CostTotals b = proposed.totals();
    if (!proposed.isPriced() || b.missingPrices() > a.missingPrices() || b.dependsOnUsage() > a.dependsOnUsage()) {
      return Optional.empty();
    }
    return positive(a.monthly().subtract(b.monthly()));
  }

  /** {@code amount} as money in the estimate's currency, when it is at least a cent. */
  public Optional<Money> positive(BigDecimal amount) {
    if (amount.setScale(2, RoundingMode.HALF_UP).signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Money(amount, currency));
  }

  public Hint hint(Rule rule, Resource r, String part, String from, String to, Money saving, String why,
      List<String> caveats) {
    return new Hint(rule.id(), project.name(), r.address(), part, from, to, saving, why, caveats);
  }

  /** A hint whose saving rests on a stated assumption, not on two catalog prices; reports label it an estimate. */
  public Hint estimatedHint(Rule rule, Resource r, String part, String from, String to, Money saving, String why,
      List<String> caveats) {
    return new Hint(rule.id(), project.name(), r.address(), part, from, to, saving, why, caveats, true);
  }
}
