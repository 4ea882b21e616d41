package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** How one resource's cost moves with the change: the old side, the new side, or both. */
public record ResourceDiff(String address, Action action, Optional<CostedResource> before, Optional<CostedResource> after) {

  public ResourceDiff {
    Objects.requireNonNull(address, "address");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (before.isEmpty() && after.isEmpty()) {
      throw new IllegalArgumentException("a diff needs at least one side: " + address);
    }
  }

  public CostedResource either() {
    return after.orElseGet(before::orElseThrow);
  }

  public String type() {
    return either().resource().type();
  }

  public BigDecimal monthlyBefore() {
    return before.map(CostedResource::monthlyCost).orElse(BigDecimal.ZERO);
  }

  public BigDecimal monthlyAfter() {
    return after.map(CostedResource::monthlyCost).orElse(BigDecimal.ZERO);
  }

  public BigDecimal monthlyDelta() {
    return monthlyAfter().subtract(monthlyBefore());
  }

  public BigDecimal usageDelta() {
    BigDecimal b = before.map(r -> r.totals().monthlyUsage()).orElse(BigDecimal.ZERO);
    BigDecimal a = after.map(r -> r.totals().monthlyUsage()).orElse(BigDecimal.ZERO);
    return a.subtract(b);
  }
}
