package dev.tollgate.pricing.aws;

import dev.tollgate.model.CostComponent;
import dev.tollgate.model.Outcome;
import dev.tollgate.model.Resource;
import dev.tollgate.pricing.Pricer;
import dev.tollgate.pricing.Prices;
import dev.tollgate.pricing.Usage;
import dev.tollgate.pricing.UsageKey;
import java.math.BigDecimal;
import java.util.List;

/** {@code aws_kms_key}: the customer managed key per month, and its API requests (usage). */
public final class KmsKeyPricer implements Pricer {

  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "API requests a month.");

  @Override
  public String resourceType() {
    return "aws_kms_key";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(REQUESTS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    return new Outcome.Priced(List.of(
        CostComponent.fixed("Customer master key", "months", BigDecimal.ONE, prices.unit(
            Aws.query("awskms", "Encryption Key", region).attr("usagetype", "KMS-Keys").build())),
        CostComponent.usage("Requests", "10k requests", Aws.per(usage.number(REQUESTS.key()), Aws.TEN_THOUSAND), prices.scaled(
            Aws.query("awskms", "API Request", region).attr("usagetype", "KMS-Requests").build(), Aws.TEN_THOUSAND))),
        List.of(), List.of());
  }
}
