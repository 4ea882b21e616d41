package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.model.UnitPrice;
import dev.tollgate.pricing.RelatedPricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.model.RelatedResources;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@code aws_db_instance}: instance hours for every engine (Single- or Multi-AZ, on-demand or reserved),
 * storage by type (gp2, gp3 with IOPS and throughput above the baseline, io1/io2 with provisioned IOPS,
 * magnetic with I/O requests), backup storage beyond the free allowance (usage), Performance Insights,
 * and extended support of old major versions. A read replica takes its engine from its source database.
 */
public final class DbInstancePricer implements RelatedPricer {

  static final UsageKey IO_REQUESTS = UsageKey.number("monthly_standard_io_requests", "I/O requests a month (magnetic storage).");
  static final UsageKey BACKUP_GB = UsageKey.number("additional_backup_storage_gb", "Backup storage beyond 100% of the database's storage, in GB.");
  static final UsageKey PI_REQUESTS = UsageKey.number("monthly_additional_performance_insights_requests", "Performance Insights API requests a month beyond the free tier.");
  static final UsageKey RESERVED_TERM = UsageKey.string("reserved_instance_term", "1_year or 3_year.");
  static final UsageKey RESERVED_PAYMENT = UsageKey.string("reserved_instance_payment_option", "no_upfront, partial_upfront or all_upfront.");
  static final UsageKey CPU_CREDIT_HOURS = UsageKey.number("monthly_cpu_credit_hrs", "vCPU-hours a month above the baseline (T3/T4g classes).");

  @Override
  public String resourceType() {
    return "aws_db_instance";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(IO_REQUESTS, BACKUP_GB, PI_REQUESTS, RESERVED_TERM, RESERVED_PAYMENT, CPU_CREDIT_HOURS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    String engineName = a.string("engine").filter(s -> !s.isEmpty())
        .or(() -> related.first(r, "replicate_source_db", "aws_db_instance").flatMap(s -> s.attributes().string("engine")))
        .orElse("");
    String instanceClass = a.string("instance_class").orElse("");
    boolean multiAz = a.bool("multi_az").orElse(false);
    String deployment = multiAz ? "Multi-AZ" : "Single-AZ";
    Optional<RdsEngine> engine = RdsEngine.of(engineName, a.string("license_model").orElse(""));

    List<CostComponent> out = new ArrayList<>();
    Rds.Purchase purchase = Rds.purchase(usage, assumptions);
    String name = "Database instance (" + purchase.label() + ", " + deployment + ", " + instanceClass + ")";
    if (engine.isEmpty()) {
      String why = engineName.isEmpty() ? Aws.unset(a, "engine") + (a.has("replicate_source_db") ? " and the source database is not in this plan" : "")
          : "engine " + engineName + " is not one Tollgate prices";
      out.add(CostComponent.fixed(name, "hours", Aws.HOURS, UnitPrice.missing(why)));
    } else if (instanceClass.isEmpty()) {
      out.add(CostComponent.fixed(name, "hours", Aws.HOURS, UnitPrice.missing(Aws.unset(a, "instance_class"))));
    } else {
      out.add(CostComponent.fixed(name, "hours", Aws.HOURS,
          Rds.instancePrice(region, instanceClass, deployment, engine.get(), false, purchase, prices)));
    }
    out.addAll(RdsStorage.components(a, deployment, region, usage.number(IO_REQUESTS.key()), prices, assumptions));

    Optional<BigDecimal> backup = usage.number(BACKUP_GB.key());
    if (a.number("backup_retention_period").orElse(BigDecimal.ZERO).signum() > 0 || backup.filter(b -> b.signum() > 0).isPresent()) {
      out.add(Rds.backupStorage("Additional backup storage", region, engine, backup, prices));
    }
    Supplier<Optional<BigDecimal>> vcpus = () -> Aws.vcpus(prices, instanceClass);
    if (a.bool("performance_insights_enabled").orElse(false)) {
      out.addAll(Rds.performanceInsights(a, instanceClass, region, vcpus, usage.number(PI_REQUESTS.key()), prices));
    }
    engine.flatMap(e -> RdsExtendedSupport.component(e, a.string("engine_version").orElse(""), region, vcpus, prices))
        .ifPresent(out::add);
    Rds.cpuCredits(instanceClass, region, usage.number(CPU_CREDIT_HOURS.key()), prices).ifPresent(out::add);
    return new Outcome.Priced(out, List.of(), assumptions);
  }
}
