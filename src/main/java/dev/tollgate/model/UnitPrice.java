package dev.tollgate.model;

import java.math.BigDecimal;
import java.util.Objects;

/** The price of one unit of a cost component, or why there is none: never a silent zero. */
public sealed interface UnitPrice permits UnitPrice.Found, UnitPrice.Missing {

  /**
   * A price from a price source.
   *
   * @param perUnit price of one unit in the estimate's currency
   * @param source where the price came from: a catalog source file and its price date, an API
   */
  record Found(BigDecimal perUnit, String source) implements UnitPrice {
    public Found {
      Objects.requireNonNull(perUnit, "perUnit");
      source = source == null ? "" : source;
    }
  }

  /** No price could be found; {@code reason} says why and, where it can, what to do. */
  record Missing(String reason) implements UnitPrice {
    public Missing {
      Objects.requireNonNull(reason, "reason");
    }
  }

  static UnitPrice of(BigDecimal perUnit, String source) {
    return new Found(perUnit, source);
  }

  static UnitPrice missing(String reason) {
    return new Missing(reason);
  }
}
