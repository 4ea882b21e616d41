package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** ElastiCache node hours and Redis/Valkey snapshot storage, shared by clusters and replication groups. */
final class ElastiCache {

  static final UsageKey SNAPSHOT_GB = UsageKey.number("snapshot_storage_size_gb", "GB of one snapshot.");
  static final UsageKey RESERVED_TERM = UsageKey.string("reserved_instance_term", "1_year or 3_year.");
  static final UsageKey RESERVED_PAYMENT = UsageKey.string("reserved_instance_payment_option", "no_upfront, partial_upfront or all_upfront.");
  static final List<UsageKey> KEYS = List.of(SNAPSHOT_GB, RESERVED_TERM, RESERVED_PAYMENT);
  private static final Map<String, String> ENGINES = Map.of("redis", "Redis", "memcached", "Memcached", "valkey", "Valkey");
  private static final Map<String, String> TERMS = Map.of("1_year", "1yr", "3_year", "3yr");
  private static final Map<String, String> PAYMENTS =
      Map.of("no_upfront", "No Upfront", "partial_upfront", "Partial Upfront", "all_upfront", "All Upfront");

  private ElastiCache() {}

  static List<CostComponent> components(String region, String nodeType, String engine, BigDecimal nodes,
      BigDecimal snapshotRetention, Usage usage, Prices prices, List<String> assumptions) {
    List<CostComponent> out = new ArrayList<>();
    String cacheEngine = ENGINES.get(engine.toLowerCase(Locale.ROOT));
    PriceFilter filter = PriceFilter.ON_DEMAND;
    String label = "on-demand";
    Optional<String> term = usage.string(RESERVED_TERM.key());
    if (term.isPresent()) {
      String length = TERMS.get(term.get());
      String payment = PAYMENTS.get(usage.string(RESERVED_PAYMENT.key()).orElse(""));
      if (length == null || payment == null) {
        assumptions.add("reserved node usage incomplete or invalid; priced on-demand");
      } else {
        filter = new PriceFilter("reserved", null, "0", length, payment, null);
        label = "reserved";
      }
    }
    String name = "ElastiCache (" + label + ", " + nodeType + ")";
    if (cacheEngine == null) {
      out.add(CostComponent.fixed(name, "hours", Aws.HOURS.multiply(nodes), UnitPrice.missing("engine " + engine + " is not one Tollgate prices")));
    } else {
      out.add(CostComponent.fixed(name, "hours", Aws.HOURS.multiply(nodes), prices.unit(
          Aws.query("AmazonElastiCache", "Cache Instance", region).attr("instanceType", nodeType)
              .attr("locationType", "AWS Region").attr("cacheEngine", cacheEngine).price(filter).build())));
    }
    if (!"Memcached".equals(cacheEngine) && snapshotRetention.compareTo(BigDecimal.ONE) > 0) {
      BigDecimal kept = snapshotRetention.subtract(BigDecimal.ONE);
      out.add(CostComponent.usage("Backup storage", "GB", Aws.times(usage.number(SNAPSHOT_GB.key()), kept), prices.unit(
          Aws.query("AmazonElastiCache", "Storage Snapshot", region).build())));
    }
    return out;
  }
}
