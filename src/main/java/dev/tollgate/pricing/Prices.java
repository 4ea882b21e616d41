package dev.tollgate.pricing;

import dev.tollgate.model.Hours;
import dev.tollgate.model.UnitPrice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * What pricers use to turn a query into a {@link UnitPrice}: a found price with its provenance, or a
 * missing price whose reason names what was asked for. Scaling helps when the component's unit is a
 * multiple of the catalog's ({@code 1M requests} from a per-request price).
 */
public final class Prices {

  private final PriceSource source;
  private final LocalDate asOf;

  /** Prices for today (UTC). */
  public Prices(PriceSource source) {
    this(source, LocalDate.now(ZoneOffset.UTC));
  }

  /**
   * Prices as of a date: the few charges that depend on the calendar (an RDS engine version's
   * extended support) are priced for the month that starts then. Tests pin it.
   */
  public Prices(PriceSource source, LocalDate asOf) {
    this.source = source;
    this.asOf = asOf;
  }

  public PriceSource source() {
    return source;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public UnitPrice unit(PriceQuery query) {
    return scaled(query, BigDecimal.ONE);
  }

  /** The catalog price times {@code factor}: 1,000,000 for a per-request price shown per 1M requests. */
  public UnitPrice scaled(PriceQuery query, BigDecimal factor) {
    PriceAnswer a = source.lookup(query);
    if (a instanceof PriceAnswer.Found) {
      PriceAnswer.Found f = (PriceAnswer.Found) a;
      return UnitPrice.of(f.usd().multiply(factor), f.provenance());
    }
    return UnitPrice.missing(((PriceAnswer.NotFound) a).reason());
  }

  /** The catalog price divided by {@code divisor}: a per-GiBps price shown per MBps is divided by 1,024. */
  public UnitPrice divided(PriceQuery query, BigDecimal divisor) {
    PriceAnswer a = source.lookup(query);
    if (a instanceof PriceAnswer.Found) {
      PriceAnswer.Found f = (PriceAnswer.Found) a;
      return UnitPrice.of(f.usd().divide(divisor, Hours.PRECISION), f.provenance());
    }
    return UnitPrice.missing(((PriceAnswer.NotFound) a).reason());
  }
}
