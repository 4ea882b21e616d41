package dev.tollgate.store;

import java.math.BigDecimal;
import java.util.Objects;

/** One project's monthly cost before (base) and after (head) a change; unrounded. */
public record ProjectTotal(String name, BigDecimal monthlyBefore, BigDecimal monthlyAfter) {
  public ProjectTotal {
    Objects.requireNonNull(name);
    Objects.requireNonNull(monthlyBefore);
    Objects.requireNonNull(monthlyAfter);
  }

  public BigDecimal delta() {
    return monthlyAfter.subtract(monthlyBefore);
  }
}
