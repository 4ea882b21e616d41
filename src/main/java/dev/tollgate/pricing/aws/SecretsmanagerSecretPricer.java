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

/** {@code aws_secretsmanager_secret}: the secret per month and its API requests (usage). */
public final class SecretsmanagerSecretPricer implements Pricer {

  static final UsageKey REQUESTS = UsageKey.number("monthly_requests", "API requests a month.");

  @Override
  public String resourceType() {
    return "aws_secretsmanager_secret";
  }

  @Override
  public List<UsageKey> usageKeys() {
    return List.of(REQUESTS);
  }

  @Override
  public Outcome price(Resource r, Usage usage, Prices prices) {
    String region = r.region().code();
    return new Outcome.Priced(List.of(
        CostComponent.fixed("Secret", "months", BigDecimal.ONE, prices.unit(
            Aws.query("AWSSecretsManager", "Secret", region).attr("usagetype", "AWSSecretsManager-Secrets").build())),
        CostComponent.usage("API requests", "10k requests", Aws.per(usage.number(REQUESTS.key()), Aws.TEN_THOUSAND), prices.scaled(
            Aws.query("AWSSecretsManager", "API Request", region).attr("usagetype", "AWSSecretsManager-APIRequest").build(),
            Aws.TEN_THOUSAND))),
        List.of(), List.of());
  }
}
