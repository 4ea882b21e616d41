package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.PriceQuery;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** RDS costs shared by DB instances and Aurora cluster instances: instance hours, backups, Performance Insights, CPU credits. */
final class Rds {

  private static final Map<String, String> TERMS = Map.of("1_year", "1yr", "3_year", "3yr");
  private static final Map<String, String> PAYMENTS =
      Map.of("no_upfront", "No Upfront", "partial_upfront", "Partial Upfront", "all_upfront", "All Upfront");
  private static final BigDecimal PI_FREE_RETENTION_DAYS = BigDecimal.valueOf(7);

  /** On-demand, or reserved for a term and payment option (RDS reservations have no offering class). */
  record Purchase(String label, PriceFilter filter) {}

  private Rds() {}

  static Purchase purchase(Usage usage, List<String> assumptions) {
    Optional<String> term = usage.string(DbInstancePricer.RESERVED_TERM.key());
    if (term.isEmpty()) {
      return new Purchase("on-demand", PriceFilter.ON_DEMAND);
    }
    String length = TERMS.get(term.get());
    String payment = PAYMENTS.get(usage.string(DbInstancePricer.RESERVED_PAYMENT.key()).orElse(""));
    if (length == null || payment == null) {
      assumptions.add("reserved instance usage incomplete or invalid; priced on-demand");
      return new Purchase("on-demand", PriceFilter.ON_DEMAND);
    }
    return new Purchase("reserved", new PriceFilter("reserved", null, "0", length, payment, null));
  }

  static UnitPrice instancePrice(String region, String instanceClass, String deployment, RdsEngine engine,
      boolean ioOptimized, Purchase purchase, Prices prices) {
    PriceQuery.Builder q = Aws.query("AmazonRDS", "Database Instance", region)
        .attr("instanceType", instanceClass)
        .attr("deploymentOption", deployment)
        .attr("databaseEngine", engine.databaseEngine());
    engine.edition().ifPresent(e -> q.attr("databaseEdition", e));
    engine.licenseModel().ifPresent(l -> q.attr("licenseModel", l));
    if (engine.isAurora()) {
      q.attrRegex("usagetype", ioOptimized ? "/InstanceUsageIOOptimized:/" : "/InstanceUsage:/");
    }
    return prices.unit(q.price(purchase.filter()).build());
  }

  /** Backup storage beyond the free allowance: RDS's charged backups, or Aurora's per engine. */
  static CostComponent backupStorage(String name, String region, Optional<RdsEngine> engine, Optional<BigDecimal> gb,
      Prices prices) {
    boolean aurora = engine.map(RdsEngine::isAurora).orElse(false);
    PriceQuery q = aurora
        ? Aws.query("AmazonRDS", "Storage Snapshot", region).attr("databaseEngine", engine.get().databaseEngine())
            .attrRegex("usagetype", "/Aurora:BackupUsage$/").build()
        : Aws.query("AmazonRDS", "Storage Snapshot", region).attr("databaseEngine", "Any")
            .attrRegex("usagetype", "/RDS:ChargedBackupUsage$/").build();
    return CostComponent.usage(name, "GB", gb, prices.unit(q));
  }

  /**
   * Long-term retention (beyond the free 7 days) per vCPU-month of the instance class, and API calls
   * beyond the free tier (usage). The catalog's sources have neither price in Infracost's per-family
   * form, so both say so rather than guess.
   */
  static List<CostComponent> performanceInsights(Attributes a, String instanceClass, String region,
      Supplier<Optional<BigDecimal>> vcpus, Optional<BigDecimal> requests, Prices prices) {
    List<CostComponent> out = new ArrayList<>();
    if (a.number("performance_insights_retention_period").orElse(BigDecimal.ZERO).compareTo(PI_FREE_RETENTION_DAYS) > 0) {
      String family = instanceClass.replaceFirst("^db\\.", "").replaceFirst("\\..*$", "").toUpperCase(java.util.Locale.ROOT);
      out.add(new CostComponent("Performance Insights Long Term Retention (" + instanceClass + ")", "vCPU-month", vcpus.get(),
          prices.unit(Aws.query("AmazonRDS", "Performance Insights", region).attrRegex("usagetype", "/PI_LTR:" + family + "$/").build()),
          false));
    }
    if (requests.isEmpty() || requests.get().signum() > 0) {
      out.add(CostComponent.usage("Performance Insights API", "1000 requests", Aws.per(requests, Aws.THOUSAND), prices.scaled(
          Aws.query("AmazonRDS", "Performance Insights", region).attrRegex("usagetype", "/PI_API$/")
              .price(PriceFilter.ANY.withStartUsage("1000000")).build(), Aws.THOUSAND)));
    }
    return out;
  }

  /** T3 and T4g classes run unlimited: vCPU-hours above the baseline, when the usage gives them. */
  static Optional<CostComponent> cpuCredits(String instanceClass, String region, Optional<BigDecimal> hours, Prices prices) {
    if (hours.isEmpty() || !(instanceClass.startsWith("db.t3.") || instanceClass.startsWith("db.t4g."))) {
      return Optional.empty();
    }
    Optional<BigDecimal> vcpuHours = Aws.vcpus(prices, instanceClass).map(v -> v.multiply(hours.get()));
    String family = instanceClass.startsWith("db.t3.") ? "t3" : "t4g";
    return Optional.of(new CostComponent("CPU credits", "vCPU-hours", vcpuHours.or(() -> hours), prices.unit(
        Aws.query("AmazonRDS", "CPU Credits", region).attrRegex("usagetype", "/CPUCredits:db." + family + "$/").build()), true));
  }
}
