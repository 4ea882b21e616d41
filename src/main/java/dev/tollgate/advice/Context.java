package dev.tollgate.advice;

import dev.tollgate.model.CostTotals;
import dev.tollgate.model.CostedResource;
import dev.tollgate.model.Hint;
import dev.tollgate.model.Money;
import dev.tollgate.model.ProjectEstimate;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PricerRegistry;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageFile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * What a rule may use: the project being advised, the usage it was priced with, and pricing for a
 * changed copy of a resource through the same pricers and price source as the estimate, so a
 * saving is the difference of two estimates and never a number written in a rule.
 */
public final class Context {

  private final ProjectEstimate project;
  private final PricerRegistry registry;
  private final Prices prices;
  private final UsageFile usage;
  private final String currency;

  Context(ProjectEstimate project, PricerRegistry registry, Prices prices, UsageFile usage, String currency) {
    this.project = project;
    this.registry = registry;
    this.prices = prices;
    this.usage = usage;
    this.currency = currency;
  }

  public ProjectEstimate project() {
    return project;
  }

  public Prices prices() {
    return prices;
  }

  public Usage usage(Resource r) {
    return usage.forResource(r.address(), r.type());
  }

  /** The resource as it would be after the proposed change, priced like the estimate's resources. */
  public CostedResource price(Resource changed) {
    return new CostedResource(changed, registry.price(changed, usage(changed), prices));
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
    BigDecimal saved = a.monthly().subtract(b.monthly());
    if (saved.setScale(2, RoundingMode.HALF_UP).signum() <= 0) {
      return Optional.empty();
    }
    return Optional.of(new Money(saved, currency));
  }

  public Hint hint(Rule rule, Resource r, String part, String from, String to, Money saving, String why,
      List<String> caveats) {
    return new Hint(rule.id(), project.name(), r.address(), part, from, to, saving, why, caveats);
  }
}
