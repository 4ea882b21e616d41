package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.PriceFilter;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code aws_sfn_state_machine}: Standard workflows by state transition; Express workflows by request
 * and by duration × memory (billed in 64 MB and 100 ms steps), in AWS's duration tiers. From usage.
 */
public final class SfnStateMachinePricer implements Pricer {

  static final UsageKey TRANSITIONS = UsageKey.number("monthly_transitions", "State transitions a month (Standard).");
  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "Workflow requests a month (Express).");
  static final UsageKey MEMORY_MB = UsageKey.number("memory_mb", "64", "Average memory a workflow uses in MB (Express).");
  static final UsageKey DURATION_MS = UsageKey.number("workflow_duration_ms", "Average workflow duration in ms (Express).");
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);
  private static final List<Tiers.Tier> DURATION = List.of(
      Tiers.Tier.of("Duration (first 1K)", 0, 3_600_000L),
      Tiers.Tier.of("Duration (next 4K)", 3_600_000L, 18_000_000L),
      Tiers.Tier.of("Duration (over 5K)", 18_000_000L, null));

  @Override
  public String resourceType() {
    return "aws_sfn_state_machine";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(TRANSITIONS, REQUESTS, MEMORY_MB, DURATION_MS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    if (!r.attributes().string("type").filter("EXPRESS"::equalsIgnoreCase).isPresent()) {
      return new Outcome.Priced(List.of(CostComponent.usage("Transitions", "1K transitions",
          Aws.per(usage.number(TRANSITIONS.key()), Aws.THOUSAND), prices.scaled(
              Aws.query("AmazonStates", "AWS Step Functions", region).attr("usagetype", "StateTransition").build(), Aws.THOUSAND))),
          List.of(), List.of());
    }
    Optional<BigDecimal> requests = usage.number(REQUESTS.key());
    BigDecimal gb = usage.number(MEMORY_MB.key()).orElse(BigDecimal.valueOf(64))
        .divide(BigDecimal.valueOf(64), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(64))
        .divide(BigDecimal.valueOf(1024), Hours.PRECISION);
    BigDecimal seconds = usage.number(DURATION_MS.key()).orElse(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).multiply(BigDecimal.valueOf(100))
        .divide(Aws.THOUSAND, Hours.PRECISION);
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.usage("Requests", "1M requests", Aws.per(requests, Aws.MILLION), prices.scaled(
        Aws.query("AmazonStates", "AWS Step Functions", region).attr("usagetype", "StepFunctions-Request").build(), Aws.MILLION)));
    out.addAll(Tiers.split(requests.map(n -> n.multiply(gb).multiply(seconds)), DURATION, "GB-hours", SECONDS_PER_HOUR,
        t -> prices.unit(Aws.query("AmazonStates", "AWS Step Functions", region).attr("usagetype", "StepFunctions-GB-Second")
            .price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())));
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
