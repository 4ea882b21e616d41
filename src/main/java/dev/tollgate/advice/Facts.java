package dev.tollgate.advice;

import dev.tollgate.pricing.PriceSource;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.catalog.InstanceType;
import dev.tollgate.pricing.catalog.PriceCatalog;
import java.util.Optional;

/**
 * Instance-type facts for the rules: the price source's own when it is a local catalog, else the
 * shipped catalog's. Facts are not prices (an m4.large has 2 vCPUs whoever prices it), so advice on
 * an estimate priced by the Infracost API or in another currency still knows what a type is.
 */
final class Facts {

  private final PriceCatalog catalog;

  private Facts(PriceCatalog catalog) {
    this.catalog = catalog;
  }

  static Facts of(Prices prices) {
    PriceSource s = prices.source();
    return new Facts(s instanceof PriceCatalog ? (PriceCatalog) s : Shipped.CATALOG);
  }

  Optional<InstanceType> instanceType(String vendor, String name) {
    return catalog.instanceType(vendor, name);
  }

  /** Loaded on first use only: most runs price with the shipped catalog itself. */
  private static final class Shipped {
    static final PriceCatalog CATALOG = PriceCatalog.shipped();
  }
}
