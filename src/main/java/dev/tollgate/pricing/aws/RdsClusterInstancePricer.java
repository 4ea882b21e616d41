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
 * {@code aws_rds_cluster_instance}: an Aurora instance's hours (standard or I/O-Optimized, as its
 * cluster's {@code storage_type} says), or Aurora Serverless v2 capacity for {@code db.serverless};
 * Performance Insights, CPU credits and extended support as for DB instances. Storage and I/O are the
 * cluster's ({@code aws_rds_cluster}).
 */
public final class RdsClusterInstancePricer implements RelatedPricer {

  static final UsageKey CAPACITY_UNITS = UsageKey.number("capacity_units_per_hr", "Average Aurora capacity units (db.serverless).");

  @Override
  public String resourceType() {
    return "aws_rds_cluster_instance";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(DbInstancePricer.CPU_CREDIT_HOURS, DbInstancePricer.PI_REQUESTS, DbInstancePricer.RESERVED_TERM,
        DbInstancePricer.RESERVED_PAYMENT, CAPACITY_UNITS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices, RelatedResources related) {
    Attributes a = r.attributes();
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    Optional<Resource> cluster = related.first(r, "cluster_identifier", "aws_rds_cluster")
        .or(() -> related.withAttribute("aws_rds_cluster", "cluster_identifier", a.string("cluster_identifier").orElse("")));
    String engineName = a.string("engine").filter(s -> !s.isEmpty())
        .or(() -> cluster.flatMap(c -> c.attributes().string("engine"))).orElse("aurora-mysql");
    Optional<RdsEngine> engine = RdsEngine.of(engineName, "");
    boolean ioOptimized = cluster.flatMap(c -> c.attributes().string("storage_type")).filter("aurora-iopt1"::equals).isPresent();
    String instanceClass = a.string("instance_class").orElse("");
    List<CostComponent> out = new ArrayList<>();
    if (instanceClass.equals("db.serverless")) {
      String usagetype = ioOptimized ? "Aurora:ServerlessV2IOOptimizedUsage" : "Aurora:ServerlessV2Usage";
      out.add(CostComponent.usage("Aurora serverless v2", "ACU-hours", Aws.times(usage.number(CAPACITY_UNITS.key()), Aws.HOURS),
          prices.unit(Aws.query("AmazonRDS", "ServerlessV2", region).attr("databaseEngine", engine.map(RdsEngine::databaseEngine).orElse(""))
              .attr("usagetype", usagetype).build())));
    } else {
      Rds.Purchase purchase = Rds.purchase(usage, assumptions);
      String name = "Database instance (" + purchase.label() + ", " + instanceClass + ")";
      out.add(CostComponent.fixed(name, "hours", Aws.HOURS, engine.isEmpty()
          ? UnitPrice.missing("engine " + engineName + " is not one Tollgate prices")
          : Rds.instancePrice(region, instanceClass, "Single-AZ", engine.get(), ioOptimized, purchase, prices)));
    }
    Supplier<Optional<BigDecimal>> vcpus = () -> Aws.vcpus(prices, instanceClass);
    if (a.bool("performance_insights_enabled").orElse(false)) {
      out.addAll(Rds.performanceInsights(a, instanceClass, region, vcpus, usage.number(DbInstancePricer.PI_REQUESTS.key()), prices));
    }
    String version = a.string("engine_version").filter(s -> !s.isEmpty())
        .or(() -> cluster.flatMap(c -> c.attributes().string("engine_version"))).orElse("");
    engine.flatMap(e -> RdsExtendedSupport.component(e, version, region, vcpus, prices))
        .map(c -> instanceClass.equals("db.serverless") ? c.withPrice(UnitPrice.missing(
            "extended support of Aurora Serverless v2 is billed per ACU-hour, which the catalog does not price")) : c)
        .ifPresent(out::add);
    Rds.cpuCredits(instanceClass, region, usage.number(DbInstancePricer.CPU_CREDIT_HOURS.key()), prices).ifPresent(out::add);
    return new Outcome.Priced(out, List.of(), assumptions);
  }
}
