package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a resource's cost: {@code quantity × unit price = monthly cost}.
 *
 * @param name what is billed, in Infracost's words: {@code Instance usage (Linux/UNIX, on-demand, m5.large)}
 * @param unit the unit the quantity and price are in: {@code hours}, {@code GB}, {@code 1M requests}
 * @param monthlyQuantity units per month; empty when it depends on usage that nobody gave
 * @param price price of one unit, or why there is none
 * @param usageBased true when the quantity comes from usage (a usage file) rather than the configuration
 */
public record CostComponent(
    String name, String unit, Optional<BigDecimal> monthlyQuantity, UnitPrice price, boolean usageBased) {

  public CostComponent {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(monthlyQuantity, "monthlyQuantity");
    Objects.requireNonNull(price, "price");
  }

  public static CostComponent fixed(String name, String unit, BigDecimal monthlyQuantity, UnitPrice price) {
    return new CostComponent(name, unit, Optional.of(monthlyQuantity), price, false);
  }

  public static CostComponent usage(String name, String unit, Optional<BigDecimal> monthlyQuantity, UnitPrice price) {
    return new CostComponent(name, unit, monthlyQuantity, price, true);
  }

  public Optional<BigDecimal> unitPrice() {
    return price instanceof UnitPrice.Found
        ? Optional.of(((UnitPrice.Found) price).perUnit())
        : Optional.empty();
  }

  /** quantity × price, when both are known; zero when the quantity is zero, whatever the price. */
  public Optional<BigDecimal> monthlyCost() {
    if (monthlyQuantity.isPresent() && monthlyQuantity.get().signum() == 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    Optional<BigDecimal> p = unitPrice();
    if (monthlyQuantity.isEmpty() || p.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(monthlyQuantity.get().multiply(p.get()));
  }

  public Optional<BigDecimal> hourlyQuantity() {
    return monthlyQuantity.map(Hours::monthlyToHourly);
  }

  public Optional<BigDecimal> hourlyCost() {
    return monthlyCost().map(Hours::monthlyToHourly);
  }

  public boolean priceMissing() {
    return price instanceof UnitPrice.Missing;
  }

  /** A missing price that changes the total: one for a non-zero (or unknown) quantity. */
  public boolean missingPriceMatters() {
    return priceMissing() && monthlyCost().isEmpty();
  }

  /** True when the cost waits on a usage figure: the quantity is unknown but the price is known. */
  public boolean dependsOnUsage() {
    return monthlyQuantity.isEmpty() && !priceMissing();
  }

  public CostComponent withPrice(UnitPrice newPrice) {
    return new CostComponent(name, unit, monthlyQuantity, newPrice, usageBased);
  }
}
