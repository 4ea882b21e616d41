package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * Sums over cost components: the monthly cost of what has a price and a quantity, the part of it that
 * comes from usage, and counts of what could not be summed.
 */
public record CostTotals(BigDecimal monthly, BigDecimal monthlyUsage, int missingPrices, int dependsOnUsage) {

  public static final CostTotals ZERO = new CostTotals(BigDecimal.ZERO, BigDecimal.ZERO, 0, 0);

  public static CostTotals of(List<CostComponent> components, List<SubResource> subresources) {
    CostTotals t = ZERO;
    for (CostComponent c : components) {
      t = t.plus(of(c));
    }
    for (SubResource s : subresources) {
      t = t.plus(s.totals());
    }
    return t;
  }

  static CostTotals of(CostComponent c) {
    BigDecimal cost = c.monthlyCost().orElse(BigDecimal.ZERO);
    return new CostTotals(
        cost,
        c.usageBased() ? cost : BigDecimal.ZERO,
        c.missingPriceMatters() ? 1 : 0,
        c.dependsOnUsage() ? 1 : 0);
  }

  public CostTotals plus(CostTotals o) {
    return new CostTotals(
        monthly.add(o.monthly),
        monthlyUsage.add(o.monthlyUsage),
        missingPrices + o.missingPrices,
        dependsOnUsage + o.dependsOnUsage);
  }

  public BigDecimal hourly() {
    return Hours.monthlyToHourly(monthly);
  }
}
