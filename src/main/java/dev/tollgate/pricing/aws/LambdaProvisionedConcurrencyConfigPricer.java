package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Hours;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
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
 * {@code aws_lambda_provisioned_concurrency_config}: the concurrency kept warm (GB-seconds of memory
 * for every hour it is enabled), and the requests and duration run on it. The function's memory and
 * architecture come from usage, as Infracost takes them.
 */
public final class LambdaProvisionedConcurrencyConfigPricer implements Pricer {

  static final UsageKey DURATION_HRS = UsageKey.number("monthly_duration_hrs", "730", "Hours a month provisioned concurrency is enabled.");
  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "Requests a month served by provisioned concurrency.");
  static final UsageKey DURATION_MS = UsageKey.number("request_duration_ms", "Average duration of a request in milliseconds.");
  static final UsageKey ARCHITECTURE = UsageKey.string("architecture", "x86_64 (default) or arm64.");
  static final UsageKey MEMORY_MB = UsageKey.number("memory_mb", "128", "Memory of the function in MB.");
  private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

  @Override
  public String resourceType() {
    return "aws_lambda_provisioned_concurrency_config";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(DURATION_HRS, REQUESTS, DURATION_MS, ARCHITECTURE, MEMORY_MB);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    String suffix = usage.string(ARCHITECTURE.key()).filter(x -> x.equalsIgnoreCase("arm64")).isPresent() ? "-ARM" : "";
    BigDecimal memoryGb = usage.number(MEMORY_MB.key()).orElse(BigDecimal.valueOf(128)).divide(BigDecimal.valueOf(1024), Hours.PRECISION);
    BigDecimal concurrency = Aws.number(a, "provisioned_concurrent_executions", 0);
    BigDecimal hours = usage.number(DURATION_HRS.key()).orElse(Aws.HOURS);
    Optional<BigDecimal> requests = usage.number(REQUESTS.key());
    BigDecimal seconds = usage.number(DURATION_MS.key()).orElse(BigDecimal.ONE)
        .setScale(0, RoundingMode.CEILING).divide(Aws.THOUSAND, Hours.PRECISION);
    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.fixed("Provisioned concurrency", "GB-seconds",
        concurrency.multiply(memoryGb).multiply(hours).multiply(SECONDS_PER_HOUR), prices.unit(
            Aws.query("AWSLambda", "Serverless", region).attr("group", "AWS-Lambda-Provisioned-Concurrency" + suffix).build())));
    out.add(CostComponent.usage("Requests", "1M requests", Aws.per(requests, Aws.MILLION), prices.scaled(
        Aws.query("AWSLambda", "Serverless", region).attr("group", "AWS-Lambda-Requests" + suffix).build(), Aws.MILLION)));
    out.add(CostComponent.usage("Duration", "GB-seconds", Aws.times(Aws.times(requests, seconds), memoryGb), prices.unit(
        Aws.query("AWSLambda", "Serverless", region).attr("group", "AWS-Lambda-Duration-Provisioned" + suffix).build())));
    return new Outcome.Priced(out, List.of(), List.of());
  }
}
