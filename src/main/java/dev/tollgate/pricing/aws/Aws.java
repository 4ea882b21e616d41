package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.SubResource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.catalog.InstanceType;
import dev.tollgate.pricing.catalog.PriceCatalog;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What most AWS pricers share: queries in Infracost's vocabulary, unit scales, and quantity arithmetic. */
final class Aws {

  static final BigDecimal HOURS = Hours.PER_MONTH;
  static final BigDecimal THOUSAND = BigDecimal.valueOf(1_000);
  static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
  static final BigDecimal HUNDRED_THOUSAND = BigDecimal.valueOf(100_000);
  static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
  static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
  static final PriceFilter FIRST_TIER = PriceFilter.ANY.withStartUsage("0");

  private Aws() {}

  static PriceQuery.Builder query(String service, String family, String region) {
    return PriceQuery.of("aws", service, family, region);
  }

  /** A usage count shown in larger units: 2,500,000 requests is 2.5 "1M requests". */
  static Optional<BigDecimal> per(Optional<BigDecimal> quantity, BigDecimal unitSize) {
    return quantity.map(q -> q.divide(unitSize, Hours.PRECISION));
  }

  static Optional<BigDecimal> times(Optional<BigDecimal> quantity, BigDecimal factor) {
    return quantity.map(q -> q.multiply(factor));
  }

  /** Every quantity of the components multiplied by {@code n} (instances of a group); unknown stays unknown. */
  static List<CostComponent> times(List<CostComponent> components, BigDecimal n) {
    List<CostComponent> out = new ArrayList<>();
    for (CostComponent c : components) {
      out.add(new CostComponent(c.name(), c.unit(), c.monthlyQuantity().map(q -> q.multiply(n)), c.price(), c.usageBased()));
    }
    return out;
  }

  static SubResource times(SubResource s, BigDecimal n) {
    List<SubResource> subs = new ArrayList<>();
    s.subresources().forEach(x -> subs.add(times(x, n)));
    return new SubResource(s.name(), times(s.components(), n), subs);
  }

  /** A whole number attribute, or {@code fallback} when it is absent or unknown. */
  static BigDecimal number(Attributes a, String key, long fallback) {
    return a.number(key).orElse(BigDecimal.valueOf(fallback));
  }

  static String lower(Optional<String> s) {
    return s.orElse("").toLowerCase(Locale.ROOT);
  }

  /** A nested block that is set (or known only after apply): an empty list is no block. */
  static boolean hasBlock(Attributes a, String key) {
    return !a.blocks(key).isEmpty() || a.isUnknown(key);
  }

  /** "known after apply" when the plan says so, else "not set", for assumption texts. */
  static String unset(Attributes a, String key) {
    return a.isUnknown(key) ? key + " is known only after apply" : key + " is not set";
  }

  /**
   * vCPUs of an instance type ({@code db.t3.large} and {@code cache.m5.large} count as
   * {@code t3.large} and {@code m5.large}), from the local catalog's instance-type facts; other price
   * sources have none.
   */
  static Optional<BigDecimal> vcpus(Prices prices, String instanceClass) {
    String type = instanceClass.replaceFirst("^(db|cache)\\.", "");
    if (prices.source() instanceof PriceCatalog) {
      return ((PriceCatalog) prices.source()).instanceType("aws", type).map(InstanceType::vcpus);
    }
    return Optional.empty();
  }

  static String plain(BigDecimal n) {
    return n.stripTrailingZeros().toPlainString();
  }
}
