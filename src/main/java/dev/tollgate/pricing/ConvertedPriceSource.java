package dev.tollgate.pricing;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Another source's prices in another currency: every found USD price times a rate. For work done
 * after an estimate was converted (the savings hints re-price resources), so both sides of a
 * comparison are in the same currency.
 */
public final class ConvertedPriceSource implements PriceSource {

  private final PriceSource source;
  private final BigDecimal rate;
  private final String currency;

  public ConvertedPriceSource(PriceSource source, BigDecimal rate, String currency) {
    this.source = Objects.requireNonNull(source, "source");
    this.rate = Objects.requireNonNull(rate, "rate");
    this.currency = Objects.requireNonNull(currency, "currency");
  }

  @Override
  public PriceAnswer lookup(PriceQuery query) {
    PriceAnswer a = source.lookup(query);
    if (a instanceof PriceAnswer.Found) {
      PriceAnswer.Found f = (PriceAnswer.Found) a;
      return new PriceAnswer.Found(f.usd().multiply(rate), f.unit(), f.provenance() + " in " + currency, f.matches());
    }
    return a;
  }

  @Override
  public String name() {
    return source.name() + " (in " + currency + ")";
  }
}
