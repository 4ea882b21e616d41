package dev.tollgate.pricing.gcp;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code google_monitoring_metric_descriptor}: a custom metric's data ingested into Cloud Monitoring,
 * per MiB in three volume tiers (first 100,000 MiB, next 150,000, beyond), and its API calls, both
 * depending on usage. The catalog has no Monitoring API prices, so that line says so.
 */
public final class MonitoringMetricDescriptorPricer implements Pricer {

  static final UsageKey DATA_MB = UsageKey.number("monthly_monitoring_data_mb", "MiB of metric data ingested a month.");
  static final UsageKey API_CALLS = UsageKey.number("monthly_api_calls", "Monitoring API calls a month.");

  private static final BigDecimal FIRST = BigDecimal.valueOf(100_000);
  private static final BigDecimal SECOND = BigDecimal.valueOf(250_000);
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  @Override
  public String resourceType() {
    return "google_monitoring_metric_descriptor";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(DATA_MB, API_CALLS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    Optional<BigDecimal> mb = usage.number(DATA_MB.key());
    List<CostComponent> out = new ArrayList<>();
    if (mb.isEmpty()) {
      out.add(CostComponent.usage("Monitoring data (first 100K)", "MiB", Optional.empty(), tier(region, "0", prices)));
    } else {
      BigDecimal v = mb.get();
      out.add(CostComponent.usage("Monitoring data (first 100K)", "MiB", Optional.of(v.min(FIRST)), tier(region, "0", prices)));
      if (v.compareTo(FIRST) > 0) {
        out.add(CostComponent.usage("Monitoring data (next 150K)", "MiB", Optional.of(v.min(SECOND).subtract(FIRST)),
            tier(region, "100000", prices)));
      }
      if (v.compareTo(SECOND) > 0) {
        out.add(CostComponent.usage("Monitoring data (over 250K)", "MiB", Optional.of(v.subtract(SECOND)), tier(region, "250000", prices)));
      }
    }
    out.add(CostComponent.usage("API calls", "1k calls", usage.number(API_CALLS.key()).map(n -> n.divide(THOUSAND)),
        UnitPrice.missing("the catalog has no Cloud Monitoring API prices (" + Gce.SOURCE + " has metric data volume only)")));
    return new Outcome.Priced(out, List.of(), List.of());
  }

  private static UnitPrice tier(String region, String start, Prices prices) {
    return prices.unit(PriceQuery.of(Gce.VENDOR, "Cloud Monitoring", "Data", region).attr("resource", "data")
        .price(PriceFilter.ON_DEMAND.withStartUsage(start)).build());
  }
}
