package dev.tollgate.pricing.aws;

import dev.tollgate.model.Attributes;
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
 * {@code aws_lambda_function}: requests, ephemeral storage above the free 512 MB, and compute duration
 * in GB-seconds (memory × billed duration, each request rounded up to the millisecond), in the
 * duration tiers of x86 or Arm. All of it depends on usage.
 */
public final class LambdaFunctionPricer implements Pricer {

  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "Requests a month.");
  static final UsageKey DURATION_MS = UsageKey.number("request_duration_ms", "Average duration of a request in milliseconds.");
  private static final BigDecimal FREE_EPHEMERAL_GB = new BigDecimal("0.5");
  private static final BigDecimal MB_PER_GB = BigDecimal.valueOf(1024);
  private static final List<Tiers.Tier> X86 = List.of(
      Tiers.Tier.of("Duration (first 6B)", 0, 6_000_000_000L),
      Tiers.Tier.of("Duration (next 9B)", 6_000_000_000L, 15_000_000_000L),
      Tiers.Tier.of("Duration (over 15B)", 15_000_000_000L, null));
  private static final List<Tiers.Tier> ARM = List.of(
      Tiers.Tier.of("Duration (first 7.5B)", 0, 7_500_000_000L),
      Tiers.Tier.of("Duration (next 11.25B)", 7_500_000_000L, 18_750_000_000L),
      Tiers.Tier.of("Duration (over 18.75B)", 18_750_000_000L, null));

  @Override
  public String resourceType() {
    return "aws_lambda_function";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(REQUESTS, DURATION_MS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    Attributes a = r.attributes();
    String region = r.region().code();
    List<String> assumptions = new ArrayList<>();
    boolean arm = a.strings("architectures").contains("arm64");
    String suffix = arm ? "-ARM" : "";
    BigDecimal memoryGb = a.number("memory_size").orElseGet(() -> {
      assumptions.add(Aws.unset(a, "memory_size") + "; Lambda's default is 128 MB");
      return BigDecimal.valueOf(128);
    }).divide(MB_PER_GB, Hours.PRECISION);
    BigDecimal storageGb = a.block("ephemeral_storage").flatMap(e -> e.number("size"))
        .orElse(BigDecimal.valueOf(512)).divide(MB_PER_GB, Hours.PRECISION);
    Optional<BigDecimal> requests = usage.number(REQUESTS.key());
    BigDecimal seconds = usage.number(DURATION_MS.key()).orElse(BigDecimal.ONE)
        .setScale(0, RoundingMode.CEILING).divide(Aws.THOUSAND, Hours.PRECISION);
    Optional<BigDecimal> requestSeconds = Aws.times(requests, seconds);

    List<CostComponent> out = new ArrayList<>();
    out.add(CostComponent.usage("Requests", "1M requests", Aws.per(requests, Aws.MILLION), prices.scaled(
        Aws.query("AWSLambda", "Serverless", region).attr("group", "AWS-Lambda-Requests" + suffix).build(), Aws.MILLION)));
    out.add(CostComponent.usage("Ephemeral storage", "GB-seconds",
        Aws.times(requestSeconds, storageGb.subtract(FREE_EPHEMERAL_GB).max(BigDecimal.ZERO)), prices.unit(
            Aws.query("AWSLambda", "Serverless", region).attr("group", "AWS-Lambda-Storage-Duration" + suffix).build())));
    out.addAll(Tiers.split(Aws.times(requestSeconds, memoryGb), arm ? ARM : X86, "GB-seconds", BigDecimal.ONE,
        t -> prices.unit(Aws.query("AWSLambda", "Serverless", region).attr("group", "AWS-Lambda-Duration" + suffix)
            .price(PriceFilter.ANY.withStartUsage(t.startAmount())).build())));
    return new Outcome.Priced(out, List.of(), assumptions);
  }
}
