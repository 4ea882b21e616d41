package dev.tollgate.pricing;

/**
 * Where prices come from: the local catalog shipped in the jar (the default, offline), Infracost's
 * Cloud Pricing API, or anything else that can answer a {@link PriceQuery}.
 */
public interface PriceSource {

  /** The price matching the query, or why there is none. Never throws for a missing price. */
  PriceAnswer lookup(PriceQuery query);

  /** A short name for reports: {@code local catalog}, {@code Infracost Cloud Pricing API}. */
  String name();
}
