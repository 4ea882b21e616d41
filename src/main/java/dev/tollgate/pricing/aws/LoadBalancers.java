package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Application, network and gateway load balancers ({@code aws_lb}, {@code aws_alb}): hours and load
 * balancer capacity units. LCUs are the largest of the usage dimensions AWS bills, each divided by
 * what one LCU covers for that kind of balancer (ALB: 25 new connections/s, 3,000 active
 * connections/min, 1 GB/h processed, 1,000 rule evaluations/s; NLB and GWLB: 800 new flows/s,
 * 100,000 active flows, 1 GB/h); the component shows the average LCUs at their monthly price.
 */
final class LoadBalancers {

  static final UsageKey NEW_CONNECTIONS = UsageKey.number("new_connections", "New connections per second, on average.");
  static final UsageKey ACTIVE_CONNECTIONS = UsageKey.number("active_connections", "Active connections (per minute), on average.");
  static final UsageKey PROCESSED_GB = UsageKey.number("processed_bytes_gb", "GB processed per hour, on average.");
  static final UsageKey RULE_EVALUATIONS = UsageKey.number("rule_evaluations", "Rule evaluations per second (application load balancers).");
  static final List<UsageKey> KEYS = List.of(NEW_CONNECTIONS, ACTIVE_CONNECTIONS, PROCESSED_GB, RULE_EVALUATIONS);

  private LoadBalancers() {}

  static Outcome price(Resource r, Usage usage, Prices prices) {
    String kind = r.attributes().string("load_balancer_type").orElse("application").toLowerCase(Locale.ROOT);
    String region = r.region().code();
    String family;
    String name;
    List<Optional<BigDecimal>> lcus = new ArrayList<>();
    switch (kind) {
      case "network":
      case "gateway":
        family = kind.equals("network") ? "Load Balancer-Network" : "Load Balancer-Gateway";
        name = kind.equals("network") ? "Network load balancer" : "Gateway load balancer";
        lcus.add(Aws.per(usage.number(NEW_CONNECTIONS.key()), BigDecimal.valueOf(800)));
        lcus.add(Aws.per(usage.number(ACTIVE_CONNECTIONS.key()), BigDecimal.valueOf(100_000)));
        lcus.add(usage.number(PROCESSED_GB.key()));
        break;
      default:
        family = "Load Balancer-Application";
        name = "Application load balancer";
        lcus.add(Aws.per(usage.number(NEW_CONNECTIONS.key()), BigDecimal.valueOf(25)));
        lcus.add(Aws.per(usage.number(ACTIVE_CONNECTIONS.key()), BigDecimal.valueOf(3_000)));
        lcus.add(usage.number(PROCESSED_GB.key()));
        lcus.add(Aws.per(usage.number(RULE_EVALUATIONS.key()), BigDecimal.valueOf(1_000)));
    }
    Optional<BigDecimal> lcu = lcus.stream().flatMap(Optional::stream).max(BigDecimal::compareTo)
        .map(x -> x.round(Hours.PRECISION));
    return new Outcome.Priced(List.of(
        CostComponent.fixed(name, "hours", Aws.HOURS, prices.unit(Aws.query("AWSELB", family, region)
            .attr("locationType", "AWS Region").attr("usagetype", "LoadBalancerUsage").build())),
        CostComponent.usage(kind.equals("gateway") ? "Gateway load balancer capacity units" : "Load balancer capacity units",
            "LCU", lcu, prices.scaled(Aws.query("AWSELB", family, region)
                .attr("locationType", "AWS Region").attr("usagetype", "LCUUsage").build(), Aws.HOURS))),
        List.of(), List.of());
  }
}
